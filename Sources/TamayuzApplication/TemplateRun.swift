import TamayuzCore
import TamayuzFormats

/// What a blank assessment (`tamayuz template`) is written from: the criteria and the profile
/// forced, or else the one the agency's kind chooses. The template itself is an output
/// (`AssessmentTemplate` in TamayuzReports).
package struct TemplateRun: Sendable {
    package var criteria: CriteriaSelection
    /// The agency's kind, which picks the framework's profile when none is forced.
    package var agencyKind: String?

    package init(criteria: CriteriaSelection, agencyKind: String? = nil) {
        self.criteria = criteria
        self.agencyKind = agencyKind
    }

    /// The framework and the profile the template lists the indicators of.
    package struct Basis: Sendable {
        package var framework: Framework
        package var profile: Profile?
    }

    package func run() throws(JobFailure) -> JobResult<Basis> {
        var log = RunLog()
        let framework = try log.load(criteria)
        let profile = criteria.profile.flatMap { framework.profile($0) } ?? agencyKind.flatMap { framework.profile(forAgencyKind: $0) }
        return log.result(Basis(framework: framework, profile: profile), inputFiles: [criteria.file])
    }
}
