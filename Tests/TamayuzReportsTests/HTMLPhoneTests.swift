import Testing
import TamayuzCore
@testable import TamayuzReports

/// On a phone the page never scrolls sideways: every table that can be wider than the screen
/// scrolls in its own labelled, focusable region, whose agency column stays put.
@Suite struct HTMLPhoneTests {
    static let region = #"<div class="scroll" role="region" aria-labelledby="([^"]+)" tabindex="0"><table[^>]*><caption[^>]* id="([^"]+)""#

    @Test func wideTablesScrollInTheirOwnLabelledRegion() throws {
        let comparison = try HTMLFixtures.comparison()
        for html in [HTMLFixtures.render(comparison), HTMLFixtures.render(comparison, language: .ar)] {
            let regions = html.matches(of: try Regex(Self.region)).map { (String($0.output[1].substring!), String($0.output[2].substring!)) }
            // Each region is labelled by its own table's caption.
            #expect(regions.allSatisfy { $0.0 == $0.1 })
            let labels = Set(regions.map(\.0))
            #expect(labels.isSuperset(of: ["leaderboard-caption", "ineligible-caption", "heatmap-caption", "hierarchy-caption", "robustness-caption"]))
            // The rules that fired: one scrolling table for every agency that has some.
            let withRules = comparison.standings.filter { !($0.card.firings + $0.card.ineligibility + $0.card.flags).isEmpty }.count
            #expect(withRules > 0)
            #expect(labels.filter { $0.hasSuffix("-rules-caption") }.count == withRules)
        }
    }

    @Test func scrollersKeepTheirOwnOverflowAndTheAgencyColumnSticks() {
        let css = HTMLStyles.sheet.text
        // Absolutely placed screen-reader texts stay inside their scroller, not beside the page.
        #expect(css.contains(".scroll{overflow-x:auto;max-width:100%;position:relative}"))
        #expect(css.contains(".board th.agency,.board tbody th[scope=row]{position:sticky;left:0;z-index:1}"))
        #expect(css.contains("[dir=rtl] .board th.agency,[dir=rtl] .board tbody th[scope=row]{left:auto;right:0}"))
        #expect(css.contains("@media (max-width:700px){"))
    }

    @Test func leaderboardFitsAWideScreen() throws {
        // Each area's bar sits under its number, stretched to the column, instead of beside it;
        // the sort arrows may wrap under a heading's last word.
        let english = HTMLFixtures.render(try HTMLFixtures.comparison())
        #expect(english.matches(of: /<td class="n" data-sort="[0-9.]+">[0-9.]+<svg class="mini" viewBox="0 0 100 10" preserveAspectRatio="none"/).count > 0)
        let css = HTMLStyles.sheet.text
        #expect(css.contains(".board svg.mini{display:block;width:100%;height:5px;margin:3px 0 0}"))
        #expect(css.contains(".board th button::after{display:inline-block}"))
    }
}
