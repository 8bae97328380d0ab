/// An agency's self-assessment beside the jury's score of it, in total and per area.
/// Differences are self − jury (positive: the agency rates itself higher).
public struct SelfAgainstJury: Sendable {
    /// One area's scores in [0, 1]; nil where the area did not count.
    public struct Area: Sendable {
        /// The area's index in `Framework.nodes`.
        public let node: Int
        public let selfScore: Double?
        public let juryScore: Double?
        /// nil unless both scores count.
        public let difference: Double?
    }

    /// The totals as shown and ranked (at the framework's precision), and their difference.
    public let selfTotal: Double
    public let juryTotal: Double
    public let totalDifference: Double
    /// Aligned with `Framework.areas`.
    public let areas: [Area]

    public init(selfSummary: AssessmentSummary, jury card: ScoreCard, framework: Framework) {
        selfTotal = selfSummary.displayTotal
        juryTotal = card.displayTotal
        totalDifference = selfSummary.displayTotal - card.displayTotal
        areas = framework.areas.enumerated().map { position, area in
            let own = position < selfSummary.areaScores.count ? selfSummary.areaScores[position] : nil
            let jury = card.nodes[area].counts ? card.nodes[area].score : nil
            let difference = own.flatMap { own in jury.map { own - $0 } }
            return Area(node: area, selfScore: own, juryScore: jury, difference: difference)
        }
    }
}

extension AgencyVerdict {
    /// The agency's self-assessment against the jury's score; nil unless the agency assessed
    /// itself and evaluators scored it.
    public func selfAgainstJury(in framework: Framework) -> SelfAgainstJury? {
        guard let selfSummary, isJuryScore else { return nil }
        return SelfAgainstJury(selfSummary: selfSummary, jury: card, framework: framework)
    }
}
