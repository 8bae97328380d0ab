import Testing
@testable import TamayuzCore

/// What people type is read as they mean it (`TypedAnswer`, in each kind's `parseAnswer`):
/// Arabic-Indic digits, the Arabic decimal separator, a percent sign, yes and no in Arabic, level
/// labels in either language; what is still refused gets a "did you mean".
@Suite struct ForgivingAnswerTests {
    /// Levels initial, measured ("Measured", "مَقيس") and optimised.
    static let scales = [Scale(id: "process", title: LocalizedText(en: "Process"), levels: [
        Level(id: "initial", score: 0, label: LocalizedText(en: "Initial", ar: "أولي")),
        Level(id: "measured", score: 0.75, label: LocalizedText(en: "Measured", ar: "مَقيس")),
        Level(id: "optimised", score: 1, label: LocalizedText(en: "Optimised", ar: "محسَّن")),
    ])]

    static let cases: [(IndicatorKind, String, AnswerValue)] = [
        (.number(.ramp(floor: 0, target: 10), bounds: NumberBounds(min: 0, max: 365), unit: nil), "٥", .number(5)),
        (.number(.ramp(floor: 0, target: 10), bounds: NumberBounds(min: 0, max: 365), unit: nil), "۱۲٫۵", .number(12.5)),
        (.percentage(.ramp(floor: 0, target: 100)), "85%", .number(85)),
        (.percentage(.ramp(floor: 0, target: 100)), "85 %", .number(85)),
        (.percentage(.ramp(floor: 0, target: 100)), "٨٥٪", .number(85)),
        (.percentage(.ramp(floor: 0, target: 100)), "٩٩٫٦", .number(99.6)),
        (.yesNo(yesScore: 1, noScore: 0), "نعم", .yesNo(true)),
        (.yesNo(yesScore: 1, noScore: 0), "لا", .yesNo(false)),
        (.yesNo(yesScore: 1, noScore: 0), "Yes", .yesNo(true)),
        (.ordinal(scale: 0), "Measured", .level(1)),
        (.ordinal(scale: 0), "MEASURED", .level(1)),
        (.ordinal(scale: 0), "مقيس", .level(1)),
        (.ordinal(scale: 0), "مَقيس", .level(1)),
        (.ordinal(scale: 0), "optimised", .level(2)),
    ]

    @Test(arguments: cases.indices) func typedAnswerReadsAsMeant(_ index: Int) throws {
        let (kind, text, expected) = Self.cases[index]
        #expect(try kind.parseAnswer(text, id: "X", scales: Self.scales).get() == expected, "\(text)")
    }

    @Test func aPercentSignIsNotANumberOutsidePercentages() {
        let kind = IndicatorKind.number(.ramp(floor: 0, target: 10), bounds: NumberBounds(), unit: nil)
        #expect(throws: AnswerTextError.self) { try kind.parseAnswer("85%", id: "X", scales: []).get() }
    }

    @Test func aMistypedLevelGetsADidYouMean() {
        let result = IndicatorKind.ordinal(scale: 0).parseAnswer("measurd", id: "X", scales: Self.scales)
        guard case let .failure(problem) = result else { Issue.record("accepted"); return }
        #expect(problem.message == "'measurd' is not a level of scale 'process'; its levels are: initial, measured, optimised (did you mean 'measured'?)")
    }

    @Test func suggestionsAreOnlyForNearMisses() {
        let ids = ["IF.1.1", "IF.1.2", "CP.2.3"]
        #expect(Suggestion.closest(to: "IF.1.l", among: ids) == "IF.1.1")
        #expect(Suggestion.closest(to: "IF1.2", among: ids) == "IF.1.2")
        #expect(Suggestion.closest(to: "CP.3.2", among: ids) == nil)
        #expect(Suggestion.closest(to: "CP.2.3", among: ids) == nil, "an exact id needs no suggestion")
        #expect(Suggestion.closest(to: "transactoinal", among: ["transactional", "integrated"]) == "transactional")
        #expect(Suggestion.phrase(for: "zz", among: ids) == "")
        #expect(Suggestion.closest(to: "e", among: ["a", "b"]) == nil, "one letter is one edit from any other")
    }
}
