/// Whether an assessment counts as an evaluator's assessment of an agency: the one rule the
/// jury's grouping (`AgencyAssessments`) and the self-assessment's comparison both apply.
public enum EvaluatorAdmission: Sendable, Hashable {
    /// It counts.
    case counted
    /// It is an assessment of another agency.
    case otherAgency
    /// It is not an evaluator's assessment (an agency's own).
    case notEvaluator
    /// The evaluator is excluded from this agency's score (e.g. affiliated with it).
    case excluded(Exclusion.Reason)

    /// Decides for `assessment` as an evaluator's assessment of the agency `agencyID`.
    public static func of(_ assessment: Assessment, forAgency agencyID: String) -> EvaluatorAdmission {
        guard assessment.agency.id == agencyID else { return .otherAgency }
        guard assessment.assessor.role == .evaluator else { return .notEvaluator }
        // An evaluator affiliated with the agency has a conflict of interest.
        if assessment.assessor.affiliations.contains(agencyID) { return .excluded(.affiliated) }
        return .counted
    }
}
