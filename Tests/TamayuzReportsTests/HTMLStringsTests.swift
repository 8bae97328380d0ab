import Foundation
import Testing
@testable import TamayuzReports

/// The string table is complete in both languages, and an Arabic report carries no English of
/// its own.
@Suite struct HTMLStringsTests {
    @Test(arguments: HTMLString.allCases)
    func translated(_ key: HTMLString) {
        #expect(!key.en.isEmpty)
        #expect(!key.ar.isEmpty)
        if !HTMLString.symbols.contains(key) {
            #expect(key.ar != key.en, "\(key) is not translated")
        }
        if !HTMLString.punctuation.contains(key) {
            #expect(key.ar.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(key) has no Arabic letter")
        }
        #expect(placeholders(key.en) == placeholders(key.ar), "\(key): placeholders differ")
    }

    private func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{\d\}/).map { String($0.output) })
    }

    @Test func arabicReportHasNoEnglishOfItsOwn() throws {
        let comparison = try HTMLFixtures.comparison()
        let html = HTMLFixtures.render(comparison, language: "ar", plans: try HTMLFixtures.plans(comparison))
        // Visible text and text alternatives, without the style sheet, the script and expressions.
        var text = html
        for (open, close) in [("<style>", "</style>"), ("<script>", "</script>"), ("<code", "</code>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        let alternatives = text.matches(of: /aria-label="([^"]*)"/).map { String($0.output.1) }
        let visible = HTMLFixtures.visibleText(text) + " " + alternatives.joined(separator: " ")
        // Proper names and identifiers the inputs give only in Latin letters.
        let allowed: Set<String> = ["forum", "WCAG", "AA", "municipality", "results", "json"]
        let words = Set(visible.matches(of: /[A-Za-z]+/).map { String($0.output) })
        #expect(words.subtracting(allowed).isEmpty, "English left: \(words.subtracting(allowed).sorted())")
        for key in HTMLString.allCases where !HTMLString.symbols.contains(key) {
            for fragment in key.en.split(separator: /\{\d\}/) where fragment.filter(\.isLetter).count >= 6 {
                #expect(!visible.contains(String(fragment).trimmingCharacters(in: .whitespaces)), "\(key): “\(fragment)”")
            }
        }
    }
}
