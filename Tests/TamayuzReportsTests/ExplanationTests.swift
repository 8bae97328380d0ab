import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzReports

@Suite struct ExplanationTests {
    func trace(_ comparison: CycleComparison, _ agency: String, language: Language = .en) -> [String] {
        let standing = comparison.standings.first { $0.agency.id == agency }!
        return ExplanationText(comparison: comparison, language: language).lines(for: standing)
    }

    /// A1: UC.1 yes (weight 1/4), UC.2 interactive 0.5 (weight 2/4), UC.3 60 % → 0.6 (1/4):
    /// UC = 0.25 + 0.25 + 0.15 = 0.65; its contribution 0.75 × 0.65 = 0.4875 → 48.75 points.
    /// TE.1 web + app = 4 of cap 4 → 1, TE.2 3 days → 0.5: TE = 0.75 → 0.1875 → 18.75 points.
    /// 48.75 + 18.75 = 67.5.
    @Test func traceOfASelfAssessment() throws {
        let lines = trace(try ReportFixtures.selfRanking(), "A1")
        #expect(lines == [
            "A1  Ministry of Interior: total 67.5 / 100",
            "  UC  User centricity",
            "    UC.1  yes/no  answer: yes → 1.000 × weight 0.250 = 0.250 of UC",
            "    UC.2  ordinal  answer: Interactive → 0.500 × weight 0.500 = 0.250 of UC",
            "    UC.3  percentage  answer: 60% (ramp 0 → 100) → 0.600 × weight 0.250 = 0.150 of UC",
            "  UC = 0.650 (weighted mean of 3) × weight 0.750 = 0.488 of total = 48.75 points of the total",
            "  TE  Technology",
            "    TE.1  checklist  answer: web, app (4 / cap 4) → 1.000 × weight 0.500 = 0.500 of TE",
            "    TE.2  number  answer: 3 days (≤2: 1, ≤5: 0.5) → 0.500 × weight 0.500 = 0.250 of TE",
            "  TE = 0.750 (weighted mean of 2) × weight 0.250 = 0.188 of total = 18.75 points of the total",
            "total = 0.675 (weighted mean of 2)",
            "total: 0.675 × 100 = 67.5 → 67.5",
            "band Available (from 40)",
            "rule R_share (flag): Online share below 90%",
        ])
    }

    /// A2: UC.2 transactional 0.75 capped at 0.4 (no evidence), UC.3 unanswered → 0, R_gate
    /// fires on UC (0.2 is already under 0.5); TE.2 not applicable so TE.1 weighs 1:
    /// total = 0.75 × 0.2 + 0.25 × 0.25 = 0.2125 → 21.25 → 21.3.
    @Test func traceWithEvidenceCapUnansweredRuleAndNotApplicable() throws {
        let lines = trace(try ReportFixtures.selfRanking(), "A2")
        #expect(lines == [
            "A2  Makkah Municipality: total 21.3 / 100",
            "  UC  User centricity",
            "    UC.1  yes/no  answer: no → 0.000 × weight 0.250 = 0.000 of UC",
            "    UC.2  ordinal  answer: Transactional, missing required evidence → capped at 0.40 → 0.400 × weight 0.500 = 0.200 of UC",
            "    UC.3  percentage  unanswered → scored 0 × weight 0.250 = 0.000 of UC",
            "  UC = 0.200 (weighted mean of 3)",
            "    rule R_gate (cap 0.50) on UC: 0.200 → 0.200",
            "  UC: 0.200 × weight 0.750 = 0.150 of total = 15.0 points of the total",
            "  TE  Technology",
            "    TE.1  checklist  answer: sms (1 / cap 4) → 0.250 × weight 1.000 = 0.250 of TE",
            "    TE.2  number  not applicable (answered so)",
            "  TE = 0.250 (weighted mean of 1) × weight 0.250 = 0.063 of total = 6.25 points of the total",
            "total = 0.213 (weighted mean of 2)",
            "total: 0.2125 × 100 = 21.25 → 21.3",
            "band Beginning (from 0)",
        ])
    }

    /// The jury's scores are the means of E1's and E2's indicator scores: UC.2 (0.75 + 0.5) / 2
    /// = 0.625, TE.1 (0.5 + 1) / 2 = 0.75, TE.2 (1 + 0) / 2 = 0.5; the answer shown is the
    /// evaluators' consensus (the lower median level, the median number).
    @Test func traceOfAJuryScore() throws {
        let lines = trace(try ReportFixtures.juryComparison(), "A1")
        #expect(lines.contains("    UC.2  ordinal  evaluators' consensus answer: Interactive, jury mean of the evaluators' scores → 0.625 × weight 0.500 = 0.313 of UC"))
        #expect(lines.contains("    TE.2  number  evaluators' consensus answer: 4 days, jury mean of the evaluators' scores → 0.500 × weight 0.500 = 0.250 of TE"))
        #expect(lines.contains("  UC = 0.713 (weighted mean of 3) × weight 0.750 = 0.534 of total = 53.438 points of the total"))
        #expect(lines.contains("total: 0.690625 × 100 = 69.0625 → 69.1"))
    }

    /// Min–max across A1, A2, A3 re-scores with normalised indicator scores; the trace says so.
    @Test func traceOfNormalisedScores() throws {
        let lines = trace(try ReportFixtures.selfRanking(normalisation: .minmax), "A2")
        // UC.1: A1 1, A2 0, A3 1 → A2 stays 0; UC.2 capped 0.4 among 0.5 and 1 → 0.
        #expect(lines.contains("    UC.1  yes/no  answer: no, normalised (minmax) across agencies → 0.000 × weight 0.250 = 0.000 of UC"))
        #expect(lines.contains("    UC.2  ordinal  answer: Transactional, normalised (minmax) across agencies, missing required evidence (already counted in the score) → 0.000 × weight 0.500 = 0.000 of UC"))
    }

    /// Derived values, applicability conditions and profile exclusions.
    static let statusCriteria = """
        <framework xmlns="urn:tamayuz:criteria:1" id="st" version="1" precision="0">
          <title xml:lang="en">Statuses</title><title xml:lang="ar">حالات</title>
          <area id="S" weight="1"><title xml:lang="en">Services</title><title xml:lang="ar">الخدمات</title>
            <indicator id="S.all" weight="1"><title xml:lang="en">Transactions</title><title xml:lang="ar">المعاملات</title>
              <number min="0"><ramp floor="0" target="1000"/></number></indicator>
            <indicator id="S.online" weight="1"><title xml:lang="en">Online</title><title xml:lang="ar">الإلكترونية</title>
              <number min="0"><ramp floor="0" target="1000"/></number></indicator>
            <indicator id="S.share" weight="2"><title xml:lang="en">Online share</title><title xml:lang="ar">النسبة</title>
              <derived expression="S.online / S.all"><ramp floor="0" target="1"/></derived></indicator>
            <indicator id="S.fee" weight="1" applicable-when="S.all &gt; 500"><title xml:lang="en">Fee waiver</title><title xml:lang="ar">الإعفاء</title>
              <yes-no/></indicator>
          </area>
          <area id="G" weight="1"><title xml:lang="en">GIS</title><title xml:lang="ar">المعلومات الجغرافية</title>
            <indicator id="G.1" weight="1"><title xml:lang="en">Map</title><title xml:lang="ar">خريطة</title><yes-no/></indicator>
          </area>
          <rules><rule id="R_bonus" effect="bonus" target="S.online" value="0.2" when="S.online &gt; 200">
            <message xml:lang="en">Online volume bonus</message><message xml:lang="ar">مكافأة</message></rule></rules>
          <profiles><profile id="small" agency-kinds="village"><title xml:lang="en">Small</title><title xml:lang="ar">صغيرة</title><exclude node="G"/></profile></profiles>
        </framework>
        """

    /// S.all 400 → 0.4, S.online 300 → 0.3 plus R_bonus 0.2 (more than 200 online) → 0.5,
    /// S.share = 300 / 400 = 0.75; S.fee needs S.all > 500: not applicable; G excluded by the
    /// village profile. S = (0.4 + 0.5 + 2·0.75) / 4 = 0.6; total 60. Without S.online the share
    /// cannot be computed and the bonus does not fire: S = (0.4 + 0 + 0) / 4 = 0.1.
    @Test func traceOfDerivedConditionAndProfile() throws {
        let framework = try CriteriaLoader.load(bytes: Array(Self.statusCriteria.utf8), fileName: "st.xml").0
        let scorer = Scorer(framework: framework)
        func card(_ answers: String) throws -> ScoreCard {
            let xml = """
                <assessment xmlns="urn:tamayuz:assessment:1" framework="st" framework-version="1">
                  <agency id="V1" kind="village"><name xml:lang="en">Village</name></agency><assessor role="self"/>
                \(answers)
                </assessment>
                """
            let assessment = try AssessmentLoader.load(bytes: Array(xml.utf8), fileName: "v.xml", framework: framework).0
            return try scorer.score(assessment, profile: try scorer.profile(requested: nil, for: assessment))
        }
        let full = try card(#"<answer indicator="S.all" value="400"/><answer indicator="S.online" value="300"/>"#)
        let partial = try card(#"<answer indicator="S.all" value="400"/>"#)
        let comparison = CycleComparison.unranked([full, partial], profiles: [framework.profile("small"), framework.profile("small")], framework: framework)
        let explanation = ExplanationText(comparison: comparison, language: .en)
        #expect(explanation.lines(for: comparison.standings[0]) == [
            "V1  Village: total 60 / 100  (profile small)",
            "  S  Services",
            "    S.all  number  answer: 400 (ramp 0 → 1000) → 0.400 × weight 0.250 = 0.100 of S",
            "    S.online  number  answer: 300 (ramp 0 → 1000) → 0.300",
            "      rule R_bonus (bonus 0.20) on S.online: 0.300 → 0.500",
            "    S.online: 0.500 × weight 0.250 = 0.125 of S",
            "    S.share  derived  value = S.online / S.all = 0.75 (ramp 0 → 1) → 0.750 × weight 0.500 = 0.375 of S",
            "    S.fee  yes/no  not applicable: applicable-when S.all > 500 is false",
            "  S = 0.600 (weighted mean of 3) × weight 1.000 = 0.600 of total = 60 points of the total",
            "  G  GIS  excluded by profile small",
            "total = 0.600 (weighted mean of 1)",
            "total: 0.6 × 100 = 60 → 60",
        ])
        let second = explanation.lines(for: comparison.standings[1])
        #expect(second.contains("    S.online  number  unanswered → scored 0 × weight 0.250 = 0.000 of S"))
        #expect(second.contains("    S.share  derived  value = S.online / S.all cannot be computed (an input is unanswered) → 0.000 × weight 0.500 = 0.000 of S"))
        #expect(second.contains("total: 0.1 × 100 = 10 → 10"))
    }

    @Test func tableAppendsTheTraceWhenAsked() throws {
        let comparison = try ReportFixtures.selfRanking()
        let text = TableRenderer().render(comparison, options: ReportOptions(explain: true))
        #expect(text.contains("\n\nA2  Makkah Municipality: total 21.3 / 100\n  UC  User centricity\n"))
        #expect(!TableRenderer().render(comparison, options: ReportOptions()).contains("weighted mean"))
    }

    @Test func arabicTrace() throws {
        let lines = trace(try ReportFixtures.selfRanking(), "A2", language: .ar)
        #expect(lines[0] == "A2  أمانة العاصمة المقدسة: المجموع 21.3 / 100")
        // The kind and the rule's effect in Arabic too.
        #expect(lines.contains("    UC.3  نسبة مئوية  دون إجابة ← تُحتسب 0 × الوزن 0.250 = 0.000 من UC"))
        #expect(lines.contains("    القاعدة R_gate (سقف 0.50) على UC: 0.200 ← 0.200"))
    }
}
