/// The assessments of one agency, told apart: its self-assessment, the evaluators' assessments
/// that count, those excluded (with why), and the review's later stages.
public struct AgencyAssessments: Sendable {
    public var agency: Agency
    public var selfAssessment: Assessment?
    /// Counted evaluations, in evaluator-id order.
    public var evaluations: [Assessment]
    public var exclusions: [Exclusion]
    /// The team's agreed answers, if the team met (at most one per agency).
    public var consensus: Assessment? = nil
    /// The site visit's adjustments, if there was one (at most one per agency).
    public var siteVisit: Assessment? = nil

    /// Groups assessments by agency (agencies in id order). An evaluator that
    /// `EvaluatorAdmission` excludes (one affiliated with the agency) is excluded; a second
    /// self-assessment, or a second assessment by one evaluator of one agency, is an error; so
    /// are a second consensus or site visit of one agency, a team member with a conflict of
    /// interest, and a reference case (it calibrates assessors and never enters a cycle).
    public static func group(_ assessments: [Assessment]) throws(DiagnosticError) -> [AgencyAssessments] {
        var grouping = AgencyGrouping()
        grouping.byAgency.reserveCapacity(assessments.count)
        for assessment in assessments { grouping.add(assessment) }
        grouping.checkTeams()
        if !grouping.problems.isEmpty { throw DiagnosticError(grouping.problems) }
        return grouping.byAgency.keys.sorted().map(grouping.settled)
    }
}

/// Sorts assessments to their agencies one at a time, collecting every problem on the way.
private struct AgencyGrouping {
    var byAgency: [String: AgencyAssessments] = [:]
    var problems: [Diagnostic] = []
    /// Where each agency was first seen, named when another file disagrees with it.
    private var firstFile: [String: SourceLocation] = [:]
    /// The profile each agency asks for.
    private var profiles: [String: String] = [:]
    /// The agencies each evaluator of the cycle is affiliated with.
    private var evaluatorAffiliations: [String: Set<String>] = [:]

    mutating func add(_ assessment: Assessment) {
        if assessment.assessor.role == .reference {
            problems.append(.error(at: assessment.location, "a reference case calibrates assessors and never enters a cycle: leave it out of the report's inputs"))
            return
        }
        if assessment.assessor.role == .evaluator, !assessment.assessor.affiliations.isEmpty {
            evaluatorAffiliations[assessment.assessor.id, default: []].formUnion(assessment.assessor.affiliations)
        }
        let id = assessment.agency.id
        var entry = byAgency[id] ?? AgencyAssessments(agency: assessment.agency, selfAssessment: nil, evaluations: [], exclusions: [])
        let first = firstFile[id] ?? assessment.location
        firstFile[id] = first
        if entry.agency.name.isEmpty { entry.agency.name = assessment.agency.name }
        checkOneKindAndProfile(assessment, agency: entry.agency, firstFile: first)
        if entry.agency.kind == nil { entry.agency.kind = assessment.agency.kind }
        file(assessment, into: &entry)
        byAgency[id] = entry
    }

    /// One agency is one kind, scored with one profile, whoever assessed it.
    private mutating func checkOneKindAndProfile(_ assessment: Assessment, agency: Agency, firstFile first: SourceLocation) {
        let id = agency.id
        if let kind = assessment.agency.kind, let known = agency.kind, kind != known {
            problems.append(.error(at: assessment.location, "agency '\(id)' is of kind '\(kind)' here but '\(known)' in \(first.file): one agency has one kind"))
        }
        if let profile = assessment.profileID {
            if let known = profiles[id], known != profile {
                problems.append(.error(at: assessment.location, "agency '\(id)' asks for profile '\(profile)' here but '\(known)' in another file: one agency is scored with one profile"))
            }
            profiles[id] = profile
        }
    }

    /// Files an assessment as the agency's self-assessment, a counted evaluation or an excluded
    /// one; a second self-assessment, or a second one by the same evaluator, is a problem.
    private mutating func file(_ assessment: Assessment, into entry: inout AgencyAssessments) {
        let id = entry.agency.id
        switch assessment.assessor.role {
        case .self:
            if let earlier = entry.selfAssessment {
                problems.append(.error(at: assessment.location, "a second self-assessment of agency '\(id)' (the first is \(earlier.location.file))"))
            } else {
                entry.selfAssessment = assessment
            }
        case .evaluator:
            if let earlier = entry.evaluations.first(where: { $0.assessor.id == assessment.assessor.id }) {
                problems.append(.error(at: assessment.location, "evaluator '\(assessment.assessor.id)' assessed agency '\(id)' twice (also in \(earlier.location.file))"))
            } else if case let .excluded(reason) = EvaluatorAdmission.of(assessment, forAgency: id) {
                entry.exclusions.append(Exclusion(
                    agency: id, evaluator: assessment.assessor, source: assessment.location, reason: reason))
            } else {
                entry.evaluations.append(assessment)
            }
        case .consensus:
            fileStage(assessment, into: &entry.consensus, agency: id)
        case .siteVisit:
            fileStage(assessment, into: &entry.siteVisit, agency: id)
        case .reference:
            break
        }
    }

    /// Files an agency's consensus or site visit; a second one is a problem.
    private mutating func fileStage(_ assessment: Assessment, into slot: inout Assessment?, agency: String) {
        if let earlier = slot {
            problems.append(.error(at: assessment.location, "a second \(assessment.assessor.role.rawValue) record for agency '\(agency)' (the first is \(earlier.location.file)): one agency has one"))
        } else {
            slot = assessment
        }
    }

    /// A team member who is an evaluator affiliated with the agency has a conflict of interest.
    mutating func checkTeams() {
        for id in byAgency.keys.sorted() {
            let entry = byAgency[id]!
            for stage in [entry.consensus, entry.siteVisit].compactMap(\.self) {
                for member in stage.assessor.members where evaluatorAffiliations[member.id]?.contains(id) == true {
                    problems.append(.error(at: stage.location, "member '\(member.id)' of the \(stage.assessor.role.rawValue) is affiliated with agency '\(id)' (a conflict of interest, declared in their evaluator files): they cannot take part"))
                }
            }
        }
    }

    /// The agency's assessments, evaluations in evaluator-id order. Every file of the agency
    /// carries the agency's kind and profile, so the profile is chosen the same whichever file
    /// is looked at.
    func settled(_ id: String) -> AgencyAssessments {
        var entry = byAgency[id]!
        entry.evaluations.sort { $0.assessor.id < $1.assessor.id }
        let kind = entry.agency.kind
        let profile = profiles[id]
        func settle(_ assessment: inout Assessment) {
            assessment.agency.kind = kind
            assessment.profileID = assessment.profileID ?? profile
        }
        for index in entry.evaluations.indices { settle(&entry.evaluations[index]) }
        if var own = entry.selfAssessment {
            settle(&own)
            entry.selfAssessment = own
        }
        return entry
    }
}

/// An evaluator's assessment left out of an agency's jury score, and why.
public struct Exclusion: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// The evaluator is affiliated with the agency (a conflict of interest).
        case affiliated
    }

    public var agency: String
    public var evaluator: Assessor
    public var source: SourceLocation
    public var reason: Reason
}
