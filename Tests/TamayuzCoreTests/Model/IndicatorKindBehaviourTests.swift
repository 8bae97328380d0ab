import Testing
@testable import TamayuzCore

/// Each indicator kind's worked examples, computed by hand: an answer's text, what it reads as,
/// its score, its value in expressions, and the next and best answers an improvement plan
/// proposes; then the evaluators' consensus and the messages that refuse an answer.
@Suite struct IndicatorKindBehaviourTests {
    /// One scale: levels a, b, c, d scoring 0, 0.25, 0.5 and 1.
    static let scales = [Scale(id: "maturity", title: LocalizedText(en: "Maturity"), levels: [
        Level(id: "a", score: 0, label: LocalizedText(en: "A")),
        Level(id: "b", score: 0.25, label: LocalizedText(en: "B")),
        Level(id: "c", score: 0.5, label: LocalizedText(en: "C")),
        Level(id: "d", score: 1, label: LocalizedText(en: "D")),
    ])]

    static let yesNo = IndicatorKind.yesNo(yesScore: 1, noScore: 0)
    /// "Were there complaints?": no is the better answer.
    static let reversedYesNo = IndicatorKind.yesNo(yesScore: 0, noScore: 1)
    static let ordinal = IndicatorKind.ordinal(scale: 0)
    /// Response time in hours: a ramp from 72 down to 4, never below 0.
    static let hours = IndicatorKind.number(.ramp(floor: 72, target: 4), bounds: NumberBounds(min: 0), unit: LocalizedText([("", "hours")]))
    /// Meetings a year: 2 score 0.5, 5 score 1, but no more than 4 can be held.
    static let meetings = IndicatorKind.number(
        .thresholds([Threshold(at: 2, score: 0.5), Threshold(at: 5, score: 1)], .higherIsBetter),
        bounds: NumberBounds(min: 0, max: 4), unit: nil)
    static let percentage = IndicatorKind.percentage(.ramp(floor: 0, target: 100))
    static let availability = IndicatorKind.percentage(.thresholds([
        Threshold(at: 99.9, score: 1), Threshold(at: 99.5, score: 0.8), Threshold(at: 99, score: 0.6), Threshold(at: 95, score: 0.3),
    ], .higherIsBetter))
    /// Options a, b, c worth 3, 2 and 2 points, capped at 5.
    static let checklist = IndicatorKind.checklist(options: [
        ChecklistOption(id: "a", points: 3, label: LocalizedText(en: "A")),
        ChecklistOption(id: "b", points: 2, label: LocalizedText(en: "B")),
        ChecklistOption(id: "c", points: 2, label: LocalizedText(en: "C")),
    ], cap: 5)
    static let derived = IndicatorKind.derived(
        CompiledExpression(source: "0", expression: .number(0, span: SourceSpan(at: 0)), location: SourceLocation(file: "", line: 1, column: 1)),
        .ramp(floor: 0, target: 1), unit: nil)

    /// One worked example: `text` answers an indicator of `kind`.
    struct Example: Sendable, CustomTestStringConvertible {
        var kind: IndicatorKind
        var text: String
        var value: AnswerValue
        var score: Double
        var expression: ExpressionValue
        var next: AnswerValue?
        var best: AnswerValue?
        var testDescription: String { "\(kind.name) \"\(text)\"" }
    }

    static let examples: [Example] = [
        // Yes scores 1, no 0; from no the next step and the best are yes.
        Example(kind: yesNo, text: "yes", value: .yesNo(true), score: 1, expression: .boolean(true), next: nil, best: .yesNo(true)),
        Example(kind: yesNo, text: "No", value: .yesNo(false), score: 0, expression: .boolean(false), next: .yesNo(true), best: .yesNo(true)),
        // Reversed: yes scores 0 and the best answer is no; the next step from no is still yes.
        Example(kind: reversedYesNo, text: "1", value: .yesNo(true), score: 0, expression: .boolean(true), next: nil, best: .yesNo(false)),
        // Level b (second) scores 0.25, is "b" in expressions; next c, best d (scores 1).
        Example(kind: ordinal, text: "b", value: .level(1), score: 0.25, expression: .string("b"), next: .level(2), best: .level(3)),
        Example(kind: ordinal, text: "d", value: .level(3), score: 1, expression: .string("d"), next: nil, best: .level(3)),
        // 38 h: (38 − 72) / (4 − 72) = 0.5; next halfway to the target: 38 + (4 − 38) / 2 = 21; best 4.
        Example(kind: hours, text: "38", value: .number(38), score: 0.5, expression: .number(38), next: .number(21), best: .number(4)),
        // 100 h is past the floor: 0; the next step starts from the floor: 72 + (4 − 72) / 2 = 38.
        Example(kind: hours, text: "100", value: .number(100), score: 0, expression: .number(100), next: .number(38), best: .number(4)),
        // 3 meetings reach the threshold at 2: 0.5; the next threshold (5) and the best (5, score 1)
        // are clamped to the most allowed, 4.
        Example(kind: meetings, text: "3", value: .number(3), score: 0.5, expression: .number(3), next: .number(4), best: .number(4)),
        // 80 % on the default ramp: 0.8; next 80 + (100 − 80) / 2 = 90; best 100.
        Example(kind: percentage, text: "80", value: .number(80), score: 0.8, expression: .number(80), next: .number(90), best: .number(100)),
        Example(kind: percentage, text: "100", value: .number(100), score: 1, expression: .number(100), next: nil, best: .number(100)),
        // 99.6 % reaches 99.5 (0.8) but not 99.9; next 99.9, which is also the best.
        Example(kind: availability, text: "99.6", value: .number(99.6), score: 0.8, expression: .number(99.6), next: .number(99.9), best: .number(99.9)),
        // 90 % meets no threshold: 0; the nearest that scores more is 95.
        Example(kind: availability, text: "90", value: .number(90), score: 0, expression: .number(90), next: .number(95), best: .number(99.9)),
        // a: 3 points of 5 = 0.6, 3 in expressions; next ticks b (2 points, first of b and c); best all.
        Example(kind: checklist, text: "a", value: .options([0]), score: 0.6, expression: .number(3), next: .options([0, 1]), best: .options([0, 1, 2])),
        // c and a: 2 + 3 = 5 points = the cap: 1.
        Example(kind: checklist, text: "c, a", value: .options([0, 2]), score: 1, expression: .number(5), next: .options([0, 1, 2]), best: .options([0, 1, 2])),
        // none: 0 points; the next step ticks the option worth most, a.
        Example(kind: checklist, text: "none", value: .options([]), score: 0, expression: .number(0), next: .options([0]), best: .options([0, 1, 2])),
    ]

    @Test(arguments: examples) func workedExample(_ example: Example) throws {
        let behaviour = example.kind.behaviour
        let value = try example.kind.parseAnswer(example.text, id: "X", scales: Self.scales).get()
        #expect(value == example.value)
        #expect(behaviour.score(value, scales: Self.scales) == example.score)
        #expect(behaviour.expressionValue(value, scales: Self.scales) == example.expression)
        #expect(behaviour.nextValue(after: value, scales: Self.scales) == example.next)
        #expect(behaviour.bestValue(scales: Self.scales) == example.best)
    }

    /// A derived value is computed, not answered: scored like a number, with no next or best.
    @Test func derivedIsScoredButNeverAnswered() {
        let behaviour = Self.derived.behaviour
        #expect(!Self.derived.isAnswered)
        #expect(behaviour.score(.number(0.25), scales: Self.scales) == 0.25)
        #expect(behaviour.expressionValue(.number(0.25), scales: Self.scales) == .number(0.25))
        #expect(behaviour.nextValue(after: .number(0.25), scales: Self.scales) == nil)
        #expect(behaviour.bestValue(scales: Self.scales) == nil)
        #expect(behaviour.consensus([.number(0.25)]) == nil)
    }

    @Test(arguments: [
        (yesNo, "yes/no", ExpressionType.boolean), (ordinal, "ordinal", .string), (hours, "number", .number),
        (percentage, "percentage", .number), (checklist, "checklist", .number), (derived, "derived", .number),
    ]) func nameAndExpressionType(_ kind: IndicatorKind, _ name: String, _ type: ExpressionType) {
        #expect(kind.name == name)
        #expect(kind.expressionType == type)
    }

    /// A value of another kind is refused: no score, missing in expressions, no next step.
    @Test(arguments: [yesNo, ordinal, hours, percentage, checklist, derived])
    func refusesAnotherKindsValue(_ kind: IndicatorKind) {
        let foreign: AnswerValue = if case .checklist = kind { .yesNo(true) } else { .options([0]) }
        #expect(kind.behaviour.score(foreign, scales: Self.scales) == nil)
        #expect(kind.behaviour.expressionValue(foreign, scales: Self.scales) == .missing)
        #expect(kind.behaviour.nextValue(after: foreign, scales: Self.scales) == nil)
    }
}
