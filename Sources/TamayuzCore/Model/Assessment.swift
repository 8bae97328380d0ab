/// One assessment of one agency against one framework: an agency's self-assessment, an
/// evaluator's assessment of it, or a later stage of the review (the team's consensus, a site
/// visit's adjustments, a reference case). Answers are indexed by the framework's node indices, so an
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
    /// Per node index, the answer's rationale (a consensus: why the team moved the score; a site
    /// visit: what was verified). Kept however the assessment was read: the jury's trail shows it.
    public var rationales: [Int: String]
    /// Where the assessment was read from.
    public var location: SourceLocation

    public init(
        frameworkID: String, frameworkVersion: String, cycle: String? = nil, profileID: String? = nil,
        agency: Agency, assessor: Assessor, answers: [Int: Answer], sheet: AnswerSheet? = nil,
        rationales: [Int: String] = [:], location: SourceLocation
    ) {
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.cycle = cycle
        self.profileID = profileID
        self.agency = agency
        self.assessor = assessor
        self.answers = answers
        self.sheet = sheet
        self.rationales = rationales
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

/// Who assessed: the agency itself, an evaluator, or a stage of the review.
public struct Assessor: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case `self`
        case evaluator
        /// The team's agreed answers for one agency, with its members.
        case consensus
        /// The site visit's adjustments: only the indicators it changes.
        case siteVisit = "site-visit"
        /// A reference case's agreed answers, for calibrating assessors; never part of a cycle.
        case reference
    }

    public var role: Role
    /// The evaluator's id ("self" for a self-assessment; the role's name for a stage without one).
    public var id: String
    public var name: LocalizedText
    /// Agencies the evaluator is affiliated with (a conflict of interest for those).
    public var affiliations: [String]
    /// The team of a consensus or a site visit (empty for the other roles).
    public var members: [TeamMember]

    public init(
        role: Role, id: String, name: LocalizedText = LocalizedText(), affiliations: [String] = [], members: [TeamMember] = []
    ) {
        self.role = role
        self.id = id
        self.name = name
        self.affiliations = affiliations
        self.members = members
    }

    public static let selfAssessment = Assessor(role: .self, id: "self")
}

/// A member of the team that agreed a consensus or made a site visit.
public struct TeamMember: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    /// Agencies the member is affiliated with (a conflict of interest for those).
    public var affiliations: [String]

    public init(id: String, name: LocalizedText = LocalizedText(), affiliations: [String] = []) {
        self.id = id
        self.name = name
        self.affiliations = affiliations
    }
}

/// An answer to one indicator.
public struct Answer: Sendable {
    public var value: AnswerValue
    public var evidence: [EvidenceItem]
    public var justification: String?
    /// Every comment, kinded or not, joined by new lines.
    public var comment: String?
    /// The comments marked as a strength or an area for improvement, in document order.
    public var feedback: [FeedbackComment]
    /// A consensus: why the team moved the score; a site visit: what was verified.
    public var rationale: String?
    /// An evaluator's question to verify on site, if the indicator is marked for it.
    public var verifyOnSite: String?
    public var location: SourceLocation

    public init(
        value: AnswerValue, evidence: [EvidenceItem] = [], justification: String? = nil, comment: String? = nil,
        feedback: [FeedbackComment] = [], rationale: String? = nil, verifyOnSite: String? = nil, location: SourceLocation
    ) {
        self.value = value
        self.evidence = evidence
        self.justification = justification
        self.comment = comment
        self.feedback = feedback
        self.rationale = rationale
        self.verifyOnSite = verifyOnSite
        self.location = location
    }
}

/// A comment marked as a strength or an area for improvement: what the agency's feedback report
/// tells it.
public struct FeedbackComment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case strength
        case improvement
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
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
