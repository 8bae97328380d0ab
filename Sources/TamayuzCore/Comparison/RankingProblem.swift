/// The eligible agencies' component scores in one flat row-major buffer, and the inner loop of
/// ``WeightSensitivity``: draw weights, compute totals, rank, count.
struct RankingProblem: Sendable {
    /// `scores[a · components + k]`: eligible agency `a`'s score on component `k`.
    let scores: [Double]
    let agencies: Int
    let components: Int

    /// Competition ranks under `weights` (normalised to sum 1 first).
    func baseRanks(weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        let normalised = weights.map { $0 / sum }
        var totals = [Double](repeating: 0, count: agencies)
        var order = [Int32](0..<Int32(agencies))
        var ranks = [Int](repeating: 0, count: agencies)
        scores.withUnsafeBufferPointer { scores in
            normalised.withUnsafeBufferPointer { weights in
                totals.withUnsafeMutableBufferPointer { totals in
                    order.withUnsafeMutableBufferPointer { order in
                        computeTotals(scores: scores, weights: weights, into: totals)
                        rank(totals: UnsafeBufferPointer(totals), order: order) { agency, rank in
                            ranks[agency] = rank
                        }
                    }
                }
            }
        }
        return ranks
    }

    /// Runs `draws` weight draws, adding one to `histogram[a · agencies + rank − 1]` for every
    /// agency `a` in every draw.
    func run(
        draws: Int, baseWeights: [Double], range: Double, generator: inout SeededGenerator,
        histogram: UnsafeMutableBufferPointer<Int32>
    ) {
        var weights = [Double](repeating: 0, count: components)
        var totals = [Double](repeating: 0, count: agencies)
        // Kept between draws: the previous order is a good start for the next sort.
        var order = [Int32](0..<Int32(agencies))
        let low = 1 - range
        let width = 2 * range
        let agencies = self.agencies
        scores.withUnsafeBufferPointer { scores in
            baseWeights.withUnsafeBufferPointer { baseWeights in
                weights.withUnsafeMutableBufferPointer { weights in
                    totals.withUnsafeMutableBufferPointer { totals in
                        order.withUnsafeMutableBufferPointer { order in
                            for _ in 0..<draws {
                                var sum = 0.0
                                for k in 0..<weights.count {
                                    let factor = low + width * generator.nextUnitDouble()
                                    weights[k] = baseWeights[k] * factor
                                    sum += weights[k]
                                }
                                for k in 0..<weights.count { weights[k] /= sum }
                                computeTotals(
                                    scores: scores, weights: UnsafeBufferPointer(weights),
                                    into: totals)
                                rank(totals: UnsafeBufferPointer(totals), order: order) {
                                    agency, rank in
                                    histogram[agency * agencies + rank - 1] &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `totals[a] = Σ_k scores[a · K + k] · weights[k]`.
    private func computeTotals(
        scores: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
        into totals: UnsafeMutableBufferPointer<Double>
    ) {
        let components = weights.count
        var offset = 0
        for agency in 0..<totals.count {
            var total = 0.0
            for k in 0..<components { total += scores[offset + k] * weights[k] }
            totals[agency] = total
            offset += components
        }
    }

    /// Sorts `order` by total, highest first, and reports each agency's competition rank: an
    /// agency whose total equals the one before it shares that one's rank.
    private func rank(
        totals: UnsafeBufferPointer<Double>, order: UnsafeMutableBufferPointer<Int32>,
        report: (_ agency: Int, _ rank: Int) -> Void
    ) {
        var order = order
        order.sort { totals[Int($0)] > totals[Int($1)] }
        var currentRank = 1
        for position in 0..<order.count {
            let agency = Int(order[position])
            if position > 0, totals[agency] != totals[Int(order[position - 1])] {
                currentRank = position + 1
            }
            report(agency, currentRank)
        }
    }
}
