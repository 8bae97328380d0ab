import Testing
@testable import TamayuzCore

/// A number closer to 0 than the smallest normal double (2.2e-308) is refused: it is not 0, so
/// the documented guard `if(AV.1 == 0, …)` let `1e-320` through, and dividing by it overflowed.
@Suite struct SubnormalAnswerTests {
    @Test(arguments: ["1e-320", "-4.9e-324", "2e-308"]) func subnormalNumbersAreRefused(_ text: String) {
        #expect(Double(text)!.isSubnormal)
        #expect(NumberKind.finiteNumber(text) == nil)
        #expect(NumberKind.notANumber(text, id: "AV.1").message
            == "'AV.1' is too close to 0 to compute with: '\(text)' is below 2.2e-308 (write 0, or a larger number)")
    }

    @Test(arguments: [("2.3e-308", 2.3e-308), ("0", 0), ("-0", 0), ("1e-300", 1e-300), ("1e307", 1e307)])
    func normalNumbersAndZeroAreKept(_ text: String, _ value: Double) {
        #expect(NumberKind.finiteNumber(text) == value)
    }

    @Test func aNumberThatIsNotOneKeepsItsMessage() {
        #expect(NumberKind.notANumber("1e999", id: "AV.1").message == "'AV.1' needs a finite number, not '1e999'")
    }
}
