import Testing
import TamayuzCore
@testable import TamayuzReports

/// Every phrase set has both languages with the same placeholders, and the one filler fills
/// placeholders in one pass.
@Suite struct PhrasebookTests {
    /// The placeholders `{n}` of a phrase.
    static func placeholders(_ phrase: String) -> Set<String> {
        Set(phrase.matches(of: /\{[0-9]+\}/).map { String($0.output) })
    }

    static func check<P: Phrase>(_ phrase: P) {
        #expect(!phrase.english.isEmpty, "\(phrase)")
        #expect(!phrase.arabic.isEmpty, "\(phrase)")
        #expect(placeholders(phrase.english) == placeholders(phrase.arabic), "\(phrase): placeholders differ")
        #expect(phrase.text(.en) == phrase.english)
        #expect(phrase.text(.ar) == phrase.arabic)
    }

    @Test(arguments: ReportPhrase.allCases) func reportPhrase(_ phrase: ReportPhrase) { Self.check(phrase) }
    @Test(arguments: HTMLPhrase.allCases) func htmlPhrase(_ phrase: HTMLPhrase) { Self.check(phrase) }
    @Test(arguments: TemplatePhrase.allCases) func templatePhrase(_ phrase: TemplatePhrase) { Self.check(phrase) }

    @Test func placeholdersAreFilledOnceInOrder() {
        #expect(Phrasebook(.en)(.remainingTie, "A2, A4", "3") == "A2, A4 share rank 3 after every tie-break rule")
        // An argument that itself looks like a placeholder stays as it is.
        #expect(Phrasebook(.en)(.explainRule, "{2}", "cap 0.50", "UC", "0.7", "0.5") == "rule {2} (cap 0.50) on UC: 0.7 → 0.5")
        #expect(Phrasebook.fill("{1} and {2}", ["X {2}", "Y {1}"]) == "X {2} and Y {1}")
        // Placeholders without an argument, and braces around other things, stay.
        #expect(Phrasebook.fill("{1} {3} {x} {+1} {", ["a", "b"]) == "a {3} {x} {+1} {")
        #expect(Phrasebook.fill("{1}", []) == "{1}")
    }

    @Test func piecesCutAtTheFirstPlaceholderAndFillTheOthersOnce() {
        let phrases = Phrasebook(.en)
        #expect(phrases.pieces(HTMLPhrase.exclusionLine, ["X {2}"]) == ["Excluded: ", ", X {2}"])
    }

    @Test func phraseDigitsFollowTheDigitStylePlaceholdersDoNot() {
        let indic = Phrasebook(.ar, digits: .arabicIndic)
        #expect(indic.text(TemplatePhrase.answerPercentage) == "الإجابة: نسبة مئوية من ٠ إلى ١٠٠")
        #expect(indic.text(HTMLPhrase.exclusionLine, arguments: ["A1", "B2.5"]) == "مستبعد: A1، B2.5")
        #expect(Phrasebook(.ar).text(TemplatePhrase.answerPercentage) == "الإجابة: نسبة مئوية من 0 إلى 100")
    }

    /// The HTML report used to fill placeholders one after another, so an evaluator named
    /// `X {2}` had its `{2}` replaced by the exclusion's reason.
    @Test func anEvaluatorNamedLikeAPlaceholderIsPrintedAsIs() throws {
        let comparison = try HTMLFixtures.comparison(evaluatorTwo: "X {2}")
        let html = HTMLFixtures.render(comparison)
        #expect(html.contains("Excluded: X {2}, conflict of interest"))
        #expect(!html.contains("X conflict of interest"))
    }
}
