import Testing
@testable import TamayuzCore

/// The evaluators' consensus answer per kind, and the messages that refuse an answer's text.
@Suite struct IndicatorKindConsensusTests {
    typealias Kinds = IndicatorKindBehaviourTests

    @Test(arguments: [
        // Two of three say yes: yes. One of two is not more than half: no.
        (Kinds.yesNo, ["yes", "no", "yes"], AnswerValue.yesNo(true)),
        (Kinds.yesNo, ["yes", "no"], .yesNo(false)),
        // The median level; of an even count the lower middle one.
        (Kinds.ordinal, ["d", "a", "c"], .level(2)),
        (Kinds.ordinal, ["a", "b", "c", "d"], .level(1)),
        // The median number; of an even count the mean of the two middle ones.
        (Kinds.hours, ["50", "10", "30"], .number(30)),
        (Kinds.percentage, ["10", "20"], .number(15)),
        // a and b are ticked by two of three, c by one.
        (Kinds.checklist, ["a b", "a", "b c"], .options([0, 1])),
    ]) func consensus(_ kind: IndicatorKind, _ answers: [String], _ expected: AnswerValue) throws {
        let values = try answers.map { try kind.parseAnswer($0, id: "X", scales: Kinds.scales).get() }
        #expect(kind.behaviour.consensus(values) == expected)
    }

    @Test(arguments: [
        (Kinds.yesNo, "maybe", "'X' is a yes/no indicator: answer \"yes\" or \"no\", not 'maybe'"),
        (Kinds.ordinal, "e", "'e' is not a level of scale 'maturity'; its levels are: a, b, c, d"),
        (Kinds.hours, "nan", "'X' needs a finite number, not 'nan'"),
        (Kinds.hours, "-5", "-5 is out of range for 'X' (allowed: 0 or more)"),
        (Kinds.meetings, "4.5", "4.5 is out of range for 'X' (allowed: 0 to 4)"),
        (Kinds.percentage, "0x10", "'X' needs a finite number, not '0x10'"),
        (Kinds.percentage, "100.5", "100.5 is not a percentage: 'X' takes a number from 0 to 100"),
        (Kinds.checklist, "", "the answer to checklist 'X' is empty: list the ids of the options met, or write \"none\" when none is"),
        (Kinds.checklist, "a z", "'z' is not an option of checklist 'X'; its options are: a, b, c"),
        (Kinds.checklist, "a;a", "option 'a' of checklist 'X' is ticked twice"),
        (Kinds.derived, "1", "'X' is derived (computed from other answers): it cannot be answered"),
    ]) func refusal(_ kind: IndicatorKind, _ text: String, _ message: String) {
        #expect(kind.parseAnswer(text, id: "X", scales: Kinds.scales) == .failure(AnswerTextError(message: message)))
    }

    /// -0 reads as 0; plain decimal notation with an exponent is a number.
    @Test func numbersInPlainNotation() {
        #expect(Kinds.hours.parseAnswer("-0", id: "X", scales: []) == .success(.number(0)))
        #expect(Kinds.hours.parseAnswer("1.5e1", id: "X", scales: []) == .success(.number(15)))
    }
}
