/// Standard competition ranking ("1-2-2-4"), as the UN E-Government Survey ranks countries: equal
/// keys share a rank, and the ranks after them are skipped.
///
/// Keys are compared exactly, as the doubles they are. Round every total and tie-break value to
/// the precision that is shown (e.g. two decimals of the 0–100 score) before ranking, or two
/// agencies displayed with the same score get different ranks through a difference nobody can see.
///
/// Every value counts as higher-is-better; negate a lower-is-better value before passing it.
/// Cost O(n log n · key length). Values must not be NaN.
package enum CompetitionRanking {
    /// The competition ranks of entries by their key tuples, compared lexicographically.
    ///
    /// - Parameter keys: per entry, its total first, then its tie-break values in rule order. All
    ///   tuples must have the same length.
    /// - Returns: `ranks[i]` for entry `i`; `[90, 85, 85, 70]` ranks `[1, 2, 2, 4]`.
    package static func rank(_ keys: [[Double]]) -> [Int] {
        ranks(keys, order: sortedOrder(keys))
    }

    /// Ranks by total, then by each tie-break rule in turn, and reports what the rules did.
    ///
    /// - Parameters:
    ///   - totals: per entry, its total.
    ///   - tieBreaks: per entry, its value under each tie-break rule, in rule order (all entries
    ///     the same number of rules). An empty array means no rules.
    /// - Returns: the ranks, the ties that no rule broke, and which rule placed each entry that
    ///   was tied on its total. See ``RankingOutcome/brokenBy``.
    package static func rankWithTies(totals: [Double], tieBreaks: [[Double]]) -> RankingOutcome {
        precondition(
            tieBreaks.isEmpty || tieBreaks.count == totals.count,
            "CompetitionRanking: one tie-break list per entry")
        let keys =
            tieBreaks.isEmpty
            ? totals.map { [$0] }
            : zip(totals, tieBreaks).map { [$0] + $1 }
        let order = sortedOrder(keys)
        let ranks = ranks(keys, order: order)
        guard !order.isEmpty else {
            return RankingOutcome(ranks: [], order: [], remainingTies: [], brokenBy: [:])
        }

        // Runs of equal full keys (one rank each) along the order.
        var runs: [Range<Int>] = []
        var start = 0
        for position in 1...order.count
        where position == order.count
            || keys[order[position]] != keys[order[position - 1]]
        {
            runs.append(start..<position)
            start = position
        }
        let remainingTies = runs.filter { $0.count > 1 }.map { order[$0].sorted() }

        // Rule at which two adjacent runs' keys first differ; nil when they differ on the total.
        func decidingRule(_ upper: Range<Int>, _ lower: Range<Int>) -> Int? {
            let above = keys[order[upper.lowerBound]]
            let below = keys[order[lower.lowerBound]]
            let first = above.indices.first { above[$0] != below[$0] } ?? 0
            return first == 0 ? nil : first - 1
        }
        var brokenBy: [Int: Int] = [:]
        for (index, run) in runs.enumerated() {
            let above = index > 0 ? decidingRule(runs[index - 1], run) : nil
            let below = index + 1 < runs.count ? decidingRule(run, runs[index + 1]) : nil
            guard let rule = [above, below].compactMap({ $0 }).max() else { continue }
            for position in run { brokenBy[order[position]] = rule }
        }
        return RankingOutcome(
            ranks: ranks, order: order, remainingTies: remainingTies, brokenBy: brokenBy)
    }

    /// Indices sorted by key, highest first; equal keys by ascending index.
    private static func sortedOrder(_ keys: [[Double]]) -> [Int] {
        if let length = keys.first?.count {
            precondition(
                keys.allSatisfy { $0.count == length },
                "CompetitionRanking: every key tuple must have the same length")
            precondition(
                keys.allSatisfy { !$0.contains(where: \.isNaN) },
                "CompetitionRanking: NaN in a ranking key")
        }
        return keys.indices.sorted { a, b in
            for (x, y) in zip(keys[a], keys[b]) where x != y { return x > y }
            return a < b
        }
    }

    /// Competition ranks along a sorted order: an entry whose key equals its predecessor's shares
    /// its rank, else its rank is its 1-based position.
    private static func ranks(_ keys: [[Double]], order: [Int]) -> [Int] {
        var ranks = [Int](repeating: 0, count: keys.count)
        for (position, index) in order.enumerated() {
            if position > 0, keys[order[position - 1]] == keys[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}
