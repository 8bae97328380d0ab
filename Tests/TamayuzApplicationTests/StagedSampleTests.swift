import TamayuzApplication
import TamayuzCore
import Testing

/// The shipped staged cycle (samples/quality-track-stages/): the quality track's cycle with the
/// consensus meetings and site visits that move ranks (samples/README.md, "The review stages").
@Suite struct StagedSampleTests {
    static let folder = Samples.path("samples/quality-track-stages/")

    @Test func theStagesMoveTheRanks() throws {
        let result = try JuryRun(criteria: Samples.qualityCriteria, inputs: [Self.folder]).run()
        let standings = result.value.standings
        // Without stages: … 4 heritage 69.0, 5 rawdat 65.9 (tie-break), 6 community 65.9.
        #expect(standings.map(\.agency.id) == [
            "mun_hadbat_alnasim", "min_digital_services", "mun_wadi_alnoor", "min_heritage_crafts",
            "min_community_development", "mun_rawdat_alkhuzama", "mun_sahil_alqamar", "mun_thaniyat_alward",
            "mun_nakheel_alwaha", "min_water_oases",
        ])
        #expect(standings.map(\.rank) == [1, 2, 3, 4, 5, 6, 7, 8, 9, nil])
        func trail(_ id: String) -> [(ReviewStages.Stage, Double, Int?)] {
            (standings.first { $0.agency.id == id }?.verdict.stages?.results ?? []).map { ($0.stage, $0.displayTotal, $0.rank) }
        }
        let heritage = trail("min_heritage_crafts")
        #expect(heritage.map(\.0) == [.combined, .consensus, .siteVisit])
        #expect(heritage.map(\.1) == [69.0, 76.7, 75.5])
        // The consensus lifts it past Wadi Al-Noor (76.6); the site visit puts it back.
        #expect(heritage.map(\.2) == [4, 3, 4])
        let community = trail("min_community_development")
        #expect(community.map(\.1) == [65.9, 68.5])
        #expect(community.map(\.2) == [6, 5])
        let rawdat = trail("mun_rawdat_alkhuzama")
        #expect(rawdat.map(\.0) == [.combined, .siteVisit])
        #expect(rawdat.map(\.1) == [65.9, 66.9])
        #expect(rawdat.map(\.2) == [5, 6])
        // The others went through no stage.
        #expect(standings.filter { $0.verdict.stages != nil }.count == 3)
        #expect(result.messages.isEmpty)
    }

    @Test func theTrailSaysWhy() throws {
        let result = try JuryRun(criteria: Samples.qualityCriteria, inputs: [Self.folder]).run()
        let framework = result.value.framework
        let heritage = try #require(result.value.standings.first { $0.agency.id == "min_heritage_crafts" }?.verdict.stages)
        #expect(heritage.changes.map { framework.nodes[$0.indicator].id } == ["IF.1.1", "CP.4.4", "SP.2.1", "SP.5.1", "EN.2.3", "EN.4.2"])
        let strategy = try #require(heritage.changes.first)
        #expect(strategy.steps.map(\.score) == [1, 1, 0])
        #expect(strategy.steps[2].rationale?.hasPrefix("On site the strategy was a draft") == true)
        #expect(heritage.result(.siteVisit)?.assessor?.members.map(\.id) == ["ev_badr", "ev_amal"])
    }
}
