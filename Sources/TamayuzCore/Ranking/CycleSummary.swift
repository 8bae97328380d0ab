/// The cycle at a glance, what a report's first screen says: who won and how surely, how the
/// agencies fall into the bands, and how many flags, exclusions and unranked agencies there are.
/// Counted from the standings once, so that no renderer counts.
public struct CycleSummary: Sendable, Equatable {
    /// Positions in `CycleComparison.standings` of the agencies ranked 1 to 3, in rank order
    /// (more than three when places are shared).
    public var podium: [Int]
    /// How far the first place's displayed total is ahead of the next rank's (0 when the first
    /// place is shared); nil with fewer than two ranked agencies.
    public var lead: Double?
    /// How many agencies (ranked or not) fall in each band, aligned with `Framework.bands`.
    public var bandCounts: [Int]
    /// The agencies whose scores raised at least one flag for the jury, by standing position.
    public var flagged: [Int]
    /// The flags raised, over every agency.
    public var flagCount: Int
    /// Evaluations set aside (conflicts of interest), over every agency.
    public var exclusionCount: Int
    /// Agencies ranked, and agencies not ranked (ineligible).
    public var rankedCount: Int
    public var unrankedCount: Int
    /// Whether the ranking's robustness was measured (`--sensitivity`).
    public var hasRobustness: Bool
}

extension CycleComparison {
    /// The cycle at a glance (see ``CycleSummary``).
    public var summary: CycleSummary {
        let ranked = standings.indices.filter { standings[$0].rank != nil }
        let podium = ranked.filter { standings[$0].rank! <= 3 }
        let first = ranked.filter { standings[$0].rank == 1 }
        let runnerUp = ranked.first { standings[$0].rank! > 1 }
        var lead: Double?
        if let leader = first.first, ranked.count > 1 {
            lead = first.count > 1 ? 0 : runnerUp.map { standings[leader].card.displayTotal - standings[$0].card.displayTotal }
        }
        var bandCounts = Array(repeating: 0, count: framework.bands.count)
        for standing in standings {
            if let band = standing.card.band, bandCounts.indices.contains(band) { bandCounts[band] += 1 }
        }
        return CycleSummary(
            podium: isRanking ? podium : [], lead: isRanking ? lead : nil, bandCounts: bandCounts,
            flagged: standings.indices.filter { !standings[$0].card.flags.isEmpty },
            flagCount: standings.reduce(0) { $0 + $1.card.flags.count },
            exclusionCount: standings.reduce(0) { $0 + $1.verdict.exclusions.count },
            rankedCount: isRanking ? ranked.count : 0, unrankedCount: isRanking ? standings.count - ranked.count : 0,
            hasRobustness: standings.contains { $0.robustness != nil })
    }
}

extension Standing {
    /// The ranks the agency held in the middle 90 % of the weight draws (5th to 95th
    /// percentile), when `--sensitivity` was run and the agency is ranked.
    public var rankRange: ClosedRange<Int>? {
        guard rank != nil, let robustness else { return nil }
        return robustness.p5Rank...robustness.p95Rank
    }
}
