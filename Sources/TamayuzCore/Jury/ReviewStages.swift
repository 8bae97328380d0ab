/// An agency's trail through the award's review stages: the evaluators' combination, then the
/// team's consensus, then the site visit. Each stage's total and rank, and per indicator a stage
/// changed, the value and score at every stage with who changed it and why.
public struct ReviewStages: Sendable {
    /// A stage of the review.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// The evaluators' statistical combination.
        case combined
        /// The team's agreed answers.
        case consensus
        /// The site visit's adjustments.
        case siteVisit = "site-visit"
    }

    /// One stage's headline numbers.
    public struct StageResult: Sendable {
        public var stage: Stage
        public var total: Double
        public var displayTotal: Double
        /// The rank in the cycle after this stage (every agency at its own latest stage so far);
        /// nil when the agency is not ranked. Set by the comparison.
        public var rank: Int?
        /// The team (consensus, site visit); nil for the combination.
        public var assessor: Assessor?
        /// The stage's file; nil for the combination.
        public var source: SourceLocation?
        /// Whether the agency could be ranked after this stage (eligible, something counts).
        public var isRanked: Bool
        /// The framework's tie-break values after this stage, as the final ranking compares them.
        public var tieBreaks: [Double]
    }

    /// One indicator at one stage.
    public struct Step: Sendable {
        public var stage: Stage
        /// The answer in force after the stage (nil: unanswered).
        public var value: AnswerValue?
        /// The indicator's score after the stage, 0–1; nil where it does not count.
        public var score: Double?
        /// Whether this stage answered the indicator itself (not carried from an earlier one).
        public var answeredHere: Bool
        /// Why the team moved it, or what the site visit verified.
        public var rationale: String?
    }

    /// An indicator a stage changed, with its value at every stage.
    public struct Change: Sendable {
        /// The indicator's node index.
        public var indicator: Int
        /// One step per stage, combined first.
        public var steps: [Step]
    }

    /// Combined first, then the stages the agency went through.
    public var results: [StageResult]
    /// The indicators whose score or answer a stage changed, in framework order.
    public var changes: [Change]

    /// The result after one stage, if the agency went through it.
    public func result(_ stage: Stage) -> StageResult? {
        results.first { $0.stage == stage }
    }
}
