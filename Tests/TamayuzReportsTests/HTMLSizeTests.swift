import Foundation
import Testing
import TamayuzCore
import TamayuzFormats
@testable import TamayuzReports

/// A programme of 20 agencies × 100 indicators (two evaluators and a self-assessment each, with
/// improvement plans and rank robustness) renders under 1 MB in either language.
@Suite struct HTMLSizeTests {
    static let areas = 5, criteria = 4, indicators = 5, agencies = 20

    static func criteriaXML() -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <framework xmlns="urn:tamayuz:criteria:1" id="big" version="1" cycle="1435">
          <title xml:lang="en">Excellence in e-Government Transactions</title><title xml:lang="ar">التميز في التعاملات الإلكترونية الحكومية</title>
          <scales><scale id="maturity"><title xml:lang="en">Maturity</title><title xml:lang="ar">النضج</title>
            <level id="l1" score="0.25"><label xml:lang="en">Informational</label><label xml:lang="ar">معلوماتية</label><descriptor xml:lang="en">Information about the service is published on the portal.</descriptor><descriptor xml:lang="ar">تُنشر معلومات عن الخدمة في البوابة.</descriptor></level>
            <level id="l2" score="0.5"><label xml:lang="en">Interactive</label><label xml:lang="ar">تفاعلية</label><descriptor xml:lang="en">Forms can be downloaded and questions asked online.</descriptor><descriptor xml:lang="ar">يمكن تنزيل النماذج وطرح الأسئلة إلكترونيًا.</descriptor></level>
            <level id="l3" score="0.75"><label xml:lang="en">Transactional</label><label xml:lang="ar">تعاملية</label><descriptor xml:lang="en">The whole service is completed online.</descriptor><descriptor xml:lang="ar">تُنجز الخدمة كاملة إلكترونيًا.</descriptor></level>
            <level id="l4" score="1"><label xml:lang="en">Integrated</label><label xml:lang="ar">تكاملية</label><descriptor xml:lang="en">The service is joined up with other agencies' services.</descriptor><descriptor xml:lang="ar">تتكامل الخدمة مع خدمات الجهات الأخرى.</descriptor></level>
          </scale></scales>

        """
        for a in 1...areas {
            xml += "<area id=\"a\(a)\" weight=\"\(a)\"><title xml:lang=\"en\">Area \(a): digital service delivery</title><title xml:lang=\"ar\">المحور \(a): تقديم الخدمات الرقمية</title>\n"
            for c in 1...criteria {
                xml += "<criterion id=\"a\(a)c\(c)\"><title xml:lang=\"en\">Criterion \(a).\(c): channels and quality</title><title xml:lang=\"ar\">المعيار \(a).\(c): القنوات والجودة</title>\n"
                for i in 1...indicators {
                    let id = "a\(a)c\(c)i\(i)"
                    let kind = switch i % 3 {
                    case 0: "<ordinal scale=\"maturity\"/>"
                    case 1: "<yes-no/>"
                    default: "<percentage/>"
                    }
                    let evidence = i == 1 ? "<evidence policy=\"required\"><description xml:lang=\"en\">A screenshot or document proving it</description><description xml:lang=\"ar\">لقطة شاشة أو مستند يثبت ذلك</description></evidence>" : ""
                    xml += "<indicator id=\"\(id)\"><title xml:lang=\"en\">Indicator \(a).\(c).\(i): the service is available online</title><title xml:lang=\"ar\">المؤشر \(a).\(c).\(i): الخدمة متاحة إلكترونيًا</title>\(kind)\(evidence)</indicator>\n"
                }
                xml += "</criterion>\n"
            }
            xml += "</area>\n"
        }
        xml += """
        <rules><rule id="gate" effect="ineligible" when="score(a1) &lt; 0.2"><message xml:lang="en">Area 1 below 20 %</message><message xml:lang="ar">المحور 1 أقل من 20 ٪</message></rule>
        <rule id="cap" effect="cap" target="a2" value="0.6" when="not a2c1i1"><message xml:lang="en">No online form</message><message xml:lang="ar">لا نموذج إلكتروني</message></rule></rules>
        <bands><band id="top" min="80"><label xml:lang="en">Innovative</label><label xml:lang="ar">مبتكر</label></band><band id="mid" min="50"><label xml:lang="en">Advanced</label><label xml:lang="ar">متقدم</label></band><band id="low" min="0"><label xml:lang="en">Beginning</label><label xml:lang="ar">مبتدئ</label></band></bands>
        <ranking><tie-break node="a1"/><tie-break node="a2"/></ranking>
        </framework>
        """
        return xml
    }

    static func assessmentXML(agency: Int, assessor: String, seed: UInt64, framework: Framework) -> String {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let role = assessor == "self" ? "role=\"self\"" : "role=\"evaluator\" id=\"\(assessor)\""
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessment xmlns="urn:tamayuz:assessment:1" framework="big" framework-version="1">
        <agency id="ag\(agency)"><name xml:lang="en">Agency number \(agency) of the programme</name><name xml:lang="ar">الجهة رقم \(agency) في البرنامج</name></agency>
        <assessor \(role)><name xml:lang="en">Evaluator \(assessor)</name><name xml:lang="ar">المقيّم \(assessor)</name></assessor>

        """
        for index in framework.indicators {
            let node = framework.nodes[index]
            let roll = next() % 100
            if roll < 4 { continue }  // a few unanswered
            let value: String = switch node.indicator!.kind {
            case .yesNo: roll < 35 + agency * 2 ? "yes" : "no"
            case .ordinal: "l\(1 + (roll + agency) % 4)"
            default: String((roll * 7 + agency * 3) % 101)
            }
            let evidence = roll % 5 == 0 ? "" : "<evidence title=\"Document \(index)\"/>"
            xml += "<answer indicator=\"\(node.id)\" value=\"\(value)\">\(evidence)</answer>\n"
        }
        return xml + "</assessment>"
    }

    static func comparison() throws -> CycleComparison {
        let (framework, _) = try CriteriaLoader.load(bytes: Array(criteriaXML().utf8), fileName: "big.xml")
        #expect(framework.indicators.count == 100)
        var assessments: [Assessment] = []
        for agency in 1...agencies {
            for (offset, assessor) in ["self", "e1", "e2"].enumerated() {
                let text = assessmentXML(agency: agency, assessor: assessor, seed: UInt64(agency * 10 + offset), framework: framework)
                assessments.append(try AssessmentLoader.load(bytes: Array(text.utf8), fileName: "ag\(agency)-\(assessor).xml", framework: framework).0)
            }
        }
        let scorer = Scorer(framework: framework)
        let jury = JuryOptions()
        let outcome = try Jury(scorer: scorer, options: jury).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: jury, options: ComparisonOptions(sensitivity: SensitivityOptions(draws: 500)))
            .withImprovementPlans(scorer: scorer)
    }

    /// Under a megabyte for the report a person reads; the results embedded for programs (the
    /// `--format json` document, in its data block) come on top.
    @Test func twentyAgenciesByAHundredIndicatorsUnderOneMegabyte() throws {
        let comparison = try Self.comparison()
        #expect(comparison.standings.count == 20)
        for (language, indic) in [(Language.en, false), (.ar, false), (.ar, true)] {
            let html = HTMLRenderer().render(comparison, options: ReportOptions(
                language: language, digits: indic ? .arabicIndic : .western, date: ReportDate(year: 2013, month: 12, day: 8)))
            let opening = try #require(html.range(of: "<script type=\"application/json\" id=\"results-data\">"))
            let closing = try #require(html[opening.upperBound...].range(of: "</script>"))
            let data = html[opening.lowerBound..<closing.upperBound].utf8.count
            let size = html.utf8.count - data
            #expect(size < 1_000_000, "\(language)\(indic ? " (Arabic-Indic digits)" : ""): \(size) bytes")
            #expect(HTMLFixtures.count("<section class=\"agency\"", in: html) == 20)
            print("HTML report, 20 agencies × 100 indicators, \(language)\(indic ? " with Arabic-Indic digits" : ""): \(size) bytes + \(data) bytes of JSON")
        }
    }
}

extension HTMLSizeTests {
    @Test func writeBigSample() throws {
        guard let folder = ProcessInfo.processInfo.environment["TAMAYUZ_HTML_SAMPLES"], !folder.isEmpty else { return }
        let comparison = try Self.comparison()
        let html = HTMLRenderer().render(comparison, options: ReportOptions(language: .ar, digits: .arabicIndic, date: ReportDate(year: 2013, month: 12, day: 8)))
        try Data(html.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("big-ar.html"))
    }
}
