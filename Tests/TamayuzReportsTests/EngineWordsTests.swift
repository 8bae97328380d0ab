import Testing
import TamayuzCore
@testable import TamayuzReports

/// The engine's terms in the report's language; the English words are the engine's tokens.
@Suite struct EngineWordsTests {
    @Test func ruleEffectsAndScoringInBothLanguages() {
        #expect(RuleText.effect(.cap(0.5), language: .en) == "cap 0.50")
        #expect(RuleText.effect(.cap(0.5), language: .ar) == "سقف 0.50")
        #expect(RuleText.effect(.flag, language: .ar) == "تنبيه")
        #expect(AnswerText.scoringText(.ramp(floor: 0, target: 100), language: .en) == "ramp 0 → 100")
        #expect(AnswerText.scoringText(.ramp(floor: 0, target: 100), language: .ar) == "تدرّج 0 ← 100")
    }

    @Test(arguments: Aggregation.allCases)
    func aggregationsAreTranslated(_ aggregation: Aggregation) {
        #expect(EngineWords.aggregation(aggregation, Phrasebook(.en)) == aggregation.rawValue)
        #expect(EngineWords.aggregation(aggregation, Phrasebook(.ar)).unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
    }

    @Test func kindsAreTranslated() {
        let kinds: [IndicatorKind] = [.yesNo(yesScore: 1, noScore: 0), .ordinal(scale: 0), .percentage(.ramp(floor: 0, target: 100))]
        #expect(kinds.map { EngineWords.kind($0, Phrasebook(.en)) } == kinds.map(\.name))
        #expect(kinds.map { EngineWords.kind($0, Phrasebook(.ar)) } == ["نعم/لا", "مستويات", "نسبة مئوية"])
    }
}
