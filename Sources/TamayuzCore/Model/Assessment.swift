/// One assessment of one agency against one framework: an agency's self-assessment or an
/// evaluator's assessment of it. Answers are indexed by the framework's node indices, so an
/// assessment is always read against the framework it answers.
public struct Assessment: Sendable {
    public var frameworkID: String
    public var frameworkVersion: String
    public var cycle: String?
    /// The profile asked for in the file, if any.
    public var profileID: String?
    public var agency: Agency
    public var assessor: Assessor
    /// Answer per node index (nil: not answered, or not an indicator). Empty when the
    /// assessment was read into `sheet` alone.
    public var answers: [Int: Answer]
    /// The answers reduced to what scoring reads, when the assessment was read that way: the
    /// jury's report needs no evidence titles, comments or per-answer locations, and a sheet
    /// aligned with the framework's nodes takes a fraction of the memory. When set, it is what
    /// is scored, and `answers` is empty.
    public var sheet: AnswerSheet?
    /// Where the assessment was read from.
    public var location: SourceLocation

    public init(
        frameworkID: String, frameworkVersion: String, cycle: String? = nil, profileID: String? = nil,
        agency: Agency, assessor: Assessor, answers: [Int: Answer], sheet: AnswerSheet? = nil,
        location: SourceLocation
    ) {
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.cycle = cycle
        self.profileID = profileID
        self.agency = agency
        self.assessor = assessor
        self.answers = answers
        self.sheet = sheet
        self.location = location
    }
}

/// The agency assessed.
public struct Agency: Sendable, Hashable {
    public var id: String
    /// e.g. `municipality`, `ministry`: chooses the framework's profile.
    public var kind: String?
    public var name: LocalizedText

    public init(id: String, kind: String? = nil, name: LocalizedText) {
        self.id = id
        self.kind = kind
        self.name = name
    }
}

/// Who assessed: the agency itself or an evaluator.
public struct Assessor: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case `self`
        case evaluator
    }

    public var role: Role
    /// The evaluator's id ("self" for a self-assessment).
    public var id: String
    public var name: LocalizedText
    /// Agencies the evaluator is affiliated with (a conflict of interest for those).
    public var affiliations: [String]

    public init(role: Role, id: String, name: LocalizedText = LocalizedText(), affiliations: [String] = []) {
        self.role = role
        self.id = id
        self.name = name
        self.affiliations = affiliations
    }

    public static let selfAssessment = Assessor(role: .self, id: "self")
}

/// An answer to one indicator.
public struct Answer: Sendable {
    public var value: AnswerValue
    public var evidence: [EvidenceItem]
    public var justification: String?
    public var comment: String?
    public var location: SourceLocation

    public init(value: AnswerValue, evidence: [EvidenceItem] = [], justification: String? = nil, comment: String? = nil, location: SourceLocation) {
        self.value = value
        self.evidence = evidence
        self.justification = justification
        self.comment = comment
        self.location = location
    }
}

/// The value of an answer, already checked against its indicator's kind.
public enum AnswerValue: Sendable, Hashable {
    case yesNo(Bool)
    /// Index of the level in the indicator's scale.
    case level(Int)
    /// A number or a percentage.
    case number(Double)
    /// Indices of the ticked options of a checklist, ascending.
    case options([Int])
    /// A RADAR item's attribute percentages and overall.
    case radar(RadarAnswer)
    /// A results item's yearly values, target and comparator.
    case series(ResultsSeries)
    /// Not applicable (with a justification in the answer).
    case notApplicable
}

/// An evidence item cited for an answer. Its reference is recorded and shown, never opened.
public struct EvidenceItem: Sendable, Hashable {
    public var title: String
    public var reference: String?
    public var note: String?

    public init(title: String, reference: String? = nil, note: String? = nil) {
        self.title = title
        self.reference = reference
        self.note = note
    }
}
