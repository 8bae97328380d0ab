import TamayuzApplication
import TamayuzCore
import Testing

@Suite struct ScoringRunTests {
    @Test func scoresEachAssessmentOnItsOwn() throws {
        let amal = Samples.path("samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml")
        let badr = Samples.path("samples/quality-track/mun_wadi_alnoor.eval-ev_badr.xml")
        let result = try ScoringRun(criteria: Samples.qualityCriteria, inputs: [amal, badr]).run()
        #expect(!result.value.isRanking)
        // The evaluators' totals the jury's report lists for Wadi Al-Noor.
        #expect(result.value.standings.map(\.card.displayTotal) == [77.5, 75.4])
        #expect(result.value.standings.map(\.rank) == [nil, nil])
        #expect(result.inputFiles == [Samples.qualityCriteria.file, amal, badr])
    }
}

@Suite struct TemplateRunTests {
    @Test func writesABlankAssessmentUnderTheKindsProfile() throws {
        let result = try TemplateRun(criteria: Samples.qualityCriteria, agencyID: "my_municipality", agencyKind: "municipality").run()
        #expect(result.value.contains("<assessor role=\"self\""))
        #expect(result.value.contains("id=\"my_municipality\""))
        #expect(result.inputFiles == [Samples.qualityCriteria.file])
    }
}
