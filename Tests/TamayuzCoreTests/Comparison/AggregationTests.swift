import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct AggregationTests {
        @Test(arguments: [
            // (1 + 2 + 6) / 3 = 3
            (Aggregation.mean, [1.0, 2, 6], 3.0),
            // sorted 1, 2, 6 → middle 2
            (.median, [6, 1, 2], 2),
            // sorted 1, 2, 3, 4 → (2 + 3) / 2 = 2.5
            (.median, [4, 1, 3, 2], 2.5),
            // sorted 1, 2, 6, 7 → drop 1 and 7 → (2 + 6) / 2 = 4
            (.trimmedMean, [7, 1, 6, 2], 4),
            // sorted 1, 5, 5, 5 → drop one 1 and one 5 → (5 + 5) / 2 = 5
            (.trimmedMean, [5, 5, 5, 1], 5),
            // sorted 2, 3, 10 → drop 2 and 10 → 3
            (.trimmedMean, [10, 2, 3], 3),
            // two values: nothing dropped → (1 + 5) / 2 = 3
            (.trimmedMean, [1, 5], 3),
            // one value is its own mean, median and trimmed mean
            (.mean, [4], 4),
            (.median, [4], 4),
            (.trimmedMean, [4], 4),
        ])
        func combines(method: Aggregation, values: [Double], expected: Double) {
            #expect(approximately(method.combine(values), expected))
        }

        @Test(arguments: Aggregation.allCases)
        func nothingToCombineIsNil(method: Aggregation) {
            #expect(method.combine([]) == nil)
        }

        @Test func identifiersAreTheCommandLineSpellings() {
            #expect(Aggregation.allCases.map(\.rawValue) == ["mean", "median", "trimmed-mean"])
            #expect(Aggregation(rawValue: "trimmed-mean") == .trimmedMean)
        }
    }

    @Suite struct DescriptiveTests {
        @Test func statisticsOfASmallList() {
            // 2, 4, 4, 4, 5, 5, 7, 9: μ = 40/8 = 5; Σ(x − μ)² = 9+1+1+1+0+0+4+16 = 32;
            // σ = √(32/8) = 2; median = (4 + 5) / 2 = 4.5.
            let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
            #expect(Descriptive.mean(values) == 5)
            #expect(Descriptive.populationStandardDeviation(values) == 2)
            #expect(Descriptive.median(values) == 4.5)
        }

        @Test func emptyListHasNoStatistics() {
            #expect(Descriptive.mean([Double]()) == nil)
            #expect(Descriptive.populationStandardDeviation([Double]()) == nil)
            #expect(Descriptive.median([Double]()) == nil)
        }

        @Test func spreadKeepsItsDigitsForLargeValues() {
            // 1e9 + {1, 2, 3}: σ = √(2/3) whatever the offset (two-pass, no cancellation).
            let values: [Double] = [1e9 + 1, 1e9 + 2, 1e9 + 3]
            #expect(
                approximately(
                    Descriptive.populationStandardDeviation(values), (2.0 / 3).squareRoot(),
                    tolerance: 1e-6))
        }
    }
}
