import Testing
import TamayuzCore
@testable import TamayuzReports

/// The engine's warnings are values the reports word in their language; standard error and JSON
/// keep the English description.
@Suite struct WarningTextTests {
    static let notScored = CycleWarning.agencyNotScored(agency: "x", excluded: [.init(evaluator: "e1", reason: .affiliated)])

    @Test func englishWordingIsTheDescription() {
        #expect(WarningText.text(Self.notScored, Phrasebook(.en)) == Self.notScored.description)
        #expect(Self.notScored.description == "agency 'x' is not scored: no assessment of it counts (excluded: e1 (affiliated with the agency); no self-assessment)")
    }

    @Test func arabicReportWordsItInArabic() throws {
        #expect(WarningText.line(Self.notScored, Phrasebook(.ar))
            == "تنبيه: الجهة 'x' لم تُقيَّم: لا يُحتسب أي تقييم لها (المستبعَدون: e1 (منتسب إلى الجهة)؛ ولا تقييم ذاتي لها)")
        var comparison = try ReportFixtures.selfRanking()
        comparison.warnings = [.nothingCounts(agency: "A9")]
        let arabic = TableRenderer().render(comparison, options: ReportOptions(language: .ar)).reportLines
        #expect(arabic.contains("تنبيه: الجهة 'A9' لا يُحتسب لها شيء (كل المحاور مستبعدة أو لا تنطبق): تُدرج ولا تُرتَّب"))
        let english = TableRenderer().render(comparison, options: ReportOptions()).reportLines
        #expect(english.contains("warning: agency 'A9' has nothing that counts (every area is left out or not applicable): it is listed, not ranked"))
    }

    @Test func aLoadersNoteStaysEnglishAndSaysSo() {
        let note = CycleWarning.note("criteria.xml:3:1: <title> has no 'ar' text")
        #expect(WarningText.shown(note, Phrasebook(.ar)) == ("criteria.xml:3:1: <title> has no 'ar' text", "en"))
        #expect(WarningText.shown(note, Phrasebook(.en)).language == nil)
    }
}
