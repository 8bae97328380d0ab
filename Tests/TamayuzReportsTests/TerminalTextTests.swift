import Testing
import TamayuzCore

/// The one sanitiser: controls become U+FFFD, the tool's own colours survive only when asked,
/// bidi embeddings, overrides and isolates are closed where a line or the text ends.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("a\u{1B}]52;c;eA==\u{07}b", "a\u{FFFD}]52;c;eA==\u{FFFD}b"),
        ("link\u{1B}]8;;http://x\u{1B}\\", "link\u{FFFD}]8;;http://x\u{FFFD}\\"),
        ("c1\u{9B}2J\u{9D}0;t\u{9C}", "c1\u{FFFD}2J\u{FFFD}0;t\u{FFFD}"),
        ("row\n1 forged", "row\u{FFFD}1 forged"),
        ("\u{202E}reversed", "\u{202E}reversed\u{202C}"),
        ("\u{2067}isolate\u{202B}embed", "\u{2067}isolate\u{202B}embed\u{202C}\u{2069}"),
        ("closed\u{202E}x\u{202C} stray\u{202C}\u{2069}", "closed\u{202E}x\u{202C} stray"),
        ("plain عربي", "plain عربي"),
    ])
    func aCellOrMessage(_ input: String, _ expected: String) {
        #expect(TerminalText.safe(input) == expected)
    }

    @Test func wholeOutputsKeepTheirLinesAndCloseEachOne() {
        #expect(TerminalText.safe("a\u{202E}b\nc\td\r\n", keepLayout: true) == "a\u{202E}b\u{202C}\nc\td\r\n")
    }

    @Test func onlyTheToolsOwnStylesSurviveAndOnlyWhenAsked() {
        let text = "\u{1B}[1mRank\u{1B}[0m \u{1B}[32m+1\u{1B}[0m \u{1B}[8mhidden\u{1B}[2J"
        #expect(TerminalText.safe(text, keepLayout: true, keepingStyles: true)
            == "\u{1B}[1mRank\u{1B}[0m \u{1B}[32m+1\u{1B}[0m \u{FFFD}[8mhidden\u{FFFD}[2J")
        #expect(!TerminalText.safe(text, keepLayout: true).contains("\u{1B}"))
    }
}
