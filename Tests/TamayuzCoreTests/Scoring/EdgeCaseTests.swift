import Foundation
import Testing
import TamayuzCore
import TamayuzTestSupport

/// Cases found in review: binary noise at thresholds, document order, profiles, the jury's
/// agency kind.
@Suite struct EdgeCaseTests {
    @Test func derivedValueOnAThresholdReachesIt() throws {
        // 29 / 100 × 100 is 28.999999999999996 in binary; it must count as 29 and reach the
        // threshold at 29 (score 1), as a person computing it would expect.
        let framework = try Fixtures.framework("""
            <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
              <indicator id="on" weight="0"><title xml:lang="en">on</title><title xml:lang="ar">on</title><number><ramp floor="0" target="100"/></number></indicator>
              <indicator id="all" weight="0"><title xml:lang="en">all</title><title xml:lang="ar">all</title><number><ramp floor="0" target="100"/></number></indicator>
              <indicator id="share"><title xml:lang="en">share</title><title xml:lang="ar">share</title>
                <derived expression="on / all * 100"><threshold at="0" score="0"/><threshold at="29" score="1"/></derived></indicator>
            </area>
            """)
        let card = try Fixtures.score(framework, #"<answer indicator="on" value="29"/><answer indicator="all" value="100"/>"#)
        #expect(card.derivedValues[framework.nodeIndex["share"]!] == 29)
        #expect(card.total == 100)
    }

    @Test func ruleOnAMeanThatEqualsItsThresholdFires() throws {
        // Three answers of 70 %: the mean is 0.7 (not 0.6999999999999998), so score(A) >= 0.7 holds.
        let framework = try Fixtures.framework("""
            <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
              \((1...3).map { "<indicator id=\"p\($0)\"><title xml:lang=\"en\">p</title><title xml:lang=\"ar\">p</title><percentage/></indicator>" }.joined())
            </area>
            <rules><rule id="good" effect="flag" when="score(A) &gt;= 0.7"><message xml:lang="en">m</message><message xml:lang="ar">m</message></rule></rules>
            """)
        let card = try Fixtures.score(framework, (1...3).map { "<answer indicator=\"p\($0)\" value=\"70\"/>" }.joined())
        #expect(card.score("A", in: framework) == 0.7)
        #expect(card.flags.count == 1)
    }

    @Test func documentOrderDoesNotChangeTheTotal() throws {
        // B's condition reads a1, which the profile leaves out; whether area A comes before or
        // after B in the file, a1 reads as missing, so B stays applicable (missing → applicable).
        func criteria(_ first: String, _ second: String) -> String {
            first + second + """
                <profiles><profile id="p" agency-kinds="k"><title xml:lang="en">p</title><title xml:lang="ar">p</title><exclude node="a1"/></profile></profiles>
                """
        }
        let a = "<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>\(Fixtures.yesNo("a1"))\(Fixtures.yesNo("a2"))</area>"
        let b = "<area id=\"B\"><title xml:lang=\"en\">B</title><title xml:lang=\"ar\">ب</title><indicator id=\"b1\" applicable-when=\"not a1\"><title xml:lang=\"en\">b1</title><title xml:lang=\"ar\">b1</title><yes-no/></indicator></area>"
        let answers = #"<answer indicator="a1" value="yes"/><answer indicator="a2" value="yes"/><answer indicator="b1" value="no"/>"#
        let first = try Fixtures.framework(criteria(a, b))
        let second = try Fixtures.framework(criteria(b, a))
        // A = a2 = 1, B = b1 = 0 → 50 either way.
        #expect(try Fixtures.score(first, answers, kind: "k").total == 50)
        #expect(try Fixtures.score(second, answers, kind: "k").total == 50)
    }

    @Test func levelOfAnExcludedIndicatorIsMissing() throws {
        let framework = try Fixtures.framework(Fixtures.maturityScale + """
            <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>\(Fixtures.yesNo("a1"))
              <indicator id="m"><title xml:lang="en">m</title><title xml:lang="ar">m</title><ordinal scale="maturity"/></indicator></area>
            <rules><rule id="low" effect="ineligible" when="level(m) &lt; 2"><message xml:lang="en">m</message><message xml:lang="ar">m</message></rule></rules>
            <profiles><profile id="p" agency-kinds="k"><title xml:lang="en">p</title><title xml:lang="ar">p</title><exclude node="m"/></profile></profiles>
            """)
        let card = try Fixtures.score(framework, #"<answer indicator="a1" value="yes"/><answer indicator="m" value="informational"/>"#, kind: "k")
        #expect(card.isEligible)
    }

    @Test func profileThatLeavesNothingIsRefused() {
        let errors = Fixtures.criteriaErrors("""
            <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>\(Fixtures.yesNo("a1"))</area>
            <profiles><profile id="p"><title xml:lang="en">p</title><title xml:lang="ar">p</title><exclude node="A"/></profile></profiles>
            """)
        #expect(errors.contains { $0.message.contains("profile 'p' leaves nothing to score under 'total'") })
    }

    @Test func oneAgencyHasOneKindAcrossItsFiles() throws {
        let framework = try Fixtures.framework("<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>\(Fixtures.yesNo("a1"))</area>")
        let first = try Fixtures.assessment(#"<answer indicator="a1" value="yes"/>"#, framework: framework, agency: "x", kind: "municipality", file: "x-self.xml")
        let second = try Fixtures.assessment(
            #"<answer indicator="a1" value="yes"/>"#, framework: framework, agency: "x", kind: "ministry",
            assessor: #"<assessor role="evaluator" id="e1"/>"#, file: "x-e1.xml")
        #expect {
            _ = try AgencyAssessments.group([first, second])
        } throws: { error in
            (error as? DiagnosticError)?.errors.first?.message.contains("agency 'x' is of kind 'ministry' here but 'municipality'") == true
        }
    }

    @Test func evaluatorsWithoutAKindAreScoredWithTheAgencysProfile() throws {
        let framework = try Fixtures.framework(ProfileBandPointsTests.criteria)
        let own = try Fixtures.assessment(ProfileBandPointsTests.answers, framework: framework, agency: "x", kind: "ministry", file: "x-self.xml")
        let evaluation = try Fixtures.assessment(
            ProfileBandPointsTests.answers, framework: framework, agency: "x",
            assessor: #"<assessor role="evaluator" id="e1"/>"#, file: "x-e1.xml")
        let outcome = try Jury(scorer: Scorer(framework: framework), options: JuryOptions())
            .judge(try AgencyAssessments.group([evaluation, own]), profile: nil)
        // The evaluator's file names no kind; the agency is a ministry: local excluded → 66.7.
        #expect(outcome.verdicts[0].profile?.id == "ministry")
        #expect(outcome.verdicts[0].card.displayTotal == 66.7)
    }
}
