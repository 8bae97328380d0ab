import Testing
import TamayuzCore
import TamayuzTestSupport

/// The widest disagreements: ordered by spread as a person would read it, not by binary noise.
@Suite struct JuryAgreementTests {
    @Test func equalSpreadsAreOrderedByAgencyThenIndicator() throws {
        // i1: 70 and 20 → 0.7 − 0.2 = 0.49999999999999994 in binary; i2: 60 and 10 → 0.6 − 0.1 = 0.5.
        // Snapped, both spreads are 0.5, so framework order decides: i1 before i2.
        // Unsnapped, i2 (0.5) would sort above i1.
        #expect(0.7 - 0.2 < 0.6 - 0.1)
        let outcome = try JuryTests.judge([
            try JuryTests.evaluation("x", by: "e1", [70, 60, 50, 50]),
            try JuryTests.evaluation("x", by: "e2", [20, 10, 50, 50]),
        ])
        let items = outcome.agreement.disagreements
        #expect(items.map { JuryTests.framework.nodes[$0.indicator].id } == ["i1", "i2"])
        #expect(items.map(\.spread) == [0.5, 0.5])
    }
}
