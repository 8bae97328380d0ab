import Testing
import TamayuzCore
import TamayuzTestSupport

@Suite struct ImprovementPlanTests {
    @Test func planIsRescoredByTheEngineAndHonoursTheGate() throws {
        let framework = try Fixtures.framework(RuleTests.criteria(RuleTests.rule("gate", "cap", "not wcag_aa", target: "access", value: 0.5)))
        let scorer = Scorer(framework: framework)
        let card = try Fixtures.score(framework, RuleTests.answers)
        let plan = try scorer.improvementPlan(for: card, profile: nil)
        // Baseline 68.75 (access capped at 0.5). wcag_aa → yes lifts the cap and the raw score:
        // access 1, total (1 + 0.875) / 2 = 93.75: gain 25.
        // maturity transactional → integrated: services (1 + 1) / 2 = 1: total (0.5 + 1) / 2 = 75: gain 6.25.
        let first = try #require(plan.steps.first)
        #expect(framework.nodes[first.indicator].id == "wcag_aa")
        #expect(close(first.gain, 25))
        #expect(close(first.newTotal, 93.75))
        let second = try #require(plan.steps.dropFirst().first)
        #expect(framework.nodes[second.indicator].id == "maturity")
        #expect(close(second.gain, 6.25))
        #expect(plan.steps.count == 2)
    }

    @Test func quickWinsComeFirst() throws {
        let framework = try Fixtures.framework(EvidenceAndDerivedTests.criteria)
        let scorer = Scorer(framework: framework)
        let card = try Fixtures.score(framework, #"<answer indicator="policy" value="yes"/><answer indicator="charter" value="40"/>"#)
        let plan = try scorer.improvementPlan(for: card, profile: nil)
        // baseline: policy 0 (no evidence), charter 0.4 (under the cap) → 20.
        // supply policy evidence: (1 + 0.4) / 2 = 70: gain 50 — a quick win, first.
        // Alone: charter 40 → 70 (halfway to 100), evidence with it: (0 + 0.7) / 2 = 35: gain 15
        // for effort 2 (a level and the evidence); charter → 100 with evidence: (0 + 1) / 2 = 50:
        // gain 30 for effort 3 (two levels, a continuous scale, and the evidence).
        let candidates = plan.candidates.map { (framework.nodes[$0.indicator].id, $0.gain, $0.effort) }
        #expect(candidates.count == 3)
        #expect(candidates[1].0 == "charter" && close(candidates[1].1, 15) && candidates[1].2 == 2)
        #expect(candidates[2].0 == "charter" && close(candidates[2].1, 30) && candidates[2].2 == 3)
        // The path: policy's evidence (70), then the charter's next level (1 + 0.7) / 2 = 85,
        // then its best (100): the level before the best although the best gains more per effort.
        let steps = plan.steps.map { (framework.nodes[$0.indicator].id, $0.gain, $0.newTotal) }
        #expect(steps.count == 3)
        #expect(steps[0].0 == "policy" && close(steps[0].1, 50) && close(steps[0].2, 70))
        #expect(plan.steps[0].change == .supplyEvidence)
        // the charter's own evidence is missing too (capped at 0.5, 0.4 is under it: no gain) — not listed
        #expect(steps[1].0 == "charter" && close(steps[1].1, 15) && close(steps[1].2, 85))
        #expect(steps[2].0 == "charter" && close(steps[2].1, 15) && close(steps[2].2, 100))
        #expect(plan.steps[1].effort == 2 && plan.steps[2].effort == 2)
    }
}
