import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct WeightSensitivityTests {
        @Test func aClearLeaderIsFirstInEveryDraw() throws {
            // Agency 0 is far ahead on every component, so no positive weights can put anyone
            // above it.
            let analysis = try WeightSensitivity(
                componentScores: [[0.9, 0.95, 0.9], [0.5, 0.6, 0.4], [0.3, 0.2, 0.4]],
                baseWeights: [0.5, 0.3, 0.2], range: 0.5, draws: 1000, seed: 42)
            let results = analysis.run()
            let leader = try #require(results[0])
            #expect(leader.shareFirst == 1)
            #expect(leader.medianRank == 1)
            #expect(leader.p5Rank == 1 && leader.p95Rank == 1)
            #expect(leader.bestRank == 1 && leader.worstRank == 1)
            #expect(leader.baseRank == 1)
            #expect(results[1]?.shareFirst == 0 && results[2]?.shareFirst == 0)
        }

        @Test func pinnedOutputsForAFixedSeed() throws {
            // Base totals with weights 3/6, 2/6, 1/6: agency 0 3.3/6 = 0.55, agencies 1 and 3
            // (identical) 3.1/6 ≈ 0.517, agency 2 2.9/6 ≈ 0.483 → base ranks 1, 2, 4, 2.
            // The draw results were computed independently by a Python transcription of the
            // documented procedure (xoshiro256** checked against the C reference, two chunks
            // seeded by SplitMix64 of 2024): histograms of ranks 1…4 over the 25 draws are
            // agency 0 [18, 0, 2, 5], agencies 1 and 3 [6, 19, 0, 0], agency 2 [1, 0, 4, 20].
            let analysis = try WeightSensitivity(
                componentScores: [
                    [0.8, 0.2, 0.5], [0.5, 0.6, 0.4], [0.3, 0.7, 0.6], [0.5, 0.6, 0.4],
                ],
                baseWeights: [3, 2, 1], range: 0.3, draws: 25, seed: 2024)
            let results = analysis.run()
            // Agency 0: 13th of 25 ranks is 1; p5 = 2nd (⌈1.25⌉) → 1; p95 = 24th (⌈23.75⌉) → 4.
            #expect(
                results[0]
                    == RankRobustness(
                        baseRank: 1, medianRank: 1, p5Rank: 1, p95Rank: 4, bestRank: 1,
                        worstRank: 4,
                        shareFirst: 0.72))
            // Agencies 1 and 3 tie in every draw and so share every rank: 6 firsts (24 %).
            let tied = RankRobustness(
                baseRank: 2, medianRank: 2, p5Rank: 1, p95Rank: 2, bestRank: 1, worstRank: 2,
                shareFirst: 0.24)
            #expect(results[1] == tied)
            #expect(results[3] == tied)
            #expect(
                results[2]
                    == RankRobustness(
                        baseRank: 4, medianRank: 4, p5Rank: 3, p95Rank: 4, bestRank: 1,
                        worstRank: 4,
                        shareFirst: 0.04))
            // Same seed, same result.
            #expect(analysis.run() == results)
        }

        @Test func ineligibleAgenciesAreNotRankedAndPushNobodyDown() throws {
            // Without the leader (ineligible), agency 1 leads in every draw.
            let analysis = try WeightSensitivity(
                componentScores: [[0.9, 0.95, 0.9], [0.5, 0.6, 0.4], [0.3, 0.2, 0.4]],
                baseWeights: [1, 1, 1], draws: 200, seed: 1, eligible: [false, true, true])
            let results = analysis.run()
            #expect(results[0] == nil)
            #expect(results[1]?.shareFirst == 1)
            #expect(results[2]?.worstRank == 2)
            let nobody = try WeightSensitivity(
                componentScores: [[1], [2]], baseWeights: [1], draws: 5, seed: 1,
                eligible: [false, false])
            #expect(nobody.run() == [nil, nil])
        }

        @Test func tiesAtFirstCountAsFirst() throws {
            // Two identical agencies tie for first in every draw; base ranks 1 and 1.
            let analysis = try WeightSensitivity(
                componentScores: [[0.7, 0.2], [0.7, 0.2], [0.1, 0.1]], baseWeights: [1, 1],
                draws: 9, seed: 3)
            let results = analysis.run()
            #expect(results[0]?.shareFirst == 1 && results[1]?.shareFirst == 1)
            #expect(results[0]?.baseRank == 1 && results[1]?.baseRank == 1)
            #expect(results[2]?.medianRank == 3)
        }

        @Test func agreesWithAPlainReimplementation() throws {
            // 30 agencies, 5 components, some ineligible and some duplicated (ties): the fast
            // path must count exactly what the plain procedure, ranked by CompetitionRanking,
            // gives from the same generators.
            var source = SeededGenerator(seed: 99)
            var scores = (0..<30).map { _ in
                (0..<5).map { _ in (source.nextUnitDouble() * 20).rounded() / 20 }
            }
            scores[7] = scores[3]
            scores[13] = scores[3]
            let eligible = (0..<30).map { $0 % 7 != 5 }
            let weights: [Double] = [0.3, 0.25, 0.2, 0.15, 0.1]
            let draws = 301
            let analysis = try WeightSensitivity(
                componentScores: scores, baseWeights: weights, range: 0.4, draws: draws,
                seed: 5, eligible: eligible)

            let members = (0..<30).filter { eligible[$0] }
            var histogram = [[Int32]](
                repeating: [Int32](repeating: 0, count: members.count), count: members.count)
            let seeds = WeightSensitivity.chunkSeeds(seed: 5, count: 2)
            for chunk in 0..<2 {
                var generator = SeededGenerator(seed: seeds[chunk])
                for _ in (chunk * draws / 2)..<((chunk + 1) * draws / 2) {
                    var drawn = weights.map { $0 * (0.6 + 0.8 * generator.nextUnitDouble()) }
                    let sum = drawn.reduce(0, +)
                    drawn = drawn.map { $0 / sum }
                    let totals = members.map { agency in
                        zip(scores[agency], drawn).reduce(0.0) { $0 + $1.0 * $1.1 }
                    }
                    for (member, rank) in CompetitionRanking.rank(totals.map { [$0] }).enumerated()
                    {
                        histogram[member][rank - 1] += 1
                    }
                }
            }
            let results = analysis.run()
            for (member, agency) in members.enumerated() {
                let expected = WeightSensitivity.summarise(
                    row: histogram[member], draws: draws,
                    baseRank: results[agency]?.baseRank ?? 0)
                #expect(results[agency] == expected)
            }
            #expect(results[7] == results[3] && results[13] == results[3])
        }

        @Test func summarisesAHistogramByNearestRank() {
            // Ranks over 10 draws: 1 ×3, 2 ×5, 3 ×2 → sorted 1 1 1 2 2 2 2 2 3 3.
            // Median: (5th + 6th)/2 = (2 + 2)/2 = 2. p5: ⌈0.5⌉ = 1st → 1. p95: ⌈9.5⌉ = 10th → 3.
            let even = WeightSensitivity.summarise(row: [3, 5, 2], draws: 10, baseRank: 2)
            #expect(
                even
                    == RankRobustness(
                        baseRank: 2, medianRank: 2, p5Rank: 1, p95Rank: 3, bestRank: 1,
                        worstRank: 3,
                        shareFirst: 0.3))
            // 4 draws: ranks 1 1 2 2 → median (2nd + 3rd)/2 = (1 + 2)/2 = 1.5.
            #expect(
                WeightSensitivity.summarise(row: [2, 2], draws: 4, baseRank: 1).medianRank == 1.5)
            // 3 draws: ranks 1 2 3 → median 2nd = 2; p5 ⌈0.15⌉ = 1st → 1; p95 ⌈2.85⌉ = 3rd → 3.
            let odd = WeightSensitivity.summarise(row: [1, 1, 1], draws: 3, baseRank: 2)
            #expect(odd.medianRank == 2 && odd.p5Rank == 1 && odd.p95Rank == 3)
            // 40 draws, ranks 1 ×2 then 2 ×38: p5 = ⌈2⌉ = 2nd → 1 (exactly 5 %).
            #expect(WeightSensitivity.summarise(row: [2, 38], draws: 40, baseRank: 1).p5Rank == 1)
        }

        @Test func refusesInputsThatDoNotFit() {
            #expect(throws: SensitivityError.invalidRange(1)) {
                try WeightSensitivity(
                    componentScores: [[1]], baseWeights: [1], range: 1, draws: 1, seed: 0)
            }
            #expect(throws: SensitivityError.invalidRange(-0.1)) {
                try WeightSensitivity(
                    componentScores: [[1]], baseWeights: [1], range: -0.1, draws: 1, seed: 0)
            }
            #expect(throws: SensitivityError.nonPositiveWeight(component: 1, weight: 0)) {
                try WeightSensitivity(
                    componentScores: [[1, 2]], baseWeights: [1, 0], draws: 1, seed: 0)
            }
            #expect(
                throws: SensitivityError.componentCountMismatch(agency: 1, expected: 2, found: 1)
            ) {
                try WeightSensitivity(
                    componentScores: [[1, 2], [3]], baseWeights: [1, 1], draws: 1, seed: 0)
            }
            #expect(throws: SensitivityError.invalidDraws(0)) {
                try WeightSensitivity(componentScores: [[1]], baseWeights: [1], draws: 0, seed: 0)
            }
            #expect(throws: SensitivityError.eligibilityCountMismatch(agencies: 1, flags: 2)) {
                try WeightSensitivity(
                    componentScores: [[1]], baseWeights: [1], draws: 1, seed: 0,
                    eligible: [true, true])
            }
            #expect(throws: SensitivityError.noComponents) {
                try WeightSensitivity(componentScores: [], baseWeights: [], draws: 1, seed: 0)
            }
            let error = #expect(throws: SensitivityError.self) {
                try WeightSensitivity(
                    componentScores: [[1, .nan]], baseWeights: [1, 1], draws: 1, seed: 0)
            }
            #expect(error?.description == "agency #0 has a non-finite score (nan) on component #1")
        }

        @Test func zeroRangeReproducesTheBaseRanking() throws {
            // range 0: every draw uses the base weights, so every draw gives the base ranks.
            let analysis = try WeightSensitivity(
                componentScores: [[0.2, 0.9], [0.6, 0.4], [0.5, 0.5]], baseWeights: [2, 1],
                range: 0, draws: 7, seed: 8)
            // Totals: (0.4 + 0.9)/3 ≈ 0.433, (1.2 + 0.4)/3 ≈ 0.533, (1.0 + 0.5)/3 = 0.5 → 3, 1, 2.
            let results = analysis.run()
            #expect(results.map { $0?.baseRank } == [3, 1, 2])
            #expect(results.map { $0?.medianRank } == [3, 1, 2])
            #expect(results.map { $0?.worstRank } == [3, 1, 2])
        }
    }
}
