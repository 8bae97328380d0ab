/// The assessments of one agency, told apart: its self-assessment, the evaluators' assessments
/// that count, and those excluded (with why).
public struct AgencyAssessments: Sendable {
    public var agency: Agency
    public var selfAssessment: Assessment?
    /// Counted evaluations, in evaluator-id order.
    public var evaluations: [Assessment]
    public var exclusions: [Exclusion]

    /// Groups assessments by agency (agencies in id order). An evaluator affiliated with the
    /// agency is excluded; a second self-assessment, or a second assessment by one evaluator of
    /// one agency, is an error.
    public static func group(_ assessments: [Assessment]) throws(DiagnosticError) -> [AgencyAssessments] {
        var byAgency: [String: AgencyAssessments] = [:]
        var problems: [Diagnostic] = []
        for assessment in assessments {
            let id = assessment.agency.id
            var entry = byAgency[id] ?? AgencyAssessments(agency: assessment.agency, selfAssessment: nil, evaluations: [], exclusions: [])
            if entry.agency.name.isEmpty { entry.agency.name = assessment.agency.name }
            if entry.agency.kind == nil { entry.agency.kind = assessment.agency.kind }
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
                } else if assessment.assessor.affiliations.contains(id) {
                    entry.exclusions.append(Exclusion(
                        agency: id, evaluator: assessment.assessor, source: assessment.location,
                        reason: .affiliated))
                } else {
                    entry.evaluations.append(assessment)
                }
            }
            byAgency[id] = entry
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return byAgency.keys.sorted().map { key in
            var entry = byAgency[key]!
            entry.evaluations.sort { $0.assessor.id < $1.assessor.id }
            return entry
        }
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
