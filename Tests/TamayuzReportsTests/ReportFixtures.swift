import TamayuzCore
import TamayuzFormats
import TamayuzReports
import TamayuzTestSupport

/// A small criteria framework and assessments whose scores are worked out by hand in the
/// comments, loaded through the real loaders and scored by the real engine.
///
/// Framework `demo` 2013.1, scale 0–100, precision 1:
/// - UC (weight 3 → 0.75): UC.1 yes/no (1), UC.2 maturity ordinal (2; evidence required, capped
///   at 0.4 without it), UC.3 percentage (1).
/// - TE (weight 1 → 0.25): TE.1 checklist web 2 / app 2 / sms 1, cap 4 (1); TE.2 response days,
///   lower is better, ≤2 → 1, ≤5 → 0.5, may be not applicable (1).
/// - Rules: R_gate caps UC at 0.5 without a catalogue (`not UC.1`); R_share flags an online share
///   below 90; R_channels makes an agency with no channel ineligible (`TE.1 < 1`).
/// - Bands: advanced ≥ 70, available ≥ 40, beginning ≥ 0. Tie-break: UC.
enum ReportFixtures {
    static let criteria = """
        <framework xmlns="urn:tamayuz:criteria:1" id="demo" version="2013.1" cycle="2013" scale-max="100" precision="1">
          <title xml:lang="en">Demo criteria</title><title xml:lang="ar">معايير تجريبية</title>
          \(Fixtures.maturityScale)
          <area id="UC" weight="3">
            <title xml:lang="en">User centricity</title><title xml:lang="ar">التركيز على المستفيد</title>
            <indicator id="UC.1" weight="1">
              <title xml:lang="en">Service catalogue</title><title xml:lang="ar">دليل الخدمات</title><yes-no/>
            </indicator>
            <indicator id="UC.2" weight="2">
              <title xml:lang="en">Service maturity</title><title xml:lang="ar">نضج الخدمة</title>
              <ordinal scale="maturity"/>
              <evidence policy="required" when-missing="cap" cap="0.4">
                <description xml:lang="en">a screenshot of a completed transaction</description>
                <description xml:lang="ar">صورة شاشة لمعاملة مكتملة</description>
              </evidence>
            </indicator>
            <indicator id="UC.3" weight="1">
              <title xml:lang="en">Online share</title><title xml:lang="ar">نسبة الخدمات الإلكترونية</title><percentage/>
            </indicator>
          </area>
          <area id="TE" weight="1">
            <title xml:lang="en">Technology</title><title xml:lang="ar">التقنية</title>
            <indicator id="TE.1" weight="1">
              <title xml:lang="en">Channels</title><title xml:lang="ar">القنوات</title>
              <checklist cap="4">
                <option id="web" points="2"><label xml:lang="en">Web portal</label><label xml:lang="ar">البوابة</label></option>
                <option id="app" points="2"><label xml:lang="en">Mobile app</label><label xml:lang="ar">التطبيق</label></option>
                <option id="sms" points="1"><label xml:lang="en">SMS</label><label xml:lang="ar">الرسائل</label></option>
              </checklist>
            </indicator>
            <indicator id="TE.2" weight="1" not-applicable="allowed">
              <title xml:lang="en">Response time</title><title xml:lang="ar">زمن الاستجابة</title>
              <number direction="lower-is-better" unit="days"><threshold at="2" score="1"/><threshold at="5" score="0.5"/></number>
            </indicator>
          </area>
          <rules>
            <rule id="R_gate" effect="cap" target="UC" value="0.5" when="not UC.1">
              <message xml:lang="en">No service catalogue</message><message xml:lang="ar">لا يوجد دليل خدمات</message>
            </rule>
            <rule id="R_share" effect="flag" when="UC.3 &lt; 90">
              <message xml:lang="en">Online share below 90%</message><message xml:lang="ar">نسبة الخدمات الإلكترونية دون ٩٠٪</message>
            </rule>
            <rule id="R_channels" effect="ineligible" when="TE.1 &lt; 1">
              <message xml:lang="en">no service channel</message><message xml:lang="ar">لا توجد قناة خدمة</message>
            </rule>
          </rules>
          <bands>
            <band id="advanced" min="70"><label xml:lang="en">Advanced</label><label xml:lang="ar">متقدم</label></band>
            <band id="available" min="40"><label xml:lang="en">Available</label><label xml:lang="ar">متاح</label></band>
            <band id="beginning" min="0"><label xml:lang="en">Beginning</label><label xml:lang="ar">مبتدئ</label></band>
          </bands>
          <ranking><tie-break node="UC"/></ranking>
        </framework>
        """

    static func framework() throws -> Framework {
        try CriteriaLoader.load(bytes: Array(criteria.utf8), fileName: "demo.xml").0
    }

    /// An assessment of `agency` (names in English and Arabic) with the given answers.
    static func assessment(
        _ framework: Framework, agency: String, en: String, ar: String, kind: String? = nil,
        assessor: String = #"<assessor role="self"/>"#, answers: String
    ) throws -> Assessment {
        try Fixtures.assessment(
            answers, framework: framework, agency: agency, kind: kind, assessor: assessor,
            file: "\(agency)-\(assessor.contains("evaluator") ? "eval" : "self").xml",
            names: #"<name xml:lang="en">\#(en)</name><name xml:lang="ar">\#(ar)</name>"#)
    }

    static let evidence = #"<evidence title="Screenshot" ref="shot.png"/>"#

    /// A1 (self): UC = (1·1 + 2·0.5 + 1·0.6) / 4 = 0.65; TE = (1 + 0.5) / 2 = 0.75;
    /// total = (3·0.65 + 0.75) / 4 = 0.675 → 67.5, band available; R_share flags (60 < 90).
    static let a1Answers = """
        <answer indicator="UC.1" value="yes"/>
        <answer indicator="UC.2" value="interactive">\(evidence)</answer>
        <answer indicator="UC.3" value="60"/>
        <answer indicator="TE.1" value="web app"/>
        <answer indicator="TE.2" value="3"/>
        """

    /// A2 (self): UC.1 no, UC.2 transactional without evidence → capped at 0.4, UC.3
    /// unanswered → 0: UC = (0 + 2·0.4 + 0) / 4 = 0.2, R_gate fires (cap 0.5, already met);
    /// TE.2 not applicable so TE = TE.1 = 1/4 = 0.25; total = (3·0.2 + 0.25) / 4 = 0.2125 →
    /// 21.25 → 21.3, band beginning; completeness 3/4.
    static let a2Answers = """
        <answer indicator="UC.1" value="no"/>
        <answer indicator="UC.2" value="transactional"/>
        <answer indicator="TE.1" value="sms"/>
        <answer indicator="TE.2" not-applicable="true"><justification>No counter service</justification></answer>
        """

    /// A3 (self): UC = (1 + 2·1 + 1) / 4 = 1; TE = (0 + 1) / 2 = 0.5; total = (3 + 0.5) / 4 =
    /// 0.875 → 87.5, advanced, but no channel ticked: ineligible (R_channels).
    static let a3Answers = """
        <answer indicator="UC.1" value="yes"/>
        <answer indicator="UC.2" value="integrated">\(evidence)</answer>
        <answer indicator="UC.3" value="100"/>
        <answer indicator="TE.1" value="none"/>
        <answer indicator="TE.2" value="1"/>
        """

    /// The name of A3, written to test formula neutralisation and quoting in CSV.
    static let hostileName = #"=HYPERLINK("http://x.example","a,b")"#

    /// A1 (Arabic name), A2 and A3 self-assessed and ranked; `previous` gives A1 rank 2 and A2
    /// rank 1 in the last cycle.
    static func selfRanking(
        previous: Bool = false, extra: [(String, String, String, String)] = [], normalisation: Normalisation = .none,
        sensitivity: SensitivityOptions? = nil
    ) throws -> CycleComparison {
        let framework = try framework()
        var assessments = [
            try assessment(framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية", kind: "ministry", answers: a1Answers),
            try assessment(framework, agency: "A2", en: "Makkah Municipality", ar: "أمانة العاصمة المقدسة", kind: "municipality", answers: a2Answers),
            try assessment(framework, agency: "A3", en: hostileName, ar: hostileName, answers: a3Answers),
        ]
        for (id, en, ar, answers) in extra {
            assessments.append(try assessment(framework, agency: id, en: en, ar: ar, answers: answers))
        }
        let scorer = Scorer(framework: framework)
        let jury = JuryOptions()
        let outcome = try Jury(scorer: scorer, options: jury).judge(try AgencyAssessments.group(assessments), profile: nil)
        let before = previous
            ? PreviousCycle(
                frameworkID: "demo", frameworkVersion: "2013.1",
                entries: ["A1": .init(rank: 2, total: 60.2), "A2": .init(rank: 1, total: 64)], source: "previous.json")
            : nil
        return try Comparison.compare(
            outcome, scorer: scorer, jury: jury,
            options: ComparisonOptions(normalisation: normalisation, previous: before, sensitivity: sensitivity))
    }

    /// Evaluator E1 on A1: UC = (1 + 2·0.75 + 0.5) / 4 = 0.75, TE = (0.5 + 1) / 2 = 0.75,
    /// total 75.
    static let e1Answers = """
        <answer indicator="UC.1" value="yes"/>
        <answer indicator="UC.2" value="transactional">\(evidence)</answer>
        <answer indicator="UC.3" value="50"/>
        <answer indicator="TE.1" value="web"/>
        <answer indicator="TE.2" value="2"/>
        """

    /// Evaluator E2 on A1: UC = (1 + 2·0.5 + 0.7) / 4 = 0.675, TE = (1 + 0) / 2 = 0.5,
    /// total = (3·0.675 + 0.5) / 4 = 0.63125 → 63.1.
    static let e2Answers = """
        <answer indicator="UC.1" value="yes"/>
        <answer indicator="UC.2" value="interactive">\(evidence)</answer>
        <answer indicator="UC.3" value="70"/>
        <answer indicator="TE.1" value="web app"/>
        <answer indicator="TE.2" value="6"/>
        """

    static func evaluator(_ id: String, affiliation: String? = nil) -> String {
        #"<assessor role="evaluator" id="\#(id)"\#(affiliation.map { " affiliation=\"\($0)\"" } ?? "")><name xml:lang="en">\#(id)</name></assessor>"#
    }

    /// A1 judged by E1 and E2 (E3, affiliated with A1, excluded), with its self-assessment.
    /// Jury means per indicator: UC.1 1, UC.2 0.625, UC.3 0.6, TE.1 0.75, TE.2 0.5;
    /// UC = (1 + 1.25 + 0.6) / 4 = 0.7125, TE = 0.625, total = (3·0.7125 + 0.625) / 4 =
    /// 0.690625 → 69.1 (available).
    static func juryComparison() throws -> CycleComparison {
        let framework = try framework()
        let assessments = [
            try assessment(framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية", answers: a1Answers),
            try assessment(framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية", assessor: evaluator("E1"), answers: e1Answers),
            try assessment(framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية", assessor: evaluator("E2"), answers: e2Answers),
            try assessment(framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية", assessor: evaluator("E3", affiliation: "A1"), answers: a1Answers),
        ]
        let scorer = Scorer(framework: framework)
        let jury = JuryOptions()
        let outcome = try Jury(scorer: scorer, options: jury).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: jury, options: ComparisonOptions())
    }
}

extension String {
    /// The lines of a report, without the final empty one.
    var reportLines: [String] {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
