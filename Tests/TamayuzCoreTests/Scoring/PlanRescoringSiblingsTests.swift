import Foundation
import Testing
@testable import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// A node with hundreds of children is summed pairwise (`ChildSums`), so that the improvement
/// plan re-adds only a changed child's ancestors in the sum tree, not all its siblings: the plan
/// must still be the plan re-scored in full, bit for bit, and the totals the weighted means.
@Suite struct PlanRescoringSiblingsTests {
    typealias Plans = PlanRescoringTests

    /// 264 sibling indicators of every answered kind (weights 1 to 3, "not applicable" allowed
    /// on some, evidence required on some) under one criterion, a small area beside it, rules
    /// on the large criterion and on the total.
    static let manySiblings: String = {
        let kinds = [Plans.yesNo, Plans.maturity, Plans.availability, Plans.channels]
        let siblings = (0..<264).map { index in
            Plans.indicator(
                "s\(index)",
                kinds[index % kinds.count] + (index % 5 == 0 ? #"<evidence policy="required" when-missing="zero"/>"# : ""),
                weight: Double(1 + index % 3), index % 7 == 0 ? Plans.na : "")
        }
        return Fixtures.maturityScale + [
            Plans.group("area", "A", weight: 2, "", [Plans.group("criterion", "A.1", "", siblings)]),
            Plans.group("area", "B", "", [Plans.indicator("b1", Plans.yesNo), Plans.indicator("b2", Plans.availability)]),
            "<rules>",
            RuleTests.rule("many_cap", "cap", "score(A.1) < 0.4", target: "A.1", value: 0.3),
            RuleTests.rule("strong_a", "bonus", "score(A) >= 0.6", value: 0.05),
            RuleTests.rule("weak_a", "flag", "score(A.1) < 0.2"),
            "</rules>",
        ].joined(separator: "\n")
    }()

    @Test(arguments: [#"missing-answers="zero""#, #"missing-answers="exclude""#])
    func plansOverManySiblingsAreThePlansRescoredInFull(_ attributes: String) throws {
        let framework = try Fixtures.framework(Self.manySiblings, attributes: attributes)
        #expect(framework.nodes[framework.nodeIndex["A.1"]!].children.count >= ChildSums.pairwiseThreshold)
        let scorer = Scorer(framework: framework)
        #expect(scorer.planScope.alongPath[framework.nodeIndex["s1"]!], "the siblings take the path")
        #expect(Plans.expectSamePlansOnRandomSheets(framework, seed: 2026, sheets: 4) > 30)
    }

    @Test func pairwiseSumsAreTheWeightedMean() throws {
        let framework = try Fixtures.framework(Self.manySiblings)
        var sheet = AnswerSheet(nodeCount: framework.nodes.count)
        for index in framework.indicators where framework.nodes[index].id.hasPrefix("s") {
            if case .yesNo = framework.nodes[index].indicator!.kind { sheet.values[index] = .yesNo(true) }
            sheet.evidence[index] = true
        }
        let card = try Scorer(framework: framework).score(
            sheet: sheet, agency: Agency(id: "a", name: LocalizedText()), assessors: [Assessor(role: .self, id: "a")], profile: nil,
            sources: [])
        // 66 yes/no siblings answered yes (weights 1, 2, 3 in turn: 22 each) of 264 (88 each).
        let criterion = card.nodes[framework.nodeIndex["A.1"]!]
        #expect(abs(criterion.raw - 132.0 / 528.0) < 1e-12, "\(criterion.raw)")
    }
}
