/// An agency's self-score beside its evaluators' mean, per area and in total. Differences are
/// self − mean (positive: the agency rates itself higher).
public struct SelfVersusEvaluators: Sendable {
    /// One area's figures; nil where the area did not count (for the agency, or for every
    /// evaluator).
    public struct Row: Sendable {
        public var id: String
        public var selfScore: Double?
        public var mean: Double?
        public var difference: Double?
    }

    /// Aligned with `Framework.areas`.
    public var areas: [Row]
    public var meanTotal: Double
    public var totalDifference: Double

    /// The figures of `card` (the agency's own, scored) against `evaluators`; nil without
    /// evaluators.
    public init?(card: ScoreCard, evaluators: [AssessmentSummary], framework: Framework) {
        guard !evaluators.isEmpty else { return nil }
        areas = framework.areas.enumerated().map { position, area in
            let node = card.nodes[area]
            let selfScore = node.counts ? node.score : nil
            let mean = Descriptive.mean(evaluators.compactMap { position < $0.areaScores.count ? $0.areaScores[position] : nil })
            let difference = selfScore.flatMap { own in mean.map { own - $0 } }
            return Row(id: framework.nodes[area].id, selfScore: selfScore, mean: mean, difference: difference)
        }
        meanTotal = Descriptive.mean(evaluators.map(\.total)) ?? 0
        totalDifference = card.total - meanTotal
    }
}
