import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct CompetitionRankingTests {
        @Test func sharedTotalsShareARankAndTheNextIsSkipped() {
            // 90 first; the two 85s share 2nd; 70 is 4th (3rd skipped).
            #expect(CompetitionRanking.rank([[90], [85], [85], [70]]) == [1, 2, 2, 4])
            // Order of input does not matter.
            #expect(CompetitionRanking.rank([[70], [85], [90], [85]]) == [4, 2, 1, 2])
            #expect(CompetitionRanking.rank([]) == [])
            #expect(CompetitionRanking.rank([[5], [5], [5]]) == [1, 1, 1])
        }

        @Test func secondKeyBreaksATieOnTheTotal() {
            // 85/3 and 85/7 tie on the total; 7 > 3, so entry 2 is 2nd and entry 1 is 3rd.
            #expect(
                CompetitionRanking.rank([[90, 1], [85, 3], [85, 7], [70, 0]]) == [1, 3, 2, 4])
            // The total dominates: a larger second key does not lift a smaller total.
            #expect(CompetitionRanking.rank([[90, 0], [89, 100]]) == [1, 2])
        }

        @Test func zeroAndNegativeZeroAreEqual() {
            #expect(CompetitionRanking.rank([[0.0], [-0.0]]) == [1, 1])
        }

        @Test func reportsWhichRuleBrokeATie() {
            // Entries 1 and 2 tie on 85; rule 0 separates them (7 > 3).
            let outcome = CompetitionRanking.rankWithTies(
                totals: [90, 85, 85, 70], tieBreaks: [[1], [3], [7], [0]])
            #expect(outcome.ranks == [1, 3, 2, 4])
            #expect(outcome.order == [0, 2, 1, 3])
            #expect(outcome.remainingTies == [])
            #expect(!outcome.hasRemainingTies)
            // Entries 0 and 3 have unique totals: no rule was needed.
            #expect(outcome.brokenBy == [1: 0, 2: 0])
        }

        @Test func reportsTheLastRuleConsulted() {
            // All three total 90. Entry 0 (5, 1) beats entry 1 (5, 0) only at rule 1; entry 1
            // beats entry 2 (3, 9) at rule 0. Entry 1's place needed rule 1 (to be told from
            // entry 0), entry 2's only rule 0.
            let outcome = CompetitionRanking.rankWithTies(
                totals: [90, 90, 90], tieBreaks: [[5, 1], [5, 0], [3, 9]])
            #expect(outcome.ranks == [1, 2, 3])
            #expect(outcome.brokenBy == [0: 1, 1: 1, 2: 0])
            #expect(outcome.remainingTies == [])
        }

        @Test func reportsTiesThatNoRuleBroke() {
            // Entries 0 and 1: 80 and rule value 5 both: still tied at rank 1. Entry 2 (80, 3)
            // is 3rd by rule 0; entry 3 (60) is 4th by its total.
            let outcome = CompetitionRanking.rankWithTies(
                totals: [80, 80, 80, 60], tieBreaks: [[5], [5], [3], [1]])
            #expect(outcome.ranks == [1, 1, 3, 4])
            #expect(outcome.remainingTies == [[0, 1]])
            #expect(outcome.hasRemainingTies)
            // The tied pair was told apart from entry 2 by rule 0, and entry 2 from them.
            #expect(outcome.brokenBy == [0: 0, 1: 0, 2: 0])
        }

        @Test func remainingTiesComeInRankOrderWithSortedIndices() {
            // 50s (entries 3, 1) share rank 1, 10s (entries 2, 0) share rank 3; no rules.
            let outcome = CompetitionRanking.rankWithTies(totals: [10, 50, 10, 50], tieBreaks: [])
            #expect(outcome.ranks == [3, 1, 3, 1])
            #expect(outcome.order == [1, 3, 0, 2])
            #expect(outcome.remainingTies == [[1, 3], [0, 2]])
            #expect(outcome.brokenBy == [:])
        }

        @Test func aTieThatNoRuleTouchesHasNoBreakingRule() {
            // Both rules equal for the two 70s: tied, and nobody else shares 70.
            let outcome = CompetitionRanking.rankWithTies(
                totals: [70, 70, 40], tieBreaks: [[1, 2], [1, 2], [0, 0]])
            #expect(outcome.ranks == [1, 1, 3])
            #expect(outcome.remainingTies == [[0, 1]])
            #expect(outcome.brokenBy == [:])
        }

        @Test func emptyAndSingleEntries() {
            let empty = CompetitionRanking.rankWithTies(totals: [], tieBreaks: [])
            #expect(empty == RankingOutcome(ranks: [], order: [], remainingTies: [], brokenBy: [:]))
            let single = CompetitionRanking.rankWithTies(totals: [42], tieBreaks: [[1]])
            #expect(
                single == RankingOutcome(ranks: [1], order: [0], remainingTies: [], brokenBy: [:]))
        }

        @Test func agreesWithTheSimpleRankOnTheFullKey() {
            // 200 entries with totals and rule values from a few levels, so ties abound.
            var generator = SeededGenerator(seed: 11)
            let totals = (0..<200).map { _ in Double(generator.next() % 5) }
            let rules = (0..<200).map { _ in
                [Double(generator.next() % 3), Double(generator.next() % 2)]
            }
            let outcome = CompetitionRanking.rankWithTies(totals: totals, tieBreaks: rules)
            #expect(outcome.ranks == CompetitionRanking.rank(zip(totals, rules).map { [$0] + $1 }))
            // Every remaining-tie group shares one rank and one full key.
            for group in outcome.remainingTies {
                #expect(Set(group.map { outcome.ranks[$0] }).count == 1)
                #expect(Set(group.map { rules[$0] }).count == 1)
            }
            #expect(outcome.order.map { outcome.ranks[$0] } == outcome.ranks.sorted())
        }
    }
}
