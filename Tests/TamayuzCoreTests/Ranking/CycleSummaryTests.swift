import Testing
import TamayuzCore
import TamayuzTestSupport

/// The cycle at a glance: podium, lead, band counts, flags, exclusions and rank ranges, counted
/// once in the core for every report's first screen.
@Suite struct CycleSummaryTests {
    typealias Fixture = CycleComparisonTests

    @Test func podiumAndLeadFollowTheRanks() throws {
        // totals: b 80 (1st by the service tie-break), c 80 (2nd), a 80 (3rd), d 60, e 50.
        let comparison = try Fixture.compare([
            try Fixture.agency("a", 90, 70), try Fixture.agency("b", 70, 90), try Fixture.agency("c", 80, 80),
            try Fixture.agency("d", 60, 60), try Fixture.agency("e", 50, 50),
        ])
        let summary = comparison.summary
        #expect(summary.podium.map { comparison.standings[$0].agency.id } == ["b", "c", "a"])
        // Broken ties leave equal totals: b leads c by nothing on the scale.
        #expect(summary.lead == 0)
        #expect(summary.rankedCount == 5 && summary.unrankedCount == 0)
        #expect(summary.flagged.isEmpty && summary.flagCount == 0 && summary.exclusionCount == 0)
        #expect(summary.bandCounts.isEmpty)
        #expect(!summary.hasRobustness)
        #expect(comparison.standings.allSatisfy { $0.rankRange == nil })
    }

    @Test func sharedFirstPlaceHasNoLeadAndTheIneligibleAreCounted() throws {
        // p and q share the first place (80), r is 3rd, x (ineligible: s1 = 0) is not ranked.
        let comparison = try Fixture.compare([
            try Fixture.agency("p", 80, 80), try Fixture.agency("q", 80, 80), try Fixture.agency("r", 10, 70),
            try Fixture.agency("x", 100, 0),
        ])
        let summary = comparison.summary
        #expect(summary.podium.map { comparison.standings[$0].agency.id } == ["p", "q", "r"])
        #expect(summary.lead == 0)
        #expect(summary.rankedCount == 3 && summary.unrankedCount == 1)
    }

    @Test func clearWinnerLeadsByTheDifferenceOfDisplayedTotals() throws {
        // a 90, b 60.5, c 20.
        let comparison = try Fixture.compare([
            try Fixture.agency("a", 90, 90), try Fixture.agency("b", 61, 60), try Fixture.agency("c", 20, 20),
        ])
        let lead = try #require(comparison.summary.lead)
        #expect(abs(lead - 29.5) < 1e-9)
    }

    @Test func rankRangeIsTheMiddleNinetyPercentOfTheDraws() throws {
        let comparison = try Fixture.compare(
            [try Fixture.agency("a", 90, 50), try Fixture.agency("b", 50, 88), try Fixture.agency("c", 10, 10)],
            ComparisonOptions(sensitivity: SensitivityOptions(draws: 500, range: 0.9, seed: 3)))
        #expect(comparison.summary.hasRobustness)
        for standing in comparison.standings {
            let robustness = try #require(standing.robustness)
            #expect(standing.rankRange == robustness.p5Rank...robustness.p95Rank)
        }
        // c is last under any weights; a and b trade places.
        #expect(comparison.standings.first { $0.agency.id == "c" }?.rankRange == 3...3)
        #expect(comparison.standings.first { $0.agency.id == "a" }?.rankRange == 1...2)
    }

    @Test func qualityTrackSampleCountsBandsFlagsAndExclusions() throws {
        let comparison = try SampleCycleTests.cycle("criteria/quality-track.xml", "samples/quality-track/")
        let summary = comparison.summary
        #expect(summary.bandCounts.count == comparison.framework.bands.count)
        #expect(summary.bandCounts.reduce(0, +) == comparison.standings.filter { $0.card.band != nil }.count)
        #expect(summary.flagCount == comparison.standings.map(\.card.flags.count).reduce(0, +))
        #expect(summary.flagged.allSatisfy { !comparison.standings[$0].card.flags.isEmpty })
        #expect(summary.exclusionCount == 1)
        #expect(summary.rankedCount == 9 && summary.unrankedCount == 1)
        #expect(summary.podium.map { comparison.standings[$0].rank } == [1, 2, 3])
    }
}
