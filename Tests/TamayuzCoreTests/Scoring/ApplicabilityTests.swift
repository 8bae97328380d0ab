import Testing
import TamayuzCore
import TamayuzTestSupport

@Suite struct ApplicabilityTests {
    /// The EU eGovernment Benchmark's example: 13 services fully online of 20, one not relevant
    /// → 13 / 19 = 68.42 %.
    @Test func euBenchmarkNotRelevantServiceLeavesTheDenominator() throws {
        let indicators = (1...20).map { Fixtures.yesNo("S\($0)", extra: "not-applicable=\"allowed\"") }.joined(separator: "\n")
        let framework = try Fixtures.framework("<area id=\"services\"><title xml:lang=\"en\">Services</title><title xml:lang=\"ar\">الخدمات</title>\(indicators)</area>")
        var answers = (1...13).map { "<answer indicator=\"S\($0)\" value=\"yes\"/>" }
        answers += (14...19).map { "<answer indicator=\"S\($0)\" value=\"no\"/>" }
        answers.append(#"<answer indicator="S20" not-applicable="true"><justification>Not offered by this agency</justification></answer>"#)
        let card = try Fixtures.score(framework, answers.joined(separator: "\n"))
        // 13 / 19 = 0.684210… → 68.4 on a 0–100 scale
        #expect(close(card.total, 1300.0 / 19.0))
        #expect(card.displayTotal == 68.4)
        #expect(card.status("S20", in: framework) == .notApplicable)
        // each counted sibling weighs 1/19
        #expect(close(card.nodes[framework.nodeIndex["S1"]!].weight, 1.0 / 19.0))
        // completeness counts applicable indicators only: 19 of 19
        #expect(card.completeness == 1)
    }

    @Test func nodeWhoseChildrenAreAllNotApplicableIsNotApplicable() throws {
        let framework = try Fixtures.framework("""
            <area id="A" weight="1"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
              \(Fixtures.yesNo("A1", extra: "not-applicable=\"allowed\""))
            </area>
            <area id="B" weight="3"><title xml:lang="en">B</title><title xml:lang="ar">ب</title>\(Fixtures.yesNo("B1"))</area>
            """)
        let card = try Fixtures.score(framework, """
            <answer indicator="A1" not-applicable="true"><justification>No counters</justification></answer>
            <answer indicator="B1" value="yes"/>
            """)
        // A drops out; B carries the whole weight: total = 1 × 100
        #expect(card.status("A", in: framework) == .notApplicable)
        #expect(card.nodes[framework.nodeIndex["B"]!].weight == 1)
        #expect(card.total == 100)
    }

    @Test func applicableWhenExpressionDropsANode() throws {
        let framework = try Fixtures.framework("""
            <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
              \(Fixtures.yesNo("maps"))
              <indicator id="layers" applicable-when="maps"><title xml:lang="en">Layers</title><title xml:lang="ar">الطبقات</title>
                <number><ramp floor="0" target="10"/></number></indicator>
            </area>
            """)
        // maps = no → layers not applicable → A = maps only = 0
        let without = try Fixtures.score(framework, #"<answer indicator="maps" value="no"/><answer indicator="layers" value="5"/>"#)
        #expect(without.status("layers", in: framework) == .notApplicable)
        #expect(without.total == 0)
        // maps = yes → layers 5 of 10 → 0.5; A = (1 + 0.5) / 2 = 0.75
        let with = try Fixtures.score(framework, #"<answer indicator="maps" value="yes"/><answer indicator="layers" value="5"/>"#)
        #expect(with.total == 75)
    }

    @Test func missingAnswersScoreZeroAndAreReported() throws {
        let framework = try Fixtures.framework("<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>\(Fixtures.yesNo("A1"))\(Fixtures.yesNo("A2"))\(Fixtures.yesNo("A3"))\(Fixtures.yesNo("A4"))</area>")
        let card = try Fixtures.score(framework, #"<answer indicator="A1" value="yes"/><answer indicator="A2" value="yes"/><answer indicator="A3" value="yes"/>"#)
        // default policy: A4 unanswered scores 0 → 3 / 4 = 75; completeness 3 / 4
        #expect(card.total == 75)
        #expect(card.unanswered == [framework.nodeIndex["A4"]!])
        #expect(card.completeness == 0.75)
    }

    @Test func missingAnswersCanBeExcludedInstead() throws {
        let framework = try Fixtures.framework(
            "<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>\(Fixtures.yesNo("A1"))\(Fixtures.yesNo("A2"))\(Fixtures.yesNo("A3"))\(Fixtures.yesNo("A4"))</area>",
            attributes: #"missing-answers="exclude""#)
        let card = try Fixtures.score(framework, #"<answer indicator="A1" value="yes"/><answer indicator="A2" value="yes"/><answer indicator="A3" value="no"/>"#)
        // A4 left out: 2 / 3 = 66.67 → 66.7; still reported, completeness 3 / 4
        #expect(close(card.total, 200.0 / 3.0))
        #expect(card.displayTotal == 66.7)
        #expect(card.status("A4", in: framework) == .missing)
        #expect(card.unanswered == [framework.nodeIndex["A4"]!])
        #expect(card.completeness == 0.75)
    }
}
