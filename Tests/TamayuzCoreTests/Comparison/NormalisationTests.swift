import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct NormalisationTests {
        @Test func minmaxPutsTheSeriesOnZeroToOne() {
            // min 2, max 10: (2−2)/8 = 0, (4−2)/8 = 0.25, (10−2)/8 = 1; nil stays nil.
            #expect(Normalisation.minmax.apply([2, 4, 10]) == [0, 0.25, 1])
            #expect(Normalisation.minmax.apply([2, nil, 4, 10]) == [0, nil, 0.25, 1])
        }

        @Test func aConstantSeriesGoesToEachMethodsNeutralPoint() {
            #expect(Normalisation.minmax.apply([3, nil, 3]) == [0.5, nil, 0.5])
            #expect(Normalisation.minmax.apply([7]) == [0.5])
            #expect(Normalisation.zscore.apply([5, 5]) == [0, 0])
            #expect(Normalisation.percentile.apply([5, 5, 5]) == [0.5, 0.5, 0.5])
            #expect(Normalisation.percentile.apply([nil, 9]) == [nil, 0.5])
        }

        @Test func zscoreUsesThePopulationDeviation() {
            // 2, 4, 4, 4, 5, 5, 7, 9: μ = 5, σ = 2 (population) → (x − 5)/2.
            #expect(
                Normalisation.zscore.apply([2, 4, 4, 4, 5, nil, 5, 7, 9])
                    == [-1.5, -0.5, -0.5, -0.5, 0, nil, 0, 1, 2])
        }

        @Test func percentileIsTheMidRankShareOfOtherValues() {
            // N = 4, N − 1 = 3 others. 10: 0 below → 0. 20: 1 below + ½ · 1 other 20 → 1.5/3 = 0.5.
            // 30: 3 below → 1.
            #expect(Normalisation.percentile.apply([10, 20, 20, 30]) == [0, 0.5, 0.5, 1])
            // N = 3: 1 → 0, 3 → 1/2, 8 → 2/2; nil left out of N.
            #expect(Normalisation.percentile.apply([8, nil, 1, 3]) == [1, nil, 0, 0.5])
            // 1, 1, 2 : 1 → (0 + ½ · 1)/2 = 0.25; 2 → 2/2 = 1.
            #expect(Normalisation.percentile.apply([1, 1, 2]) == [0.25, 0.25, 1])
        }

        @Test(arguments: Normalisation.allCases)
        func missingValuesStayMissing(method: Normalisation) {
            #expect(method.apply([]) == [])
            #expect(method.apply([nil, nil]) == [nil, nil])
        }

        @Test func noneLeavesTheValuesAlone() {
            #expect(Normalisation.none.apply([3, nil, -1]) == [3, nil, -1])
        }
    }
}
