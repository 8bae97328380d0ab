import Testing
import TamayuzCore
import TamayuzTestSupport

/// One framework with every answered kind, scored by hand.
@Suite struct IndicatorKindTests {
    static let criteria = Fixtures.maturityScale + """
        <area id="A" weight="3"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
          \(Fixtures.yesNo("A1"))
          <indicator id="A2"><title xml:lang="en">A2</title><title xml:lang="ar">A2</title><ordinal scale="maturity"/></indicator>
        </area>
        <area id="B" weight="1"><title xml:lang="en">B</title><title xml:lang="ar">ب</title>
          <indicator id="B1"><title xml:lang="en">Response time</title><title xml:lang="ar">زمن الاستجابة</title>
            <number direction="lower-is-better" unit="hours" min="0"><ramp floor="72" target="4"/></number></indicator>
          <indicator id="B2"><title xml:lang="en">Satisfaction</title><title xml:lang="ar">الرضا</title><percentage/></indicator>
          <indicator id="B3"><title xml:lang="en">Open data</title><title xml:lang="ar">البيانات المفتوحة</title>
            <checklist cap="5">
              <option id="a" points="3"><label xml:lang="en">a</label><label xml:lang="ar">a</label></option>
              <option id="b" points="2"><label xml:lang="en">b</label><label xml:lang="ar">b</label></option>
              <option id="c" points="2"><label xml:lang="en">c</label><label xml:lang="ar">c</label></option>
            </checklist></indicator>
          <indicator id="B4"><title xml:lang="en">Availability</title><title xml:lang="ar">الإتاحة</title>
            <percentage><threshold at="99.9" score="1"/><threshold at="99.5" score="0.8"/><threshold at="99" score="0.6"/><threshold at="95" score="0.3"/></percentage></indicator>
        </area>
        """

    @Test func everyKindScoredByHand() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, """
            <answer indicator="A1" value="yes"/>
            <answer indicator="A2" value="interactive"/>
            <answer indicator="B1" value="38"/>
            <answer indicator="B2" value="80"/>
            <answer indicator="B3" value="a c"/>
            <answer indicator="B4" value="99.6"/>
            """)
        // A1 yes → 1; A2 interactive → 0.5; A = (1 + 0.5) / 2 = 0.75
        #expect(card.score("A1", in: framework) == 1)
        #expect(card.score("A2", in: framework) == 0.5)
        #expect(card.score("A", in: framework) == 0.75)
        // B1: ramp 72 → 4 hours, 38 h: (38 − 72) / (4 − 72) = 34 / 68 = 0.5
        #expect(card.score("B1", in: framework) == 0.5)
        // B2: 80 % → 0.8
        #expect(close(card.score("B2", in: framework), 0.8))
        // B3: a (3) + c (2) = 5 points, cap 5 → 1
        #expect(card.score("B3", in: framework) == 1)
        // B4: 99.6 ≥ 99.5 but < 99.9 → 0.8
        #expect(card.score("B4", in: framework) == 0.8)
        // B = (0.5 + 0.8 + 1 + 0.8) / 4 = 3.1 / 4 = 0.775
        #expect(close(card.score("B", in: framework), 0.775))
        // total = (3 × 0.75 + 1 × 0.775) / 4 × 100 = (2.25 + 0.775) / 4 × 100 = 75.625 → 75.6
        #expect(close(card.total, 75.625))
        #expect(card.displayTotal == 75.6)
        // weights renormalised among counted siblings: A 3/4, B 1/4
        #expect(card.nodes[framework.nodeIndex["A"]!].weight == 0.75)
        #expect(card.nodes[framework.nodeIndex["B"]!].weight == 0.25)
        #expect(card.completeness == 1)
    }

    @Test(arguments: [
        // (hours, score): below the target is clamped to 1, beyond the floor to 0
        (2.0, 1.0), (4.0, 1.0), (21.0, 0.75), (72.0, 0.0), (100.0, 0.0),
    ])
    func lowerIsBetterRampClamps(hours: Double, expected: Double) throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, "<answer indicator=\"B1\" value=\"\(hours)\"/>")
        // 21 h: (21 − 72) / (4 − 72) = 51 / 68 = 0.75
        #expect(close(card.score("B1", in: framework), expected))
    }

    @Test(arguments: [
        ("none", 0.0), ("a", 0.6), ("b c", 0.8), ("a b", 1.0), ("a b c", 1.0),
    ])
    func checklistPointsAreCapped(ticked: String, expected: Double) throws {
        // points / cap 5: a = 3/5 = 0.6; b + c = 4/5 = 0.8; a + b = 5/5; a + b + c = 7 capped at 5
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, "<answer indicator=\"B3\" value=\"\(ticked)\"/>")
        #expect(close(card.score("B3", in: framework), expected))
    }

    @Test(arguments: [(100.0, 1.0), (99.9, 1.0), (99.0, 0.6), (96.0, 0.3), (94.9, 0.0)])
    func thresholdsTakeTheHighestReached(availability: Double, expected: Double) throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, "<answer indicator=\"B4\" value=\"\(availability)\"/>")
        #expect(card.score("B4", in: framework) == expected)
    }
}
