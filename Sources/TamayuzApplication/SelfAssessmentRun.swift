import TamayuzCore
import TamayuzFormats

/// An agency's look at its own submission (`tamayuz self-assess`): its score card and
/// improvement plan, and — given evaluators' assessments of the agency — the self-score beside
/// theirs. Which evaluators count is decided by the jury's own rule (`EvaluatorAdmission`); the
/// others are left out with a warning.
package struct SelfAssessmentRun: Sendable {
    package var criteria: CriteriaSelection
    /// The agency's submission: one assessment with `<assessor role="self"/>`.
    package var submission: String
    /// Evaluators' assessments of the same agency (files or folders).
    package var evaluations: [String]
    /// Read the submission as a draft: blank answers are not answered yet (and score as missing
    /// answers do), and the result tells how far it has come.
    package var draft: Bool

    package init(criteria: CriteriaSelection, submission: String, evaluations: [String] = [], draft: Bool = false) {
        self.criteria = criteria
        self.submission = submission
        self.evaluations = evaluations
        self.draft = draft
    }

    package func run() throws(JobFailure) -> JobResult<SelfAssessmentResult> {
        var log = RunLog()
        let framework = try log.load(criteria)
        let submitted = try log.loadAssessments([submission], framework: framework, draft: draft)
        guard submitted.count == 1, let assessment = submitted.first else {
            log.note(.error, "give one submission file (found \(submitted.count) assessments)", about: submission)
            throw log.failure(.invalidInput)
        }
        guard assessment.assessor.role == .self else {
            log.note(
                .error,
                "this is evaluator '\(assessment.assessor.id)''s assessment, not the agency's own: self-assess reads a submission with <assessor role=\"self\"/> (give evaluators' files with --evaluations)",
                about: "\(assessment.location)")
            throw log.failure(.invalidInput)
        }
        let others = try log.loadAssessments(evaluations, framework: framework)
        let result: SelfAssessmentResult
        do {
            result = try assess(assessment, against: others, scorer: Scorer(framework: framework), log: &log)
        } catch {
            throw log.failure(error)
        }
        return log.result(result, inputFiles: [criteria.file, submission] + evaluations)
    }

    private func assess(
        _ assessment: Assessment, against others: [Assessment], scorer: Scorer, log: inout RunLog
    ) throws(ScoringError) -> SelfAssessmentResult {
        let profile = try scorer.profile(requested: criteria.profile, for: assessment)
        let card = try scorer.score(assessment, profile: profile)
        let plan = try scorer.improvementPlan(for: card, profile: profile)
        let jury = Jury(scorer: scorer, options: JuryOptions())
        let agency = assessment.agency.id
        var evaluators: [AssessmentSummary] = []
        for other in others {
            let place = "\(other.location)"
            switch EvaluatorAdmission.of(other, forAgency: agency) {
            case .counted:
                evaluators.append(jury.summary(try scorer.score(other, profile: profile)))
            case .otherAgency:
                log.note(.warning, "this assessment is of agency '\(other.agency.id)', not '\(agency)': left out", about: place)
            case .notEvaluator:
                log.note(.warning, "this is not an evaluator's assessment: left out", about: place)
            case .excluded(.affiliated):
                log.note(.warning, "evaluator '\(other.assessor.id)' is affiliated with '\(agency)' (a conflict of interest): left out", about: place)
            }
        }
        var result = SelfAssessmentResult(card: card, plan: plan, evaluators: evaluators, framework: scorer.framework)
        if draft { result.draft = DraftProgress(assessment, framework: scorer.framework, profile: profile) }
        return result
    }
}
