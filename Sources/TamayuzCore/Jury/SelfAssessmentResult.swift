/// What an agency learns from its own assessment: its score card, its improvement plan, and —
/// when evaluators' assessments of it are given — their headline numbers and the self-score
/// set beside them. What `tamayuz self-assess` renders.
public struct SelfAssessmentResult: Sendable {
    public var framework: Framework
    /// The agency's self-assessment, scored.
    public var card: ScoreCard
    public var plan: ImprovementPlan
    /// The evaluators' assessments that count, in the order given.
    public var evaluators: [AssessmentSummary]
    /// The self-score against the evaluators' mean; nil without evaluators.
    public var versusEvaluators: SelfVersusEvaluators?
    /// How far the submission has come, when it was read as a draft.
    public var draft: DraftProgress?

    public init(card: ScoreCard, plan: ImprovementPlan, evaluators: [AssessmentSummary], framework: Framework) {
        self.framework = framework
        self.card = card
        self.plan = plan
        self.evaluators = evaluators
        versusEvaluators = SelfVersusEvaluators(card: card, evaluators: evaluators, framework: framework)
    }
}
