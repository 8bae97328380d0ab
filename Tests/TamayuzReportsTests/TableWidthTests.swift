import Testing
import TamayuzCore
import TamayuzReports

/// The terminal table fits the width it is given: the name is shortened, then columns are left
/// out (and said so); no line of the table is wider; notes are broken between words.
@Suite struct TableWidthTests {
    @Test func unlimitedWidthKeepsEveryColumn() throws {
        let lines = TableRenderer().render(try TableRendererTests.tiedRanking(), options: ReportOptions()).reportLines
        #expect(lines[0] == "Rank  Agency  Name                                  Total  Band       Change  Eligible  Complete      UC     TE")
    }

    @Test func nameIsShortenedFirst() throws {
        // Unlimited, the table is 111 columns wide; the name column is 36 wide. At 100 it loses
        // 11 columns: 25 wide, the HYPERLINK name cut to 24 characters and an ellipsis.
        let lines = TableRenderer().render(try TableRendererTests.tiedRanking(), options: ReportOptions(width: 100)).reportLines
        #expect(lines[0] == "Rank  Agency  Name                       Total  Band       Change  Eligible  Complete      UC     TE")
        #expect(lines[6] == #"—     A3      =HYPERLINK("http://x.exa…   87.5  Advanced           ✗           100.0%  100.0%  50.0%"#)
        #expect(!lines.contains { $0.hasPrefix("columns left out") })
    }

    @Test func columnsAreLeftOutAndSaid() throws {
        // At 40: Complete (10), Name (shortest 16 + 2), TE (7), Change (8) and Band (11) go, in that order:
        // the areas before the standing.
        let lines = TableRenderer().render(try TableRendererTests.tiedRanking(), options: ReportOptions(width: 40)).reportLines
        #expect(Array(lines.prefix(3)) == [
            "Rank  Agency  Total  Eligible      UC",
            "----  ------  -----  --------  ------",
            "1     A5       67.5  ✓          77.5%",
        ])
        #expect(lines[7] == "columns left out to fit 40 columns:")
        #expect(lines[8] == "  Complete, Name, TE, Change, Band")
        for line in lines { #expect(TestWidth.of(line) <= 40, "\(line)") }
    }

    @Test func severalAssessmentsScoredOneByOneAreOneRowEach() throws {
        let ranked = try TableRendererTests.tiedRanking()
        let cards = ranked.standings.map(\.card)
        let comparison = CycleComparison.unranked(cards, profiles: cards.map { _ in nil }, framework: ranked.framework)
        let lines = TableRenderer().render(comparison, options: ReportOptions()).reportLines
        #expect(lines[0] == "Agency  Name                                  Assessor         Total  Band       Eligible  Complete      UC     TE")
        #expect(lines.count == 2 + 5 + 2 + 4)
        #expect(lines.contains("ineligible: A3: no service channel"))
        // With --explain, each assessment keeps its block.
        let explained = TableRenderer().render(comparison, options: ReportOptions(explain: true)).reportLines
        #expect(explained.filter { $0.hasPrefix("Agency ") }.count == 5)
    }
}

enum TestWidth {
    /// Displayed columns: combining marks take none.
    static func of(_ line: String) -> Int {
        line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }
}
