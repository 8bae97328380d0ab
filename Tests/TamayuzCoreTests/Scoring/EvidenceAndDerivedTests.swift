import Testing
import TamayuzCore
import TamayuzTestSupport

@Suite struct EvidenceAndDerivedTests {
    static let criteria = """
        <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
          <indicator id="policy"><title xml:lang="en">Privacy policy</title><title xml:lang="ar">سياسة الخصوصية</title><yes-no/>
            <evidence policy="required"/></indicator>
          <indicator id="charter"><title xml:lang="en">Service charter</title><title xml:lang="ar">ميثاق الخدمة</title><percentage/>
            <evidence policy="required" when-missing="cap" cap="0.5"/></indicator>
        </area>
        """

    @Test func missingRequiredEvidenceScoresZeroOrCaps() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, """
            <answer indicator="policy" value="yes"/>
            <answer indicator="charter" value="90"/>
            """)
        // policy: yes (1) but no evidence → 0; charter: 0.9 capped at 0.5 → 0.5; A = 0.25
        #expect(card.score("policy", in: framework) == 0)
        #expect(card.score("charter", in: framework) == 0.5)
        #expect(card.total == 25)
        #expect(card.missingEvidence == [framework.nodeIndex["policy"]!, framework.nodeIndex["charter"]!])
    }

    @Test func citedEvidenceKeepsTheScore() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, """
            <answer indicator="policy" value="yes"><evidence title="Policy page" ref="https://example.gov/privacy"/></answer>
            <answer indicator="charter" value="40"><evidence title="Charter PDF"/></answer>
            """)
        // 1 and 0.4 (below the cap anyway) → (1 + 0.4) / 2 = 0.7
        #expect(close(card.total, 70))
        #expect(card.missingEvidence.isEmpty)
    }

    @Test func anAnswerThatScoresNothingNeedsNoEvidence() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, #"<answer indicator="policy" value="no"/><answer indicator="charter" value="0"/>"#)
        // "no" and 0 % claim nothing: no evidence is missing, and both score 0.
        #expect(card.missingEvidence.isEmpty)
        #expect(card.total == 0)
    }

    static let derivedCriteria = """
        <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
          <indicator id="online" weight="0"><title xml:lang="en">Online</title><title xml:lang="ar">إلكترونية</title><number min="0"><ramp floor="0" target="100"/></number></indicator>
          <indicator id="all" weight="0"><title xml:lang="en">All</title><title xml:lang="ar">الكل</title><number min="0"><ramp floor="0" target="100"/></number></indicator>
          <indicator id="share"><title xml:lang="en">Share online</title><title xml:lang="ar">النسبة</title>
            <derived expression="online / all * 100" unit="%"><ramp floor="0" target="100"/></derived></indicator>
        </area>
        """

    @Test func derivedIndicatorIsComputedFromAnswers() throws {
        let framework = try Fixtures.framework(Self.derivedCriteria)
        let card = try Fixtures.score(framework, #"<answer indicator="online" value="13"/><answer indicator="all" value="19"/>"#)
        // share = 13 / 19 × 100 = 68.421…; ramp 0–100 → 0.68421; weights 0, 0, 1 → total 68.4
        #expect(close(card.derivedValues[framework.nodeIndex["share"]!]!, 1300.0 / 19.0))
        #expect(close(card.total, 1300.0 / 19.0))
        #expect(card.displayTotal == 68.4)
    }

    @Test func divisionByZeroIsALocatedError() throws {
        let framework = try Fixtures.framework(Self.derivedCriteria)
        #expect {
            _ = try Fixtures.score(framework, #"<answer indicator="online" value="0"/><answer indicator="all" value="0"/>"#)
        } throws: { error in
            let message = (error as? ScoringError)?.diagnostic.message ?? ""
            return message.contains("derived indicator 'share'") && message.contains("division by zero")
                && (error as? ScoringError)?.diagnostic.location.file == "a.xml"
        }
    }

    @Test func derivedWithAMissingInputIsUnanswered() throws {
        let framework = try Fixtures.framework(Self.derivedCriteria)
        let card = try Fixtures.score(framework, #"<answer indicator="online" value="13"/>"#)
        // 'all' missing → share missing → scored 0 and reported
        #expect(card.derivedValues.isEmpty)
        #expect(card.unanswered.contains(framework.nodeIndex["share"]!))
        #expect(card.total == 0)
    }
}
