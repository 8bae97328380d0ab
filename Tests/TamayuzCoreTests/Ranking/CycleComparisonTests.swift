import Testing
import TamayuzCore
import TamayuzTestSupport

/// Ranking, tie-breaks, normalisation, cycles and rank robustness over small hand-worked tables.
@Suite struct CycleComparisonTests {
    // Two areas: quality (weight 1) with q1, service (weight 1) with s1; tie-break on service.
    static let framework = try! Fixtures.framework("""
        <area id="quality"><title xml:lang="en">Quality</title><title xml:lang="ar">الجودة</title>
          <indicator id="q1"><title xml:lang="en">q1</title><title xml:lang="ar">q1</title><percentage/></indicator></area>
        <area id="service"><title xml:lang="en">Service</title><title xml:lang="ar">الخدمة</title>
          <indicator id="s1"><title xml:lang="en">s1</title><title xml:lang="ar">s1</title><percentage/></indicator></area>
        <rules><rule id="no_service" effect="ineligible" when="s1 == 0"><message xml:lang="en">No service</message><message xml:lang="ar">لا خدمة</message></rule></rules>
        <ranking><tie-break node="service"/></ranking>
        """)

    static func agency(_ id: String, _ q: Double, _ s: Double) throws -> Assessment {
        try Fixtures.assessment("<answer indicator=\"q1\" value=\"\(q)\"/><answer indicator=\"s1\" value=\"\(s)\"/>", framework: framework, agency: id, file: "\(id).xml")
    }

    static func compare(_ assessments: [Assessment], _ options: ComparisonOptions = ComparisonOptions()) throws -> CycleComparison {
        let scorer = Scorer(framework: framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: options)
    }

    static func ranks(_ comparison: CycleComparison) -> [String: Int?] {
        Dictionary(uniqueKeysWithValues: comparison.standings.map { ($0.agency.id, $0.rank) })
    }

    @Test func competitionRankingWithTieBreakAndRemainingTie() throws {
        // totals: a (90+70)/2 = 80; b (70+90)/2 = 80; c (80+80)/2 = 80; d (60+60)/2 = 60; e (50+50)/2 = 50.
        // a, b, c tie at 80; service breaks it: b 0.9 > c 0.8 > a 0.7 → b 1, c 2, a 3; d 4; e 5.
        let comparison = try Self.compare([
            try Self.agency("a", 90, 70), try Self.agency("b", 70, 90), try Self.agency("c", 80, 80),
            try Self.agency("d", 60, 60), try Self.agency("e", 50, 50),
        ])
        #expect(Self.ranks(comparison) == ["a": 3, "b": 1, "c": 2, "d": 4, "e": 5])
        #expect(comparison.standings.map(\.agency.id) == ["b", "c", "a", "d", "e"])
        #expect(comparison.standings[0].tieBrokenBy == 0)
        #expect(comparison.remainingTies.isEmpty)
    }

    @Test func tieThatNoRuleBreaksIsSharedAndReported() throws {
        // p and q: 80 and 80 with the same service score → both 1st, next is 3rd (1-1-3).
        let comparison = try Self.compare([try Self.agency("p", 80, 80), try Self.agency("q", 80, 80), try Self.agency("r", 10, 70)])
        #expect(Self.ranks(comparison) == ["p": 1, "q": 1, "r": 3])
        #expect(comparison.remainingTies == [["p", "q"]])
    }

    @Test func ineligibleAgenciesAreListedApartWithTheirScore() throws {
        let comparison = try Self.compare([try Self.agency("a", 100, 0), try Self.agency("b", 40, 40)])
        // a totals 50 but is ineligible (s1 = 0): b ranks 1st, a is listed after with no rank.
        #expect(Self.ranks(comparison) == ["a": nil, "b": 1])
        #expect(comparison.standings.map(\.agency.id) == ["b", "a"])
        #expect(comparison.standings[1].card.total == 50)
    }

    @Test(arguments: [
        // q1 across agencies: 20, 40, 100; s1: 50, 50, 90.
        // minmax: q1 → 0, 0.25, 1; s1 → 0, 0, 1: totals (0+0)/2, (0.25+0)/2, (1+1)/2 → 0, 12.5, 100
        (Normalisation.minmax, [0.0, 12.5, 100.0]),
        // percentile (mid-rank: share below + half the ties among the others): q1 → 0, 0.5, 1;
        // s1 → 50 has one other equal: (0 + 0.5·1)/2 = 0.25, 0.25, 90 → 1: totals 12.5, 37.5, 100
        (Normalisation.percentile, [12.5, 37.5, 100.0]),
    ])
    func normalisationAcrossAgencies(normalisation: Normalisation, totals: [Double]) throws {
        let comparison = try Self.compare(
            [try Self.agency("a", 20, 50), try Self.agency("b", 40, 50), try Self.agency("c", 100, 90)],
            ComparisonOptions(normalisation: normalisation))
        let byID = Dictionary(uniqueKeysWithValues: comparison.standings.map { ($0.agency.id, $0.card.total) })
        #expect(close(byID["a"]!, totals[0]))
        #expect(close(byID["b"]!, totals[1]))
        #expect(close(byID["c"]!, totals[2]))
    }

    @Test func previousCycleGivesRankChangesAndFlagsNewcomers() throws {
        let previous = PreviousCycle(frameworkID: "t", frameworkVersion: "1", entries: [
            "a": .init(rank: 1, total: 90), "b": .init(rank: 3, total: 60),
        ], source: "previous.json")
        let comparison = try Self.compare(
            [try Self.agency("a", 50, 50), try Self.agency("b", 90, 90), try Self.agency("n", 70, 70)],
            ComparisonOptions(previous: previous))
        let byID = Dictionary(uniqueKeysWithValues: comparison.standings.map { ($0.agency.id, $0) })
        // b: 3rd → 1st: +2; a: 1st → 3rd: −2; n is new.
        #expect(byID["b"]?.rankChange == 2)
        #expect(byID["a"]?.rankChange == -2)
        #expect(byID["n"]?.isNew == true)
        #expect(byID["n"]?.rankChange == nil)
        #expect(comparison.warnings.isEmpty)
    }

    @Test func previousResultsFromOtherCriteriaWarn() throws {
        let previous = PreviousCycle(frameworkID: "t", frameworkVersion: "0.9", entries: [:], source: "old.json")
        let comparison = try Self.compare([try Self.agency("a", 50, 50)], ComparisonOptions(previous: previous))
        #expect(comparison.warnings == [.previousCriteriaDiffer(
            source: "old.json", previousCriteria: "t", previousVersion: "0.9", criteria: "t", version: "1")])
        #expect(comparison.warnings[0].description.contains("version 0.9"))
        #expect(comparison.warnings[0].description.contains("rank changes compare different criteria"))
    }

    @Test func clearLeaderIsFirstInEveryDraw() throws {
        let options = ComparisonOptions(sensitivity: SensitivityOptions(draws: 2000, range: 0.2, seed: 7))
        let comparison = try Self.compare(
            [try Self.agency("lead", 95, 95), try Self.agency("m1", 60, 40), try Self.agency("m2", 40, 60)], options)
        let leader = try #require(comparison.standings.first { $0.agency.id == "lead" }?.robustness)
        #expect(leader.shareFirst == 1)
        #expect(leader.medianRank == 1)
        #expect(leader.p95Rank == 1)
        // m1 and m2 swap places as the weights move: each is 2nd or 3rd, never 1st.
        let m1 = try #require(comparison.standings.first { $0.agency.id == "m1" }?.robustness)
        #expect(m1.shareFirst == 0)
        #expect(m1.bestRank == 2 && m1.worstRank == 3)
        // Same seed, same numbers.
        let again = try Self.compare(
            [try Self.agency("lead", 95, 95), try Self.agency("m1", 60, 40), try Self.agency("m2", 40, 60)], options)
        #expect(again.standings.map(\.robustness) == comparison.standings.map(\.robustness))
    }
}
