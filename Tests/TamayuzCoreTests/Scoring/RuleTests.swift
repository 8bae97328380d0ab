import Foundation
import Testing
import TamayuzCore
import TamayuzTestSupport

@Suite struct RuleTests {
    static func criteria(_ rules: String) -> String {
        Fixtures.maturityScale + """
            <area id="access" weight="1"><title xml:lang="en">Accessibility</title><title xml:lang="ar">الإتاحة</title>
              \(Fixtures.yesNo("wcag_aa"))\(Fixtures.yesNo("alt_text"))\(Fixtures.yesNo("keyboard"))\(Fixtures.yesNo("captions"))
            </area>
            <area id="services" weight="1"><title xml:lang="en">Services</title><title xml:lang="ar">الخدمات</title>
              <indicator id="maturity"><title xml:lang="en">Maturity</title><title xml:lang="ar">النضج</title><ordinal scale="maturity"/></indicator>
              \(Fixtures.yesNo("privacy"))
            </area>
            <rules>\(rules)</rules>
            """
    }

    static func rule(_ id: String, _ effect: String, _ when: String, target: String? = nil, value: Double? = nil) -> String {
        "<rule id=\"\(id)\" effect=\"\(effect)\" when=\"\(when.replacingOccurrences(of: "<", with: "&lt;"))\"" + (target.map { " target=\"\($0)\"" } ?? "") + (value.map { " value=\"\($0)\"" } ?? "")
            + "><message xml:lang=\"en\">\(id)</message><message xml:lang=\"ar\">\(id)</message></rule>"
    }

    // access: wcag_aa no, others yes → 3/4 = 0.75; services: transactional 0.75 and privacy yes 1 → 0.875
    static let answers = """
        <answer indicator="wcag_aa" value="no"/><answer indicator="alt_text" value="yes"/>
        <answer indicator="keyboard" value="yes"/><answer indicator="captions" value="yes"/>
        <answer indicator="maturity" value="transactional"/><answer indicator="privacy" value="yes"/>
        """

    @Test func noRulesBaseline() throws {
        let framework = try Fixtures.framework(Self.criteria(Self.rule("never", "flag", "false")))
        let card = try Fixtures.score(framework, Self.answers)
        // (0.75 + 0.875) / 2 = 0.8125 → 81.25 → 81.3 (half away from zero)
        #expect(card.total == 81.25)
        #expect(card.displayTotal == 81.3)
        #expect(card.flags.isEmpty)
    }

    @Test func capGatesAnArea() throws {
        let framework = try Fixtures.framework(Self.criteria(Self.rule("gate", "cap", "not wcag_aa", target: "access", value: 0.5)))
        let card = try Fixtures.score(framework, Self.answers)
        // access 0.75 capped at 0.5; total (0.5 + 0.875) / 2 = 0.6875 → 68.75 → 68.8
        #expect(card.score("access", in: framework) == 0.5)
        #expect(card.nodes[framework.nodeIndex["access"]!].raw == 0.75)
        #expect(card.total == 68.75)
        #expect(card.firings == [RuleFiring(rule: 0, before: 0.75, after: 0.5)])
    }

    @Test func bonusIsBoundedAtOne() throws {
        let framework = try Fixtures.framework(Self.criteria(Self.rule("innovation", "bonus", "level(maturity) >= 3", target: "services", value: 0.2)))
        let card = try Fixtures.score(framework, Self.answers)
        // services 0.875 + 0.2 = 1.075 → kept at 1; total (0.75 + 1) / 2 = 87.5
        #expect(card.score("services", in: framework) == 1)
        #expect(card.total == 87.5)
    }

    @Test func penaltyOnTheTotalIsBoundedAtZero() throws {
        let framework = try Fixtures.framework(Self.criteria(Self.rule("late", "penalty", "score(access) < 0.8", value: 0.1)))
        let card = try Fixtures.score(framework, Self.answers)
        // total 0.8125 − 0.1 = 0.7125 → 71.25 → 71.3
        #expect(close(card.total, 71.25))
        #expect(card.displayTotal == 71.3)
    }

    @Test func rulesOnOneNodeApplyInTheOrderWritten() throws {
        // cap then bonus: min(0.75, 0.5) + 0.1 = 0.6; bonus then cap: min(0.75 + 0.1, 0.5) = 0.5
        let capFirst = try Fixtures.framework(Self.criteria(
            Self.rule("gate", "cap", "not wcag_aa", target: "access", value: 0.5) + Self.rule("extra", "bonus", "keyboard", target: "access", value: 0.1)))
        #expect(close(try Fixtures.score(capFirst, Self.answers).score("access", in: capFirst), 0.6))
        let bonusFirst = try Fixtures.framework(Self.criteria(
            Self.rule("extra", "bonus", "keyboard", target: "access", value: 0.1) + Self.rule("gate", "cap", "not wcag_aa", target: "access", value: 0.5)))
        #expect(try Fixtures.score(bonusFirst, Self.answers).score("access", in: bonusFirst) == 0.5)
    }

    @Test func nodeRulesRunBeforeTheirParentAggregates() throws {
        // The cap on access (0.5) is what the total sees; a total rule reading score(access)
        // sees the capped value: 0.5 < 0.6 fires the flag.
        let framework = try Fixtures.framework(Self.criteria(
            Self.rule("gate", "cap", "not wcag_aa", target: "access", value: 0.5) + Self.rule("watch", "flag", "score(access) < 0.6")))
        let card = try Fixtures.score(framework, Self.answers)
        #expect(card.flags.map(\.rule) == [1])
    }

    @Test func ineligibleAgencyKeepsItsScore() throws {
        let framework = try Fixtures.framework(Self.criteria(Self.rule("no_privacy", "ineligible", "not privacy")))
        let card = try Fixtures.score(framework, Self.answers.replacingOccurrences(of: #"indicator="privacy" value="yes""#, with: #"indicator="privacy" value="no""#))
        // services (0.75 + 0) / 2 = 0.375; total (0.75 + 0.375) / 2 = 56.25
        #expect(!card.isEligible)
        #expect(card.total == 56.25)
        #expect(card.ineligibility.map(\.rule) == [0])
    }

    @Test func ruleReadingAMissingAnswerDoesNotFire() throws {
        let framework = try Fixtures.framework(Self.criteria(Self.rule("no_privacy", "ineligible", "not privacy")))
        let card = try Fixtures.score(framework, #"<answer indicator="wcag_aa" value="yes"/>"#)
        #expect(card.isEligible)
    }
}
