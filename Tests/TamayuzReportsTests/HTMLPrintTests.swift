import Testing
import TamayuzCore
@testable import TamayuzReports

/// The printed report (A4): landscape pages for the wide tables, agency pages opened on pages of
/// their own, headers repeated, page numbers and a running header whose text cannot escape.
@Suite struct HTMLPrintTests {
    @Test func printStyleSheetLaysOutA4() {
        let css = HTMLStyles.sheet.text
        #expect(css.contains("@page{size:A4;"))
        #expect(css.contains("@page wide{size:A4 landscape;"))
        #expect(css.contains("#leaderboard,#heatmap{page:wide;break-before:page}"))
        #expect(css.contains(".agency,#jury,#methodology{break-before:page}"))
        #expect(css.contains("thead{display:table-header-group}"))
        // Chromium leaves a repeated header empty when its cells hold buttons (the sort controls).
        #expect(css.contains("th button{display:contents}"))
        // Folded agency pages are opened for print by the script (beforeprint); CSS cannot open
        // them in a way the Nu checker accepts (::details-content is unknown to it).
        #expect(HTMLScript.source.text.contains("window.addEventListener(\"beforeprint\""))
        #expect(css.contains("details.agency-body>summary{display:none}"))
        // Nothing under 8 pt: the smallest print sizes are 8.5 pt.
        let sizes = css.matches(of: /font-size:(?:max\()?([0-9.]+)pt/).map { Double(String($0.output.1))! }
        #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 8.5 })
    }

    @Test func everyPageCarriesTheFrameworkCycleAndItsNumber() throws {
        let comparison = try HTMLFixtures.comparison()
        let english = HTMLFixtures.render(comparison)
        #expect(english.contains("@page{@top-center{content:\"Excellence in e\\2d Government Transactions \\2014  1435\";"))
        #expect(english.contains("@bottom-center{content:counter(page,decimal) \" / \" counter(pages,decimal);"))
        let indic = HTMLFixtures.render(comparison, language: .ar, indic: true)
        #expect(indic.contains("counter(page,arabic-indic) \" / \" counter(pages,arabic-indic)"))
    }

    @Test(arguments: HTMLFixtures.hostile + ["\"; } body { display:none } @page { content: \"", "a\\\"b\n</STYLE>"])
    func runningHeaderCannotLeaveItsString(_ hostile: String) {
        let css = TrustedMarkup(cssString: hostile).text
        #expect(css.hasPrefix("\"") && css.hasSuffix("\""))
        let inside = css.dropFirst().dropLast()
        #expect(!inside.contains("\"") && !inside.contains("<") && !inside.contains("\n") && !inside.contains("}"))
        #expect(inside.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "\\" })
    }

    @Test func cssStringKeepsArabicAsEscapes() {
        // "دورة" → \62f \648 \631 \629 ; a space after an escape is its terminator, so a real
        // space after an escaped character is written twice.
        #expect(TrustedMarkup(cssString: "دورة 1").text == "\"\\62f \\648 \\631 \\629  1\"")
    }
}
