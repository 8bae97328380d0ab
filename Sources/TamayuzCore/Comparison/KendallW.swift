/// Kendall's coefficient of concordance W: how far `m` judges rank `n` items alike.
///
///     W = 12 S / (m² (n³ − n) − m T)
///
/// where each judge's scores are turned into ranks 1…n (tied scores share the mean of their
/// ranks), R_i is item i's rank sum, S = Σ (R_i − m (n + 1) / 2)² and T = Σ (t³ − t) over every
/// group of t tied scores of every judge. W = 1 when the judges rank the items alike, 0 when their
/// rankings are unrelated. It reads only the order of each judge's scores: a judge who is harsher
/// on every item by the same amount changes nothing.
package enum KendallW {
    /// W for a complete table, one row per item and one column per judge; `nil` with fewer than
    /// two items or two judges, rows of different lengths, or when every judge scored every item
    /// alike (the denominator is 0).
    package static func coefficient(_ ratings: [[Double]]) -> Double? {
        let n = ratings.count
        guard n >= 2, let m = ratings.first?.count, m >= 2, ratings.allSatisfy({ $0.count == m }) else { return nil }
        var rankSums = [Double](repeating: 0, count: n)
        var ties = 0.0
        for judge in 0..<m {
            let (ranks, tieTerm) = midRanks(ratings.map { $0[judge] })
            for item in 0..<n { rankSums[item] += ranks[item] }
            ties += tieTerm
        }
        let (mm, nn) = (Double(m), Double(n))
        let expected = mm * (nn + 1) / 2
        var s = 0.0
        for sum in rankSums { s += (sum - expected) * (sum - expected) }
        let denominator = mm * mm * (nn * nn * nn - nn) - mm * ties
        return denominator > 0 ? 12 * s / denominator : nil
    }

    /// Ranks 1…n of `values` (ties share the mean of their ranks) and Σ (t³ − t) over the ties.
    static func midRanks(_ values: [Double]) -> (ranks: [Double], ties: Double) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var ties = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let shared = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = shared }
            let t = Double(end - start + 1)
            ties += t * t * t - t
            start = end + 1
        }
        return (ranks, ties)
    }
}
