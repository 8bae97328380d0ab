/// How one agency's rank moved across the weight draws of a ``WeightSensitivity`` analysis.
///
/// Ranks are standard competition ranks (1-2-2-4) among the eligible agencies. Percentiles are
/// nearest-rank: the p-th percentile of D draws is the ⌈p · D / 100⌉-th smallest rank (at least the
/// first), so it is always a rank that occurred.
public struct RankRobustness: Sendable, Equatable {
    /// The rank under the base weights (exact totals, not rounded).
    public let baseRank: Int
    /// The median rank over the draws; for an even number of draws, the mean of the two middle
    /// ranks, so it may end in .5.
    public let medianRank: Double
    /// The 5th percentile (nearest-rank): the agency ranked this well or better in at least 5 %
    /// of the draws.
    public let p5Rank: Int
    /// The 95th percentile (nearest-rank): the agency ranked this well or better in at least
    /// 95 % of the draws.
    public let p95Rank: Int
    /// The best rank in any draw.
    public let bestRank: Int
    /// The worst rank in any draw.
    public let worstRank: Int
    /// The fraction of draws in which the agency ranked first (a tie for first counts as first).
    public let shareFirst: Double
}
