/// How a jury combines its evaluators.
public struct JuryOptions: Sendable, Hashable {
    /// How evaluators' indicator scores combine.
    public var aggregation: Aggregation
    /// Standardise each evaluator first (z per evaluator, re-expressed on the pooled scale).
    public var standardise: Bool
    /// The fewest indicator scores an evaluator needs for standardisation.
    public var minimumScoresPerEvaluator: Int

    public init(aggregation: Aggregation = .mean, standardise: Bool = false, minimumScoresPerEvaluator: Int = 20) {
        self.aggregation = aggregation
        self.standardise = standardise
        self.minimumScoresPerEvaluator = minimumScoresPerEvaluator
    }
}
