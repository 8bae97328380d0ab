import Foundation
import Testing
import TamayuzCore
import TamayuzFormats
@testable import TamayuzReports

/// Small comparisons for the HTML renderer's tests, built the way the tool builds them: criteria
/// and assessments loaded from XML, scored, judged and compared.
///
/// The cycle: five agencies, three evaluators (one excluded from Jeddah for a conflict of
/// interest), one agency scored on its self-assessment only, a tie that no rule breaks, and an
/// ineligible agency. Totals by hand (areas: services weight 2, access weight 1; services =
/// (maturity + 2 × online share) / 3, maturity = (level + payment) / 2; access = (WCAG + checklist
/// points / 4) / 2, capped at 50 % without WCAG):
///
/// | agency | total | rank |
/// |---|---|---|
/// | ag1 Makkah (ev1, ev2) | 85.6 | 1 |
/// | ag5 Madinah (self only) | 72.2 | 2 |
/// | ag2 Jeddah (ev1, ev3; ev2 excluded) | 39.2 | =3 |
/// | ag3 Taif (ev1) | 39.2 | =3 |
/// | ag4 Qunfudhah (ev3) | 7.2 | ineligible |
enum HTMLFixtures {
    /// Texts an attacker could place in an input, each of which must come out escaped.
    static let hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</style><b>x</b>", "'onmouseover='alert(1)"]

    static func criteria(hostile: Bool = false) -> String {
        let accessTitle = hostile ? xml(Self.hostile[1]) : "Accessibility"
        let capMessage = hostile ? xml(Self.hostile[2]) : "No WCAG 2.1 AA conformance"
        let evidence = hostile ? xml(Self.hostile[3]) : "An accessibility audit report"
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <framework xmlns="urn:tamayuz:criteria:1" id="forum" version="2013.1" cycle="1435" scale-max="100" precision="1">
          <title xml:lang="en">Excellence in e-Government Transactions</title>
          <title xml:lang="ar">التميز في التعاملات الإلكترونية الحكومية</title>
          <description xml:lang="en">Criteria of the Makkah forum, 1435 AH.</description>
          <description xml:lang="ar">معايير ملتقى مكة المكرمة ١٤٣٥هـ.</description>
          <scales>
            <scale id="maturity">
              <title xml:lang="en">E-service maturity</title><title xml:lang="ar">نضج الخدمة الإلكترونية</title>
              <level id="informational" score="0.25"><label xml:lang="en">Informational</label><label xml:lang="ar">معلوماتية</label>
                <descriptor xml:lang="en">Information about the service is published.</descriptor><descriptor xml:lang="ar">تُنشر معلومات عن الخدمة.</descriptor></level>
              <level id="interactive" score="0.5"><label xml:lang="en">Interactive</label><label xml:lang="ar">تفاعلية</label>
                <descriptor xml:lang="en">Forms can be downloaded and questions asked.</descriptor><descriptor xml:lang="ar">يمكن تنزيل النماذج وطرح الأسئلة.</descriptor></level>
              <level id="transactional" score="0.75"><label xml:lang="en">Transactional</label><label xml:lang="ar">تعاملية</label>
                <descriptor xml:lang="en">The service is completed online.</descriptor><descriptor xml:lang="ar">تُنجز الخدمة عبر الإنترنت.</descriptor></level>
              <level id="integrated" score="1"><label xml:lang="en">Integrated</label><label xml:lang="ar">تكاملية</label>
                <descriptor xml:lang="en">The service is joined up with other agencies.</descriptor><descriptor xml:lang="ar">تتكامل الخدمة مع الجهات الأخرى.</descriptor></level>
            </scale>
          </scales>
          <area id="services" weight="2">
            <title xml:lang="en">E-services</title><title xml:lang="ar">الخدمات الإلكترونية</title>
            <criterion id="c11" weight="1">
              <title xml:lang="en">Service maturity</title><title xml:lang="ar">نضج الخدمات</title>
              <indicator id="i1" weight="1">
                <title xml:lang="en">Maturity of the main service</title><title xml:lang="ar">نضج الخدمة الرئيسة</title>
                <ordinal scale="maturity"/>
              </indicator>
              <indicator id="i2" weight="1">
                <title xml:lang="en">Online payment</title><title xml:lang="ar">السداد الإلكتروني</title>
                <yes-no/>
              </indicator>
            </criterion>
            <indicator id="i3" weight="2">
              <title xml:lang="en">Share of transactions completed online</title><title xml:lang="ar">نسبة المعاملات المنجزة إلكترونيًا</title>
              <percentage/>
            </indicator>
          </area>
          <area id="access" weight="1">
            <title xml:lang="en">\(accessTitle)</title><title xml:lang="ar">\(hostile ? accessTitle : "إتاحة الوصول")</title>
            <indicator id="i4" weight="1">
              <title xml:lang="en">WCAG 2.1 AA conformance</title><title xml:lang="ar">المطابقة لإرشادات WCAG 2.1 AA</title>
              <yes-no/>
              <evidence policy="required"><description xml:lang="en">\(evidence)</description><description xml:lang="ar">\(hostile ? evidence : "تقرير تدقيق لإتاحة الوصول")</description></evidence>
            </indicator>
            <indicator id="i5" weight="1">
              <title xml:lang="en">Channels offered</title><title xml:lang="ar">القنوات المتاحة</title>
              <checklist cap="4">
                <option id="ar" points="1"><label xml:lang="en">Arabic interface</label><label xml:lang="ar">واجهة عربية</label></option>
                <option id="en" points="1"><label xml:lang="en">English interface</label><label xml:lang="ar">واجهة إنجليزية</label></option>
                <option id="mobile" points="2"><label xml:lang="en">Mobile application</label><label xml:lang="ar">تطبيق للجوال</label></option>
              </checklist>
            </indicator>
          </area>
          <rules>
            <rule id="wcag_cap" effect="cap" target="access" value="0.5" when="not i4">
              <message xml:lang="en">\(capMessage)</message><message xml:lang="ar">\(hostile ? capMessage : "لا مطابقة لإرشادات WCAG 2.1 AA")</message>
            </rule>
            <rule id="services_gate" effect="ineligible" when="score(services) &lt; 0.3">
              <message xml:lang="en">E-services score below 30 %</message><message xml:lang="ar">درجة الخدمات الإلكترونية أقل من 30 ٪</message>
            </rule>
            <rule id="no_mobile" effect="flag" when="not has(i5, &quot;mobile&quot;)">
              <message xml:lang="en">No mobile application</message><message xml:lang="ar">لا يوجد تطبيق للجوال</message>
            </rule>
          </rules>
          <profiles>
            <profile id="municipal" agency-kinds="municipality">
              <title xml:lang="en">Municipalities</title><title xml:lang="ar">الأمانات والبلديات</title>
            </profile>
          </profiles>
          <bands>
            <band id="innovative" min="80"><label xml:lang="en">Innovative</label><label xml:lang="ar">مبتكر</label></band>
            <band id="advanced" min="60"><label xml:lang="en">Advanced</label><label xml:lang="ar">متقدم</label></band>
            <band id="available" min="40"><label xml:lang="en">Available</label><label xml:lang="ar">متاح</label></band>
            <band id="developing" min="20"><label xml:lang="en">Developing</label><label xml:lang="ar">نامٍ</label></band>
            <band id="beginning" min="0"><label xml:lang="en">Beginning</label><label xml:lang="ar">مبتدئ</label></band>
          </bands>
          <ranking><tie-break node="services"/></ranking>
        </framework>
        """
    }

    /// One answer: (indicator, value, evidence title).
    typealias Answer = (indicator: String, value: String, evidence: String?)

    static func assessment(
        agency: String, english: String, arabic: String, kind: String, assessor: String, assessorName: String = "",
        assessorArabic: String = "", affiliation: String? = nil, answers: [Answer]
    ) -> String {
        let role = assessor == "self" ? "role=\"self\"" : "role=\"evaluator\" id=\"\(assessor)\""
        let affiliated = affiliation.map { " affiliation=\"\($0)\"" } ?? ""
        let name = (assessorName.isEmpty ? "" : "<name xml:lang=\"en\">\(xml(assessorName))</name>")
            + (assessorArabic.isEmpty ? "" : "<name xml:lang=\"ar\">\(xml(assessorArabic))</name>")
        let body = answers.map { answer in
            let evidence = answer.evidence.map { "<evidence title=\"\(xml($0))\" ref=\"doc-\(answer.indicator)\"/>" } ?? ""
            return "  <answer indicator=\"\(answer.indicator)\" value=\"\(answer.value)\">\(evidence)<comment>\(xml(hostileComment))</comment></answer>"
        }.joined(separator: "\n")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessment xmlns="urn:tamayuz:assessment:1" framework="forum" framework-version="2013.1" cycle="1435">
          <agency id="\(agency)" kind="\(kind)"><name xml:lang="en">\(xml(english))</name><name xml:lang="ar">\(xml(arabic))</name></agency>
          <assessor \(role)\(affiliated)>\(name)</assessor>
        \(body)
        </assessment>
        """
    }

    private static let hostileComment = "<script>alert('comment')</script>"

    /// The five-agency cycle, optionally with hostile texts in names, titles and messages.
    static func comparison(
        hostile: Bool = false, sensitivity: Bool = true, previous: Bool = true, evaluatorTwo: String = "Evaluator Two"
    ) throws -> CycleComparison {
        let (framework, _) = try CriteriaLoader.load(bytes: Array(criteria(hostile: hostile).utf8), fileName: "forum.xml")
        let makkah = hostile ? Self.hostile[0] : "Makkah Municipality"
        let evaluatorOne = hostile ? Self.hostile[1] : "Evaluator One"
        let full: [Answer] = [("i1", "integrated", nil), ("i2", "yes", nil), ("i3", "100", nil), ("i4", "yes", "Audit 2013"), ("i5", "ar en mobile", nil)]
        let jeddah: [Answer] = [("i1", "transactional", nil), ("i2", "no", nil), ("i3", "60", nil), ("i4", "no", nil), ("i5", "ar", nil)]
        let documents: [(String, String)] = [
            ("ag1-self.xml", assessment(agency: "ag1", english: makkah, arabic: hostile ? makkah : "أمانة العاصمة المقدسة", kind: "municipality", assessor: "self", answers: full)),
            ("ag1-ev1.xml", assessment(
                agency: "ag1", english: makkah, arabic: hostile ? makkah : "أمانة العاصمة المقدسة", kind: "municipality", assessor: "ev1",
                assessorName: evaluatorOne, assessorArabic: hostile ? evaluatorOne : "المقيّم الأول",
                answers: [("i1", "integrated", nil), ("i2", "yes", nil), ("i3", "90", nil), ("i4", "yes", hostile ? Self.hostile[0] : "Audit 2013"), ("i5", "ar en mobile", nil)])),
            ("ag1-ev2.xml", assessment(
                agency: "ag1", english: makkah, arabic: hostile ? makkah : "أمانة العاصمة المقدسة", kind: "municipality", assessor: "ev2",
                assessorName: evaluatorTwo, assessorArabic: "المقيّم الثاني", affiliation: "ag2",
                answers: [("i1", "transactional", nil), ("i2", "yes", nil), ("i3", "70", nil), ("i4", "yes", "Audit 2013"), ("i5", "ar en", nil)])),
            ("ag2-ev1.xml", assessment(agency: "ag2", english: "Jeddah Municipality", arabic: "أمانة محافظة جدة", kind: "municipality", assessor: "ev1", assessorName: evaluatorOne, assessorArabic: hostile ? evaluatorOne : "المقيّم الأول", answers: jeddah)),
            ("ag2-ev2.xml", assessment(
                agency: "ag2", english: "Jeddah Municipality", arabic: "أمانة محافظة جدة", kind: "municipality", assessor: "ev2",
                assessorName: evaluatorTwo, assessorArabic: "المقيّم الثاني", affiliation: "ag2", answers: full)),
            ("ag2-ev3.xml", assessment(agency: "ag2", english: "Jeddah Municipality", arabic: "أمانة محافظة جدة", kind: "municipality", assessor: "ev3", assessorName: "Evaluator Three", assessorArabic: "المقيّم الثالث", answers: jeddah)),
            ("ag3-ev1.xml", assessment(agency: "ag3", english: "Taif Municipality", arabic: "أمانة محافظة الطائف", kind: "municipality", assessor: "ev1", assessorName: evaluatorOne, assessorArabic: hostile ? evaluatorOne : "المقيّم الأول", answers: jeddah)),
            ("ag4-ev3.xml", assessment(
                agency: "ag4", english: "Qunfudhah Municipality", arabic: "بلدية القنفذة", kind: "municipality", assessor: "ev3", assessorName: "Evaluator Three", assessorArabic: "المقيّم الثالث",
                answers: [("i1", "informational", nil), ("i2", "no", nil), ("i3", "10", nil), ("i4", "yes", nil)])),
            ("ag5-self.xml", assessment(
                agency: "ag5", english: "Madinah Development Authority", arabic: "هيئة تطوير المدينة المنورة", kind: "authority", assessor: "self",
                answers: [("i1", "interactive", nil), ("i2", "yes", nil), ("i3", "50", nil), ("i4", "yes", "Audit 2013"), ("i5", "ar en mobile", nil)])),
        ]
        var assessments: [Assessment] = []
        for (name, text) in documents {
            assessments.append(try AssessmentLoader.load(bytes: Array(text.utf8), fileName: name, framework: framework).0)
        }
        let scorer = Scorer(framework: framework)
        let juryOptions = JuryOptions()
        let outcome = try Jury(scorer: scorer, options: juryOptions).judge(try AgencyAssessments.group(assessments), profile: nil)
        let previousCycle = PreviousCycle(
            frameworkID: "forum", frameworkVersion: "2012.1",
            entries: ["ag1": .init(rank: 2, total: 70), "ag2": .init(rank: 1, total: 75), "ag3": .init(rank: 3, total: 40)],
            source: "results-1434.json")
        return try Comparison.compare(
            outcome, scorer: scorer, jury: juryOptions,
            options: ComparisonOptions(
                previous: previous ? previousCycle : nil, sensitivity: sensitivity ? SensitivityOptions(draws: 200) : nil))
    }

    /// Improvement plans for every agency of a comparison.
    static func plans(_ comparison: CycleComparison) throws -> [String: ImprovementPlan] {
        let scorer = Scorer(framework: comparison.framework)
        var plans: [String: ImprovementPlan] = [:]
        for standing in comparison.standings {
            plans[standing.agency.id] = try scorer.improvementPlan(for: standing.card, profile: standing.verdict.profile)
        }
        return plans
    }

    static func render(_ comparison: CycleComparison, language: Language = .en, date: ReportDate? = ReportDate(year: 2013, month: 12, day: 8), indic: Bool = false, plans: [String: ImprovementPlan] = [:]) -> String {
        HTMLRenderer().render(comparison, options: ReportOptions(language: language, digits: indic ? .arabicIndic : .western, date: date, plans: plans, planLimit: 3))
    }

    static func xml(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    // MARK: Reading the output

    /// The text between the first `start` and the next `end` after it, or "".
    static func slice(_ html: String, from start: String, to end: String) -> Substring {
        guard let lower = html.range(of: start), let upper = html.range(of: end, range: lower.upperBound..<html.endIndex) else { return "" }
        return html[lower.lowerBound..<upper.upperBound]
    }

    /// How many times `needle` occurs in `haystack`.
    static func count(_ needle: String, in haystack: some StringProtocol) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    /// The text content of a fragment (tags removed, the five escapes undone).
    static func visibleText(_ html: some StringProtocol) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
