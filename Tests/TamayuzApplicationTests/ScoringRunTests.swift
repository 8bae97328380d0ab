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
    @Test func picksTheProfileOfTheAgencysKind() throws {
        let result = try TemplateRun(criteria: Samples.qualityCriteria, agencyKind: "municipality").run()
        #expect(result.value.framework.id == "quality_track")
        #expect(result.value.profile?.id == "municipality")
        #expect(result.inputFiles == [Samples.qualityCriteria.file])
    }

    @Test func noProfileForAnUnknownKind() throws {
        let result = try TemplateRun(criteria: Samples.qualityCriteria, agencyKind: "embassy").run()
        #expect(result.value.profile == nil)
    }
}
