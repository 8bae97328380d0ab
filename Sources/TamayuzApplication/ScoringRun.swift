import TamayuzCore
import TamayuzFormats

/// Assessments scored one by one, an evaluator's view (`tamayuz score`): each with its own
/// profile (or the one forced), in the order of the files, unranked.
package struct ScoringRun: Sendable {
    package var criteria: CriteriaSelection
    /// Assessment files, or folders of them.
    package var inputs: [String]

    package init(criteria: CriteriaSelection, inputs: [String]) {
        self.criteria = criteria
        self.inputs = inputs
    }

    package func run() throws(JobFailure) -> JobResult<CycleComparison> {
        var log = RunLog()
        let framework = try log.load(criteria)
        let assessments = try log.loadAssessments(inputs, framework: framework, detail: .scoring)
        guard !assessments.isEmpty else { throw log.noAssessments(in: inputs) }
        let scorer = Scorer(framework: framework)
        let requested = criteria.profile
        let scored: [(ScoreCard, Profile?)]
        do {
            scored = try Parallel.map(assessments) { (assessment) throws(ScoringError) -> (ScoreCard, Profile?) in
                let profile = try scorer.profile(requested: requested, for: assessment)
                return (try scorer.score(assessment, profile: profile), profile)
            }
        } catch {
            throw log.failure(error)
        }
        let comparison = CycleComparison.unranked(scored.map(\.0), profiles: scored.map(\.1), framework: framework)
        return log.result(comparison, inputFiles: [criteria.file] + assessments.map(\.location.file))
    }
}
