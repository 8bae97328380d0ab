import Testing
import TamayuzCore
import TamayuzReports
import TamayuzWorkbook

/// The jury's results workbook: its sheets, each one table with the header frozen and filtered,
/// right to left in Arabic, numbers as numbers at the framework's precision, text never a formula.
@Suite struct ResultsWorkbookTests {
    static func comparison(plans: Bool) throws -> CycleComparison {
        var comparison = try ReportFixtures.juryComparison()
        var name = LocalizedText()
        name.add("=HYPERLINK(\"http://x\")", language: "en")
        comparison.standings[0].verdict.agency.name = name
        return plans ? try comparison.withImprovementPlans(scorer: Scorer(framework: comparison.framework)) : comparison
    }

    static func cell(_ sheet: Worksheet, _ row: Int, _ column: Int) -> Worksheet.Cell? {
        sheet.cells.last { $0.row == row && $0.column == column }
    }

    @Test func everySheetIsOneFilteredTableWithItsHeaderFrozen() throws {
        let workbook = ResultsWorkbook.make(try Self.comparison(plans: true), options: ReportOptions())
        #expect(workbook.sheets.map(\.name) == ["Ranking", "Indicators", "Evaluators", "Agreement", "Disagreements", "Plan"])
        for sheet in workbook.sheets {
            #expect(sheet.frozen?.row == 1 && sheet.frozen?.column == 0, "\(sheet.name)")
            let lastRow = sheet.cells.map(\.row).max() ?? 0
            let lastColumn = sheet.columns.keys.max() ?? 0
            #expect(sheet.autofilter?.firstRow == 0 && sheet.autofilter?.lastRow == lastRow, "\(sheet.name)")
            #expect(sheet.autofilter?.lastColumn == lastColumn, "\(sheet.name)")
            #expect(!sheet.rightToLeft)
        }
    }

    @Test func rankingHoldsNumbersAndTextAsTheyAre() throws {
        let comparison = try Self.comparison(plans: false)
        let ranking = try #require(ResultsWorkbook.make(comparison, options: ReportOptions()).sheets.first)
        let card = comparison.standings[0].card
        #expect(Self.cell(ranking, 1, 0)?.value == .number(1))
        // The agency's name is text as written, not a formula.
        #expect(Self.cell(ranking, 1, 2)?.value == .text("=HYPERLINK(\"http://x\")"))
        let total = try #require(Self.cell(ranking, 1, 3))
        #expect(total.value == .number(card.displayTotal))
        #expect(total.style.numberFormat == "0.0")
        #expect(Self.cell(ranking, 0, 3)?.value == .text("Total"))
    }

    @Test func arabicSheetsRunRightToLeftWithoutAPlanUnlessAsked() throws {
        let workbook = ResultsWorkbook.make(try Self.comparison(plans: false), options: ReportOptions(language: .ar))
        #expect(workbook.sheets.count == 5)
        #expect(workbook.sheets.filter(\.rightToLeft).count == 5)
        #expect(workbook.sheets.first?.name == "الترتيب")
    }

    @Test func planSheetListsThePathWithRunningTotals() throws {
        let comparison = try Self.comparison(plans: true)
        let plan = try #require(ResultsWorkbook.make(comparison, options: ReportOptions()).sheets.last)
        let steps = try #require(comparison.standings[0].plan?.steps)
        #expect(!steps.isEmpty)
        for (position, step) in steps.enumerated() {
            #expect(Self.cell(plan, position + 1, 1)?.value == .number(Double(position + 1)))
            #expect(Self.cell(plan, position + 1, 8)?.value == .number(comparison.framework.rounded(step.newTotal)))
        }
    }

    @Test func scoringAloneWritesNoJurySheets() throws {
        let comparison = try Self.comparison(plans: false)
        let unranked = CycleComparison.unranked(
            comparison.standings.map(\.card), profiles: comparison.standings.map { _ in nil }, framework: comparison.framework)
        let workbook = ResultsWorkbook.make(unranked, options: ReportOptions())
        #expect(workbook.sheets.map(\.name) == ["Ranking", "Indicators", "Evaluators"])
        let bytes = try ResultsWorkbook.bytes(unranked, options: ReportOptions())
        #expect(bytes.starts(with: [0x50, 0x4B]))
    }

    @Test func anAgencysOwnWorkbookHoldsItsPathAndTheBandItReaches() throws {
        let result = try SelfAssessmentReportTests.report(agency: "A2", answers: ReportFixtures.a2Answers, withEvaluators: false).result
        let workbook = ResultsWorkbook.selfAssessment(result, options: ReportOptions())
        #expect(workbook.sheets.map(\.name) == ["Ranking", "Indicators", "Plan"])
        let plan = try #require(workbook.sheets.last)
        #expect(plan.cells.map(\.row).max() == result.plan.steps.count)
        // A2's path: 40.0 (Available) after step 1, 71.9 (Advanced) after step 3.
        #expect(Self.cell(plan, 1, 8)?.value == .number(40))
        #expect(Self.cell(plan, 1, 9)?.value == .text("Available"))
        #expect(Self.cell(plan, 3, 9)?.value == .text("Advanced"))
        #expect(Self.cell(plan, 2, 9) == nil)
    }
}
