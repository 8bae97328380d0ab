import Testing
import TamayuzTestSupport

@testable import TamayuzCore

extension ComparisonTests {
    /// Intraclass correlations over groups of targets with their own judges (a jury's agencies).
    @Suite struct GroupedIntraclassCorrelationTests {
        @Test func oneGroupIsShroutAndFleiss() throws {
            let icc = try #require(GroupedIntraclassCorrelation(groups: [IntraclassCorrelationTests.shroutFleiss]))
            // DOMAIN.md's reference values: ICC(1,1) 0.1657, ICC(1,k) 0.4428, ICC(3,1) 0.7148, ICC(3,k) 0.9093.
            #expect(equalTo4dp(icc.oneWaySingle, 0.1657))
            #expect(equalTo4dp(icc.oneWayAverage, 0.4428))
            #expect(equalTo4dp(icc.consistencySingle, 0.7148))
            #expect(equalTo4dp(icc.consistencyAverage, 0.9093))
            #expect(icc.judgesPerTarget == 4)
        }

        @Test func harshnessWithinEachGroupIsNotInconsistency() throws {
            // Two agencies, two evaluators each; the second evaluator is 0.1 harsher everywhere.
            // Target means 0.15, 0.55, 0.35, 0.75; grand mean 0.45.
            // BMS = 2 · (0.09 + 0.01 + 0.01 + 0.09) / 3 = 0.4 / 3; WMS = 8 · 0.05² / (8 − 4) = 0.005; k₀ = 2.
            // ICC(1,1) = (0.4/3 − 0.005) / (0.4/3 + 0.005) = 385 / 415; ICC(1,k) = (0.4/3 − 0.005) / (0.4/3) = 0.9625.
            // The offset is all judge effect: EMS = 0, so ICC(3,1) = ICC(3,k) = 1.
            let icc = try #require(GroupedIntraclassCorrelation(groups: [
                [[0.2, 0.1], [0.6, 0.5]],
                [[0.4, 0.3], [0.8, 0.7]],
            ]))
            #expect(close(icc.oneWaySingle!, 385.0 / 415.0))
            #expect(close(icc.oneWayAverage!, 0.9625))
            #expect(close(icc.consistencySingle!, 1))
            #expect(close(icc.consistencyAverage!, 1))
        }

        @Test func unequalNumbersOfJudgesAverageByK0() throws {
            // One group of 3 judges (2 targets), one of 2 judges (2 targets): N = 10, n = 4,
            // k₀ = (10 − (9 + 9 + 4 + 4) / 10) / 3 = (10 − 2.6) / 3 = 2.4667.
            let icc = try #require(GroupedIntraclassCorrelation(groups: [
                [[0.1, 0.2, 0.3], [0.5, 0.5, 0.8]],
                [[0.4, 0.6], [0.9, 0.7]],
            ]))
            #expect(close(icc.judgesPerTarget, 7.4 / 3))
        }

        @Test func refusesWhatItCannotAnalyse() {
            #expect(GroupedIntraclassCorrelation(groups: [[[0.1, 0.2]]]) == nil)  // one target
            #expect(GroupedIntraclassCorrelation(groups: [[[0.1, 0.2], [0.3]]]) == nil)  // ragged
            #expect(GroupedIntraclassCorrelation(groups: [[[0.1], [0.2]]]) == nil)  // one judge
        }
    }

    /// Kendall's W, worked by hand.
    @Suite struct KendallWTests {
        @Test func handWorkedCaseWithTies() throws {
            // 4 items × 3 judges (rows are items):
            //   judge 1: 1 2 3 4 → ranks 1 2 3 4
            //   judge 2: 1 1 3 4 → ranks 1.5 1.5 3 4 (one tie of 2: T = 2³ − 2 = 6)
            //   judge 3: 2 1 4 3 → ranks 2 1 4 3
            // Rank sums 4.5, 4.5, 10, 11; mean m(n + 1)/2 = 7.5; S = 9 + 9 + 6.25 + 12.25 = 36.5.
            // W = 12 · 36.5 / (3² · (4³ − 4) − 3 · 6) = 438 / 522 = 0.839080…
            let w = try #require(KendallW.coefficient([[1, 1, 2], [2, 1, 1], [3, 3, 4], [4, 4, 3]]))
            #expect(close(w, 438.0 / 522.0))
        }

        @Test func harshnessDoesNotMoveW() throws {
            // The second judge is harsher by 0.3 on every item: same order, W = 1.
            #expect(KendallW.coefficient([[0.9, 0.6], [0.5, 0.2], [0.7, 0.4]]) == 1)
        }

        @Test func undefinedWithoutVariation() {
            #expect(KendallW.coefficient([[1, 1], [1, 1]]) == nil)
            #expect(KendallW.coefficient([[1, 2]]) == nil)
        }
    }
}
