import Foundation
import Testing
import TamayuzCore
@testable import TamayuzReports

/// Summary first: the podium and the cycle at a glance before the facts, the rank range in the
/// leaderboard, folded agency pages with a way back, and the results embedded as JSON.
@Suite struct HTMLSummaryTests {
    let comparison: CycleComparison
    let english: String
    let arabic: String

    init() throws {
        comparison = try HTMLFixtures.comparison()
        english = HTMLFixtures.render(comparison)
        arabic = HTMLFixtures.render(comparison, language: .ar)
    }

    static func position(of needle: String, in html: String) -> Int? {
        html.range(of: needle).map { html.distance(from: html.startIndex, to: $0.lowerBound) }
    }

    @Test func summaryComesBeforeTheFactsAndTheLeaderboard() throws {
        let summary = try #require(Self.position(of: "<section class=\"summary\" id=\"summary\"", in: english))
        let facts = try #require(Self.position(of: "<dl class=\"facts\">", in: english))
        let board = try #require(Self.position(of: "<section id=\"leaderboard\"", in: english))
        #expect(summary < facts && facts < board)
        // The podium: Makkah 85.6 first, 13.4 points ahead of Madinah (72.2); then the two thirds.
        let podium = try #require(english.firstMatch(of: try Regex(#"<ol class="podium".*?</ol>"#)).map { String(english[$0.range]) })
        #expect(HTMLFixtures.count("<li class=\"place", in: podium) == 4)
        #expect(podium.contains("<li class=\"place p1\"><span class=\"place-rank\" aria-hidden=\"true\">1</span>"))
        #expect(podium.contains("85.6 out of 100"))
        #expect(podium.contains("Ahead of the next place by 13.4 points."))
        #expect(podium.contains("<span class=\"place-rank\" aria-hidden=\"true\">=3</span>"))
        #expect(english.contains("<a href=\"#exclusions\">Evaluations set aside for conflict of interest: 1</a>"))
        #expect(english.contains("<a href=\"#ineligible-h\">Agencies not ranked: 1</a>"))
        #expect(arabic.contains("<h2 id=\"summary-h\">الملخص</h2>"))
    }

    @Test func contentsListTheSummaryAndTheRobustness() {
        #expect(english.contains("<li><a href=\"#summary\">Summary</a></li>"))
        #expect(english.contains("<li><a href=\"#robustness\">Rank robustness</a></li>"))
    }

    @Test func rankRangeColumnOnlyWithSensitivity() throws {
        #expect(english.contains("<th scope=\"col\" class=\"n\">Rank range</th>"))
        #expect(HTMLFixtures.count("<td class=\"n range\"", in: english) == 4)
        for standing in comparison.standings {
            guard let range = standing.rankRange else { continue }
            #expect(english.contains("ranks \(range.lowerBound) to \(range.upperBound) in 90% of the weight draws"))
        }
        let without = HTMLFixtures.render(try HTMLFixtures.comparison(sensitivity: false))
        #expect(!without.contains("Rank range"))
        #expect(!without.contains("class=\"n range\""))
    }

    @Test func agencyPagesStartFoldedWithAWayBack() {
        for html in [english, arabic] {
            #expect(HTMLFixtures.count("<details class=\"agency-body\">", in: html) == 5)
            #expect(!html.contains("<details class=\"agency-body\" open"))
            #expect(HTMLFixtures.count("<p class=\"back\"><a href=\"#leaderboard\">", in: html) == 5)
            #expect(html.contains("<p class=\"expand\" hidden=\"\" data-shown-by-script=\"\"><button type=\"button\" id=\"expand-all\""))
        }
        #expect(HTMLScript.source.text.contains("details.agency-body"))
        #expect(HTMLScript.source.text.contains("beforeprint"))
    }

    @Test func resultsAreEmbeddedAsTheJSONDocument() throws {
        // Rendered with the improvement plans the HTML report shows; `--format json` has none.
        let english = HTMLFixtures.render(comparison, plans: try HTMLFixtures.plans(comparison))
        #expect(english.contains("<h3 id=\"agency-1-plan\">"))
        let opening = "<script type=\"application/json\" id=\"results-data\">"
        let start = try #require(english.range(of: opening))
        let end = try #require(english[start.upperBound...].range(of: "</script>"))
        let block = String(english[start.upperBound..<end.lowerBound])
        let json = JSONRenderer().render(comparison, options: ReportOptions(language: .en, date: ReportDate(year: 2013, month: 12, day: 8), planLimit: 3))
        let embedded = try JSONSerialization.jsonObject(with: Data(block.utf8)) as? NSDictionary
        let written = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
        #expect(embedded != nil && embedded == written)
        #expect(embedded?["schema"] as? String == JSONRenderer.schema)
    }

    @Test func jsonDataCannotCloseItsScript() throws {
        var builder = HTMLBuilder()
        let json = #"{"name":"</script><script>alert(1)</script><!--","slash":"a\\<b","more":"' onmouseover='x' &amp;"}"#
        builder.jsonData(json)
        #expect(!builder.html.contains("<") && !builder.html.contains(">") && !builder.html.contains("&") && !builder.html.contains("'"))
        #expect(builder.html.contains(#"\u003c/script\u003e"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(builder.html.utf8)) as? NSDictionary
        #expect(parsed == (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary))
    }

    @Test(arguments: HTMLSummaryPhrase.allCases)
    func translated(_ key: HTMLSummaryPhrase) {
        #expect(!key.english.isEmpty && !key.arabic.isEmpty)
        #expect(key.english != key.arabic)
    }
}
