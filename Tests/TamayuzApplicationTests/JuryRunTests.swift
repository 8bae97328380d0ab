import TamayuzApplication
import TamayuzCore
import Testing

@Suite struct JuryRunTests {
    /// The jury's run on the quality track: the ranks and totals of the golden JSON report
    /// (Tests/Golden/expected/report-json-stdout.stdout).
    @Test func ranksTheQualityTrack() throws {
        let result = try JuryRun(criteria: Samples.qualityCriteria, inputs: [Samples.qualityTrack]).run()
        let standings = result.value.standings
        #expect(standings.map(\.agency.id) == [
            "mun_hadbat_alnasim", "min_digital_services", "mun_wadi_alnoor", "min_heritage_crafts",
            "mun_rawdat_alkhuzama", "min_community_development", "mun_sahil_alqamar", "mun_thaniyat_alward",
            "mun_nakheel_alwaha", "min_water_oases",
        ])
        #expect(standings.map(\.rank) == [1, 2, 3, 4, 5, 6, 7, 8, 9, nil])
        #expect(standings.map(\.card.displayTotal) == [89.2, 86.3, 76.6, 69, 65.9, 65.9, 58.8, 47.6, 28.2, 63.2])
        #expect(abs(standings[0].card.total - 89.159996) < 1e-6)
        // ev_huda is affiliated with Wadi Al-Noor: excluded there, counted at Heritage Crafts.
        let wadi = try #require(standings.first { $0.agency.id == "mun_wadi_alnoor" })
        #expect(wadi.verdict.exclusions.map(\.evaluator.id) == ["ev_huda"])
        #expect(wadi.verdict.evaluators.map(\.assessor.id) == ["ev_amal", "ev_badr"])
        #expect(result.messages.isEmpty)
        #expect(result.inputFiles.count == 1 + 33)
        #expect(standings.allSatisfy { $0.plan == nil })
    }

    @Test func attachesImprovementPlansWhenAsked() throws {
        let result = try JuryRun(criteria: Samples.qualityCriteria, inputs: [Samples.qualityTrack], improvementPlans: true).run()
        let first = try #require(result.value.standings.first)
        let plan = try #require(first.plan)
        #expect(!plan.steps.isEmpty)
        #expect(plan.steps.allSatisfy { $0.gain > 0 && $0.newTotal > first.card.total })
    }

    @Test func comparesWithThePreviousCycle() throws {
        let result = try JuryRun(
            criteria: Samples.qualityCriteria, inputs: [Samples.qualityTrack],
            previousResults: Samples.path("samples/quality-track/previous/results-2012.json")
        ).run()
        #expect(result.value.standings.contains { $0.previous != nil })
        #expect(result.inputFiles.last == Samples.path("samples/quality-track/previous/results-2012.json"))
    }

    @Test func anUnknownProfileIsInvalidInput() throws {
        var criteria = Samples.qualityCriteria
        criteria.profile = "no_such_profile"
        let failure = try #require(failure { () throws(JobFailure) in try JuryRun(criteria: criteria, inputs: [Samples.qualityTrack]).run() })
        #expect(failure.kind == .invalidInput)
        #expect(failure.messages.last?.description.hasPrefix("\(criteria.file): error: unknown profile 'no_such_profile'; the framework's profiles: ") == true)
    }

    @Test func aMissingInputIsNoInput() throws {
        let missing = Samples.path("samples/no-such-folder")
        let failure = try #require(failure { () throws(JobFailure) in try JuryRun(criteria: Samples.qualityCriteria, inputs: [missing]).run() })
        #expect(failure.kind == .noInput)
        #expect(failure.messages.map(\.description) == ["\(missing): error: no such file or folder"])
    }

    @Test func anEmptyFolderHasNoAssessments() throws {
        let empty = Samples.path("samples/quality-track/previous")
        let failure = try #require(failure { () throws(JobFailure) in try JuryRun(criteria: Samples.qualityCriteria, inputs: [empty]).run() })
        #expect(failure.kind == .noInput)
        #expect(failure.messages.map(\.description) == [
            "error: no assessments found in \(empty) (folders are read for .xml and .xlsx files directly inside them)"
        ])
    }
}
