import Testing
import TamayuzCore
@testable import TamayuzReports

/// An agency's feedback page: its file name, its policy, and what it shows.
@Suite struct HTMLFeedbackTests {
    @Test(arguments: [
        ("mun_wadi_alnoor", "mun_wadi_alnoor.html"), ("a/../b", "a_.._b.html"), ("..hidden", "_.hidden.html"),
        ("وزارة", "_____.html"), ("", "_.html"),
    ])
    func fileNamesAreSafe(id: String, expected: String) {
        let name = HTMLFeedback.fileName(for: Agency(id: id, name: LocalizedText()))
        #expect(name == expected)
    }

    @Test(arguments: [Language.en, .ar])
    func pageHasNoScriptAndShowsItsFigures(language: Language) throws {
        let comparison = try ReportFixtures.juryComparison()
        let cycle = FeedbackCycle(comparison: comparison, agencies: comparison.feedback(notes: [:]))
        let page = HTMLFeedback().render(cycle.agencies[0], cycle: cycle, options: ReportOptions(language: language))
        #expect(page.contains("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:\""))
        #expect(!page.contains("<script"))
        #expect(page.contains("lang=\"\(language.rawValue)\" dir=\"\(language.direction)\""))
        // A1's total 69.1 (ReportFixtures), the only agency: the field's quartiles are its total.
        #expect(page.components(separatedBy: ">69.1<").count - 1 == 4)
        #expect(page.contains(language == .en ? "Ministry of Interior" : "وزارة الداخلية"))
    }
}
