import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct IntraclassCorrelationTests {
        /// Shrout & Fleiss (1979), 6 targets × 4 judges, rows are targets (DOMAIN.md).
        static let shroutFleiss: [[Double]] = [
            [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
        ]

        @Test func reproducesShroutAndFleiss() throws {
            let icc = try #require(IntraclassCorrelation(Self.shroutFleiss))
            // DOMAIN.md's reference values, to 4 decimals.
            #expect(equalTo4dp(icc.oneWaySingle, 0.1657))
            #expect(equalTo4dp(icc.twoWayRandomSingle, 0.2898))
            #expect(equalTo4dp(icc.twoWayMixedSingle, 0.7148))
            #expect(equalTo4dp(icc.oneWayAverage, 0.4428))
            #expect(equalTo4dp(icc.twoWayRandomAverage, 0.6201))
            #expect(equalTo4dp(icc.twoWayMixedAverage, 0.9093))
            // Shrout & Fleiss's Table 2: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02.
            #expect(approximately(icc.betweenTargetsMeanSquare, 11.24, tolerance: 0.005))
            #expect(approximately(icc.withinTargetsMeanSquare, 6.26, tolerance: 0.005))
            #expect(approximately(icc.betweenJudgesMeanSquare, 32.49, tolerance: 0.005))
            #expect(approximately(icc.residualMeanSquare, 1.02, tolerance: 0.005))
        }

        @Test func refusesTablesItCannotAnalyse() {
            #expect(IntraclassCorrelation([[1, 2]]) == nil)  // one target
            #expect(IntraclassCorrelation([[1], [2]]) == nil)  // one judge
            #expect(IntraclassCorrelation([[1, 2], [3]]) == nil)  // ragged
            #expect(IntraclassCorrelation([[1, .nan], [3, 4]]) == nil)
        }

        @Test func identicalTargetsLeaveTheCoefficientsUndefined() throws {
            // Every value equal: all mean squares 0, every denominator 0.
            let icc = try #require(IntraclassCorrelation([[3, 3], [3, 3]]))
            #expect(icc.oneWaySingle == nil && icc.twoWayMixedAverage == nil)
        }
    }
}
