import Dispatch

/// Monte Carlo robustness of the ranking under uncertain weights, as composite-indicator practice
/// (OECD/JRC Handbook) asks: how much does an agency's rank depend on the exact weights chosen?
///
/// Each draw multiplies every base weight by its own factor, uniform on
/// `[1 − range, 1 + range]`, renormalises the weights to sum 1, computes every eligible agency's
/// total Σ weight × component score, and ranks the eligible agencies by standard competition
/// ranking on the exact totals. The ranks are counted in a histogram per agency, from which the
/// median, percentiles and share of first places come.
///
/// Reproducible: the D draws are split into two chunks run in parallel (one chunk when D = 1);
/// chunk `c` runs draws ⌊c·D/2⌋ up to ⌊(c+1)·D/2⌋ with its own ``SeededGenerator``, seeded with
/// the (c+1)-th SplitMix64 output of `seed`, drawing the factors of each draw in component order.
/// The chunks' histograms are integer counts added together, so the result is the same for the
/// same inputs and seed, whatever the thread scheduling.
///
/// Cost: O(draws · (agencies · components + agencies · log agencies)) time; memory for two
/// agencies × agencies histograms of `Int32`, never the draws themselves.
package struct WeightSensitivity: Sendable {
    /// Per agency, its scores on the weighted components (e.g. area scores on [0, 1]).
    package let componentScores: [[Double]]
    /// The base weight of each component; positive, need not sum to 1.
    package let baseWeights: [Double]
    /// How far each weight may move, as a fraction of itself: 0.2 is ±20 %.
    package let range: Double
    /// How many weight draws.
    package let draws: Int
    /// The seed that fixes the draws.
    package let seed: UInt64
    /// Per agency, whether it is ranked. Ineligible agencies take no rank and push nobody down.
    package let eligible: [Bool]

    /// The draws are split into this many chunks, each with its own generator. Fixed, so the
    /// result does not depend on the machine's core count.
    static let chunkCount = 2

    /// Checks and keeps the inputs of an analysis.
    ///
    /// - Parameter eligible: one flag per agency; `nil` means every agency is eligible.
    /// - Throws: ``SensitivityError`` when the inputs do not fit together.
    package init(
        componentScores: [[Double]], baseWeights: [Double], range: Double = 0.2, draws: Int,
        seed: UInt64, eligible: [Bool]? = nil
    ) throws(SensitivityError) {
        guard !baseWeights.isEmpty else { throw .noComponents }
        for (component, weight) in baseWeights.enumerated() where !(weight > 0 && weight.isFinite) {
            throw .nonPositiveWeight(component: component, weight: weight)
        }
        for (agency, scores) in componentScores.enumerated() {
            guard scores.count == baseWeights.count else {
                throw .componentCountMismatch(
                    agency: agency, expected: baseWeights.count, found: scores.count)
            }
            if let component = scores.firstIndex(where: { !$0.isFinite }) {
                throw .nonFiniteScore(
                    agency: agency, component: component, value: scores[component])
            }
        }
        guard range >= 0, range < 1 else { throw .invalidRange(range) }
        guard draws >= 1, draws <= Int(Int32.max) else { throw .invalidDraws(draws) }
        let flags = eligible ?? Array(repeating: true, count: componentScores.count)
        guard flags.count == componentScores.count else {
            throw .eligibilityCountMismatch(agencies: componentScores.count, flags: flags.count)
        }
        self.componentScores = componentScores
        self.baseWeights = baseWeights
        self.range = range
        self.draws = draws
        self.seed = seed
        self.eligible = flags
    }

    /// Runs the draws.
    ///
    /// - Returns: one entry per agency, in input order: its robustness, or `nil` when it is not
    ///   eligible.
    package func run() -> [RankRobustness?] {
        let members = eligible.indices.filter { eligible[$0] }
        guard !members.isEmpty else { return Array(repeating: nil, count: eligible.count) }
        let problem = RankingProblem(
            scores: members.flatMap { componentScores[$0] }, agencies: members.count,
            components: baseWeights.count)

        let baseRanks = problem.baseRanks(weights: baseWeights)
        let histogram = drawHistogram(problem)

        var results = [RankRobustness?](repeating: nil, count: eligible.count)
        for (member, agency) in members.enumerated() {
            let row = histogram[(member * problem.agencies)..<((member + 1) * problem.agencies)]
            results[agency] = Self.summarise(
                row: Array(row), draws: draws, baseRank: baseRanks[member])
        }
        return results
    }

    /// Runs the chunks in parallel and adds their histograms: `result[a · n + r − 1]` counts the
    /// draws in which eligible agency `a` had rank `r`.
    private func drawHistogram(_ problem: RankingProblem) -> [Int32] {
        let cells = problem.agencies * problem.agencies
        let chunks = min(Self.chunkCount, draws)
        var perChunk = [Int32](repeating: 0, count: cells * chunks)
        let seeds = Self.chunkSeeds(seed: seed, count: chunks)
        let (baseWeights, range, draws) = (self.baseWeights, self.range, self.draws)
        perChunk.withUnsafeMutableBufferPointer { buffer in
            let shared = ChunkHistograms(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let first = chunk * draws / chunks
                let end = (chunk + 1) * draws / chunks
                var generator = SeededGenerator(seed: seeds[chunk])
                problem.run(
                    draws: end - first, baseWeights: baseWeights, range: range,
                    generator: &generator,
                    histogram: UnsafeMutableBufferPointer(
                        rebasing: shared.buffer[(chunk * cells)..<((chunk + 1) * cells)]))
            }
        }
        var total = [Int32](repeating: 0, count: cells)
        for chunk in 0..<chunks {
            for cell in 0..<cells { total[cell] &+= perChunk[chunk * cells + cell] }
        }
        return total
    }

    /// The seed of each chunk's generator: the successive SplitMix64 outputs of `seed`.
    static func chunkSeeds(seed: UInt64, count: Int) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in SeededGenerator.splitMix64(&state) }
    }

    /// Median, nearest-rank percentiles, extremes and share of first places from one agency's
    /// histogram row (`row[r − 1]` = draws with rank r).
    static func summarise(row: [Int32], draws: Int, baseRank: Int) -> RankRobustness {
        // The k-th smallest rank over the draws, k in 1…draws.
        func rank(atPosition k: Int) -> Int {
            var seen = 0
            for (index, count) in row.enumerated() {
                seen += Int(count)
                if seen >= k { return index + 1 }
            }
            return row.count
        }
        func nearestRank(percent: Int) -> Int {
            rank(atPosition: max(1, (percent * draws + 99) / 100))
        }
        let median =
            draws % 2 == 1
            ? Double(rank(atPosition: (draws + 1) / 2))
            : Double(rank(atPosition: draws / 2) + rank(atPosition: draws / 2 + 1)) / 2
        return RankRobustness(
            baseRank: baseRank,
            medianRank: median,
            p5Rank: nearestRank(percent: 5),
            p95Rank: nearestRank(percent: 95),
            bestRank: rank(atPosition: 1),
            worstRank: rank(atPosition: draws),
            shareFirst: Double(row.first ?? 0) / Double(draws))
    }
}

/// The chunks' histograms, one slice of `cells` counts per chunk, handed to the parallel chunks.
///
/// `@unchecked Sendable` is sound here: each chunk writes only its own disjoint slice, and the
/// buffer is read only after `concurrentPerform` has returned (which waits for every chunk).
private struct ChunkHistograms: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Int32>
}
