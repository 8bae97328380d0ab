import TamayuzCore
import TamayuzFormats

/// A blank assessment for an agency or an evaluator to fill in (`tamayuz template`), under the
/// profile forced, or else the one the agency's kind chooses.
public struct TemplateRun: Sendable {
    public var criteria: CriteriaSelection
    public var agencyID: String
    public var agencyKind: String?
    public var agencyName: String?
    /// nil: the agency's own assessment; else the evaluator's id.
    public var evaluatorID: String?
    /// The language of the template's comments (`en`, `ar`).
    public var language: String

    public init(
        criteria: CriteriaSelection, agencyID: String, agencyKind: String? = nil, agencyName: String? = nil,
        evaluatorID: String? = nil, language: String = "en"
    ) {
        self.criteria = criteria
        self.agencyID = agencyID
        self.agencyKind = agencyKind
        self.agencyName = agencyName
        self.evaluatorID = evaluatorID
        self.language = language
    }

    /// The template's XML text.
    public func run() throws(JobFailure) -> JobResult<String> {
        var log = RunLog()
        let framework = try log.load(criteria)
        let profile = criteria.profile.flatMap { framework.profile($0) } ?? agencyKind.flatMap { framework.profile(forAgencyKind: $0) }
        let text = AssessmentTemplate.render(framework, AssessmentTemplate.Request(
            agencyID: agencyID, agencyKind: agencyKind, agencyName: agencyName, evaluatorID: evaluatorID,
            language: language, profile: profile))
        return log.result(text, inputFiles: [criteria.file])
    }
}
