import Foundation
import Testing
import TamayuzCore
@testable import TamayuzReports

/// The report's structure on the five-agency cycle (totals by hand in ``HTMLFixtures``).
@Suite struct HTMLRendererTests {
    let comparison: CycleComparison
    let english: String
    let arabic: String

    init() throws {
        comparison = try HTMLFixtures.comparison()
        let plans = try HTMLFixtures.plans(comparison)
        english = HTMLFixtures.render(comparison, plans: plans)
        arabic = HTMLFixtures.render(comparison, language: .ar, plans: plans)
    }

    @Test func identifiesItself() {
        #expect(HTMLRenderer.identifier == "html")
        #expect(ReportFormat.html.renderer is HTMLRenderer)
        #expect(ReportFormat.xlsx.renderer == nil)
    }

    @Test func languageAndDirection() {
        #expect(english.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        #expect(arabic.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(arabic.contains("<h1>التميز في التعاملات الإلكترونية الحكومية</h1>"))
        #expect(english.contains("<h1>Excellence in e-Government Transactions</h1>"))
        #expect(english.contains("<meta charset=\"utf-8\">"))
    }

    @Test func leaderboardInRankOrderWithHandKnownTotals() {
        let rows = HTMLFixtures.slice(english, from: "id=\"leaderboard-table\"", to: "</table>")
        let body = String(HTMLFixtures.slice(String(rows), from: "<tbody>", to: "</tbody>"))
        #expect(HTMLFixtures.count("<tr>", in: body) == 4)
        let names = ["Makkah Municipality", "Madinah Development Authority", "Jeddah Municipality", "Taif Municipality"]
        let positions = names.map { body.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let rowTexts = body.components(separatedBy: "<tr>").dropFirst().map(HTMLFixtures.visibleText)
        let expected = [("1", "85.6", "Innovative", "↑1"), ("2", "72.2", "Advanced", "new"), ("=3", "39.2", "Developing", "↓2"), ("=3", "39.2", "Developing", "=")]
        for (row, (rank, total, band, change)) in zip(rowTexts, expected) {
            #expect(row.hasPrefix(rank), "\(row)")
            #expect(row.contains(total) && row.contains(band) && row.contains(change), "\(row)")
        }
        #expect(body.contains("<span class=\"sr\">3, shared</span>"))
        #expect(body.contains("<span class=\"sr\">up 1 since the previous cycle</span>"))
        #expect(body.contains("<span class=\"sr\">down 2 since the previous cycle</span>"))
        // Sortable, with keys that sort numbers as numbers; the rank column starts ascending.
        #expect(english.contains("<table class=\"sortable board\" id=\"leaderboard-table\"><caption id=\"leaderboard-caption\">"))
        #expect(english.contains("<th scope=\"col\" class=\"n\" aria-sort=\"ascending\">Rank</th>"))
        #expect(body.contains("data-sort=\"85.6\""))
    }

    @Test func ineligibleAgenciesApartWithReasons() {
        let section = HTMLFixtures.slice(english, from: "<h3 id=\"ineligible-h\">", to: "</table>")
        #expect(section.contains("Qunfudhah Municipality"))
        #expect(section.contains("7.2"))
        #expect(section.contains("<li>E-services score below 30 %</li>"))
        #expect(!HTMLFixtures.slice(english, from: "id=\"leaderboard-table\"", to: "</table>").contains("Qunfudhah"))
    }

    @Test func heatMapPrintsEveryNumber() throws {
        let table = String(HTMLFixtures.slice(english, from: "<table class=\"heat\">", to: "</table>"))
        let cells = try Regex(#"<td class="n h(\d|na)">([^<]*)</td>"#)
        let matches = table.matches(of: cells)
        #expect(matches.count == 10)
        for match in matches {
            let text = String(match.output[2].substring ?? "")
            #expect(text.wholeMatch(of: try Regex(#"\d+\.\d"#)) != nil, "\(text)")
        }
        #expect(table.contains("<td class=\"n h4\">84.6</td><td class=\"n h4\">87.5</td>"))
        #expect(table.contains("<td class=\"n h0\">10.8</td><td class=\"n h0\">0.0</td>"))
        // The field's median in the footer: 52.5 and 12.5.
        #expect(table.contains("<tfoot><tr><th scope=\"row\">Field median</th><td class=\"n\">52.5</td><td class=\"n\">12.5</td></tr></tfoot>"))
    }

    @Test func onePagePerAgencyWithItsTreeChartAndDetails() {
        #expect(HTMLFixtures.count("<section class=\"agency\"", in: english) == 5)
        #expect(HTMLFixtures.count("<details class=\"area\" open=\"\">", in: english) == 10)
        #expect(HTMLFixtures.count("<th colspan=\"6\" scope=\"rowgroup\">", in: english) == 5)
        #expect(HTMLFixtures.count("role=\"img\"", in: english) == 5)
        #expect(english.contains(".agency,#jury,#methodology{break-before:page}"))
        let makkah = String(HTMLFixtures.slice(english, from: "<section class=\"agency\" id=\"agency-1\"", to: "</section>"))
        #expect(makkah.contains("<bdi>Makkah Municipality</bdi>"))
        #expect(makkah.contains("<dd>85.6 out of 100</dd>"))
        #expect(makkah.contains("aria-label=\"Bar chart of Makkah Municipality&#39;s area scores in % against the field&#39;s median. E-services: 84.6 (median 52.5); Accessibility: 87.5 (median 12.5).\""))
        #expect(makkah.contains("<th scope=\"row\">Online payment</th><td>Yes</td><td>100.0</td><td>50.0</td><td>11.11</td><td>Scored</td>"))
        // Self-assessment 100.0 against the jury's 85.6; evaluators 95.6 and 75.6.
        #expect(makkah.contains("<td class=\"n\">100.0</td><td class=\"n\">85.6</td><td class=\"n\">+14.4</td>"))
        #expect(makkah.contains("The evaluators&#39; totals range from 75.6 to 95.6 (spread 20.0)."))
        #expect(makkah.contains("Improvement plan"))
        let jeddah = String(HTMLFixtures.slice(english, from: "<section class=\"agency\" id=\"agency-3\"", to: "</section>"))
        #expect(jeddah.contains("12.5%, unchanged (already within the cap)"))
        #expect(jeddah.contains("Excluded: Evaluator Two, conflict of interest"))
    }

    @Test func rulesBeforeAndAfter() throws {
        // Qunfudhah's access: not capped (WCAG answered yes). Jeddah: the cap fired, already met.
        let qunfudhah = String(HTMLFixtures.slice(english, from: "<section class=\"agency\" id=\"agency-5\"", to: "</section>"))
        #expect(qunfudhah.contains("Ineligibility"))
        #expect(qunfudhah.contains("<code dir=\"ltr\">score(services) &lt; 0.3</code>"))
        #expect(qunfudhah.contains("Unanswered indicators"))
        // WCAG answered "yes" without the audit report the indicator asks for.
        #expect(qunfudhah.contains("<strong>WCAG 2.1 AA conformance</strong>: asked for: An accessibility audit report<span class=\"note\"> (without it the indicator scores 0)</span>"))
        #expect(qunfudhah.contains("<td class=\"warn\">Scored, required evidence missing</td>"))
    }

    @Test func jurySection() {
        let jury = String(HTMLFixtures.slice(english, from: "<section id=\"jury\"", to: "</section>"))
        #expect(jury.contains("Krippendorff"))
        #expect(jury.contains("<th scope=\"row\">All areas</th>"))
        #expect(jury.contains("<th scope=\"row\"><bdi>Evaluator Two</bdi></th><td><bdi>Jeddah Municipality</bdi></td>"))
        #expect(jury.contains("<li>Rank 3 is shared by: Jeddah Municipality, Taif Municipality</li>"))
        #expect(jury.contains("Channels offered"))
        #expect(jury.contains("Rank robustness"))
    }

    @Test func methodologyFromTheFramework() {
        let method = String(HTMLFixtures.slice(english, from: "<section id=\"methodology\"", to: "</section>"))
        #expect(method.contains("<li>Cap: when <code dir=\"ltr\">not i4</code> holds, the score of ‘Accessibility’ is limited to 50.0%."))
        #expect(method.contains("Ineligibility: when <code dir=\"ltr\">score(services) &lt; 0.3</code> holds, the agency keeps its score but is not ranked."))
        #expect(method.contains("<th scope=\"row\">Transactional</th><td class=\"n\">75.0%</td><td>The service is completed online.</td>"))
        #expect(method.contains("<td class=\"n\">80.0 to 100.0</td>"))
        #expect(method.contains("<td class=\"n\">60.0 to under 80.0</td>"))
        #expect(method.contains("<li>The higher score in ‘E-services’</li>"))
        #expect(method.contains("An unanswered indicator scores 0 and is reported"))
        // Weights normalised: services 2 of 3, access 1 of 3.
        #expect(method.contains("<td class=\"n\">66.7%</td><td class=\"n\">66.7%</td>"))
    }

    @Test func warningsInAVisibleBox() {
        let box = String(HTMLFixtures.slice(english, from: "<section class=\"alert\"", to: "</section>"))
        #expect(box.contains("The previous results (results-1434.json) were scored with criteria ‘forum’ version 2012.1"))
        #expect(box.contains("Madinah Development Authority is scored on its self-assessment only"))
        #expect(box.contains("Rank 3 is still shared after every tie-break rule"))
    }

    @Test func accessibleStructure() throws {
        for html in [english, arabic] {
            // One h1, and no heading level skipped on the way down.
            let levels = html.matches(of: try Regex(#"<h([1-6])[ >]"#)).map { Int(String($0.output[1].substring ?? "0"))! }
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
            for (a, b) in zip(levels, levels.dropFirst()) { #expect(b <= a + 1, "h\(a) then h\(b)") }
            // Every table has a caption first; every column header has a scope.
            #expect(HTMLFixtures.count("<table", in: html) == HTMLFixtures.count("<caption", in: html))
            #expect(HTMLFixtures.count("<table", in: html) == html.matches(of: try Regex(#"<table[^>]*><caption"#)).count)
            #expect(!html.contains("<th>"))
            #expect(html.contains("<a class=\"skip\" href=\"#main\">"))
            #expect(html.contains("<main id=\"main\">"))
            #expect(html.contains(":focus-visible{outline:3px solid"))
            // Every chart has a text alternative.
            #expect(HTMLFixtures.count("<svg class=\"chart\"", in: html) == html.matches(of: try Regex(#"<svg class="chart"[^>]*role="img" aria-labelledby="[^"]+" aria-label="[^"]+""#)).count)
        }
    }

    @Test func deterministic() throws {
        let again = try HTMLFixtures.comparison()
        let plans = try HTMLFixtures.plans(again)
        #expect(HTMLFixtures.render(again, plans: plans) == english)
        #expect(HTMLFixtures.render(again, language: .ar, plans: plans) == arabic)
    }

    @Test func unrankedResultsHaveNoRanksAndNoJury() throws {
        let cards = comparison.standings.map(\.card)
        let unranked = CycleComparison.unranked(cards, profiles: comparison.standings.map(\.verdict.profile), framework: comparison.framework)
        let html = HTMLFixtures.render(unranked)
        #expect(html.contains("<h2 id=\"leaderboard-h\">Results</h2>"))
        #expect(!html.contains("<section id=\"jury\""))
        #expect(!html.contains(">Rank</th>"))
        #expect(HTMLFixtures.count("<section class=\"agency\"", in: html) == 5)
    }

    @Test func sortingIsOfferedOnlyWhereTheScriptRuns() {
        // The hint is hidden in the file and shown by the script, which also adds the buttons;
        // the only button in the file is "open every agency page", hidden until the script runs.
        #expect(english.contains("<p class=\"note sort-hint\" hidden=\"\" data-shown-by-script=\"\">"))
        #expect(HTMLFixtures.count("<button", in: english) == 1)
        #expect(english.contains("<p class=\"expand\" hidden=\"\" data-shown-by-script=\"\"><button"))
        #expect(HTMLScript.source.text.contains("createElement(\"button\")"))
    }

    @Test func anEmptyCycleStillRenders() {
        let empty = CycleComparison.unranked([], profiles: [], framework: comparison.framework)
        let html = HTMLFixtures.render(empty)
        #expect(html.contains("No agency is ranked."))
        #expect(!html.contains("<section class=\"agency\""))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func withoutPreviousResultsNoChangeColumn() throws {
        let html = HTMLFixtures.render(try HTMLFixtures.comparison(sensitivity: false, previous: false))
        #expect(!html.contains(">Change</th>"))
        #expect(!html.contains("Rank robustness"))
        #expect(!html.contains("The previous results"))
    }
}
