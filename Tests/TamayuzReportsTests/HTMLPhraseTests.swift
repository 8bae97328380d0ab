import Foundation
import Testing
@testable import TamayuzReports

/// The HTML phrases are translated (not copied) into Arabic, and an Arabic report carries no
/// English of its own. (Both languages present, same placeholders: ``PhrasebookTests``.)
@Suite struct HTMLPhraseTests {
    @Test(arguments: HTMLPhrase.allCases)
    func translated(_ key: HTMLPhrase) {
        if !HTMLPhrase.symbols.contains(key) {
            #expect(key.arabic != key.english, "\(key) is not translated")
        }
        if !HTMLPhrase.punctuation.contains(key) {
            #expect(key.arabic.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(key) has no Arabic letter")
        }
    }

    @Test(arguments: CalibrationPhrase.allCases)
    func calibrationTranslated(_ key: CalibrationPhrase) {
        let symbols: Set<CalibrationPhrase> = [.alphaBelow, .columnICC11, .columnICC1k, .columnICC31, .columnICC3k]
        if !symbols.contains(key) {
            #expect(key.arabic != key.english, "\(key) is not translated")
            #expect(key.arabic.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(key) has no Arabic letter")
        }
    }

    @Test func arabicReportHasNoEnglishOfItsOwn() throws {
        let comparison = try HTMLFixtures.comparison()
        let html = HTMLFixtures.render(comparison, language: .ar, plans: try HTMLFixtures.plans(comparison))
        // Visible text and text alternatives, without the style sheet, the scripts (the JSON data
        // block among them) and expressions.
        var text = html
        for (open, close) in [("<style>", "</style>"), ("<script", "</script>"), ("<code", "</code>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        let alternatives = text.matches(of: /aria-label="([^"]*)"/).map { String($0.output.1) }
        let visible = HTMLFixtures.visibleText(text) + " " + alternatives.joined(separator: " ")
        // Proper names and identifiers the inputs give only in Latin letters.
        // Statistical symbols as published (ICC(1,1), Kendall's W, k judges) stay in Latin letters.
        let allowed: Set<String> = ["forum", "WCAG", "AA", "municipality", "results", "json", "ICC", "W", "k"]
        let words = Set(visible.matches(of: /[A-Za-z]+/).map { String($0.output) })
        #expect(words.subtracting(allowed).isEmpty, "English left: \(words.subtracting(allowed).sorted())")
        for key in HTMLPhrase.allCases where !HTMLPhrase.symbols.contains(key) {
            for fragment in key.english.split(separator: /\{\d\}/) where fragment.filter(\.isLetter).count >= 6 {
                #expect(!visible.contains(String(fragment).trimmingCharacters(in: .whitespaces)), "\(key): “\(fragment)”")
            }
        }
    }
}
