import Foundation
import Testing
import TamayuzCore
import TamayuzReports

@Suite struct SelfAssessmentReportTests {
    static func report(agency: String, answers: String, withEvaluators: Bool) throws -> SelfAssessmentReport {
        let framework = try ReportFixtures.framework()
        let scorer = Scorer(framework: framework)
        let assessment = try ReportFixtures.assessment(framework, agency: agency, en: "Agency \(agency)", ar: "الجهة \(agency)", answers: answers)
        let card = try scorer.score(assessment, profile: nil)
        let evaluators = withEvaluators ? try ReportFixtures.juryComparison().standings[0].verdict.evaluators : []
        return SelfAssessmentReport(SelfAssessmentResult(
            card: card, plan: try scorer.improvementPlan(for: card, profile: nil), evaluators: evaluators, framework: framework))
    }

    /// A1 scores 67.5 (UC 0.65, TE 0.75). Each step re-scored by the engine:
    /// - UC.2 → integrated (1): UC = (1 + 2 + 0.6) / 4 = 0.9, total = (2.7 + 0.75) / 4 = 86.25, +18.75;
    /// - UC.2 → transactional (0.75): UC = 0.775, total = (2.325 + 0.75) / 4 = 76.875, +9.375;
    /// - UC.3 → 100: UC = 0.75, total 75, +7.5;
    /// - TE.2 → 2 days (1): TE = 1, total = (1.95 + 1) / 4 = 73.75, +6.25;
    /// - UC.3 → 80 (halfway to the target): UC = 0.7, total 71.25, +3.75.
    /// The path: UC.2's two levels gain as much per effort (9.375) and come first, the next level
    /// before the best: 76.875 (Advanced), 86.25; then TE.2 (TE = 1): 92.5; UC.3's two halves:
    /// 96.25, 100.
    /// Against E1 (UC 0.75, TE 0.75, 75) and E2 (UC 0.675, TE 0.5, 63.125): means UC 0.7125,
    /// TE 0.625, total 69.0625; self − mean: UC −6.25 points of %, TE +12.5, total −1.5625.
    @Test func planAndComparisonWithEvaluators() throws {
        let text = try Self.report(agency: "A1", answers: ReportFixtures.a1Answers, withEvaluators: true).text(options: ReportOptions())
        #expect(text.reportLines == [
            "Self-assessment  A1  Agency A1",
            "Total     67.5 / 100",
            "Band      Available",
            "Eligible  ✓",
            "Complete  100.0%",
            "",
            "Areas",
            "  UC  User centricity  65.0%",
            "  TE  Technology       75.0%",
            "",
            "Rules fired",
            "  rule R_share (flag): Online share below 90%",
            "",
            "Improvement plan",
            "  1. UC.2  Service maturity",
            "     raise from 'Interactive' to 'Transactional'  +9.4 points → 76.9",
            "  2. UC.2  Service maturity",
            "     raise from 'Transactional' to 'Integrated' (the best it allows)  +9.4 points → 86.3",
            "  3. TE.2  Response time",
            "     lower from '3 days' to '2 days'  +6.3 points → 92.5",
            "  4. UC.3  Online share",
            "     raise from '60%' to '80%'  +3.8 points → 96.3",
            "  5. UC.3  Online share",
            "     raise from '80%' to '100%' (the best it allows)  +3.8 points → 100.0",
            "  Step 1 takes you from Available to Advanced.",
            "",
            "Self-score against the evaluators  (evaluators: E1, E2)",
            "  Area    Self  Evaluators' mean  Difference",
            "  -----  -----  ----------------  ----------",
            "  UC     65.0%             71.3%        -6.3",
            "  TE     75.0%             62.5%       +12.5",
            "  Total   67.5              69.1        -1.6",
        ])
    }

    /// A2: the quick wins come first — answering UC.3 at its best (100: UC = 0.45, still under
    /// the 0.5 cap, total (1.35 + 0.25) / 4 = 40, +18.75) and supplying UC.2's evidence (0.75:
    /// UC = 0.375, total 34.375, +13.125); then UC.2 → integrated with its evidence (UC = 0.5,
    /// total 43.75, +22.5), UC.1 → yes (the cap lifts: UC = 0.45, total 40), TE.1 all channels
    /// (TE = 1, total 40), TE.1 + web (3 of 4: TE = 0.75, total 33.75, +12.5). On the path,
    /// after UC.3, UC.2's evidence gains only 3.75 (the cap of 0.5 on UC): 43.75; UC.1 → yes then
    /// lifts the cap: 71.875.
    @Test func missingEvidenceUnansweredAndQuickWins() throws {
        let report = try Self.report(agency: "A2", answers: ReportFixtures.a2Answers, withEvaluators: false)
        let lines = report.text(options: ReportOptions(planLimit: 3)).reportLines
        #expect(lines.contains("Missing evidence"))
        #expect(lines.contains("  UC.2  Service maturity"))
        #expect(lines.contains("    asked: a screenshot of a completed transaction; capped at 0.40 without it"))
        #expect(Array(lines.drop { $0 != "Unanswered" }.prefix(2)) == ["Unanswered", "  UC.3  Online share"])
        #expect(Array(lines.drop { $0 != "Improvement plan" }) == [
            "Improvement plan",
            "  1. UC.3  Online share",
            "     answer it: '100%'  +18.8 points → 40.0  (quick win)",
            "  2. UC.2  Service maturity",
            "     supply the required evidence  +3.8 points → 43.8  (quick win)",
            "  3. UC.1  Service catalogue",
            "     raise from 'no' to 'yes'  +28.1 points → 71.9",
            "  … +3",
            "  Step 1 takes you from Beginning to Available.",
            "  Steps 1–3 take you from Beginning to Advanced.",
        ])
        #expect(!lines.contains { $0.hasPrefix("Self-score") })
    }

    @Test func arabicText() throws {
        let text = try Self.report(agency: "A1", answers: ReportFixtures.a1Answers, withEvaluators: true).text(options: ReportOptions(language: .ar))
        #expect(text.contains("     ارفع من 'تفاعلي' إلى 'إجرائي'  +9.4 نقطة ← 76.9\n"))
        #expect(text.contains("  TE       75.0%           62.5%  +12.5\n"))
    }

    @Test func jsonDocument() throws {
        let report = try Self.report(agency: "A2", answers: ReportFixtures.a2Answers, withEvaluators: true)
        let json = report.json(options: ReportOptions(inputs: ["a2.xml"]))
        #expect(json.hasPrefix("{\n  \"schema\": \"tamayuz-self-assessment/2\",\n"))
        #expect(json.contains(#"{"indicator": "UC.2", "title": {"en": "Service maturity", "ar": "نضج الخدمة"}, "evidence": {"en": "a screenshot of a completed transaction", "ar": "صورة شاشة لمعاملة مكتملة"}, "whenMissing": "cap", "cap": 0.4}"#))
        #expect(json.contains(#"{"indicator": "UC.3", "title": {"en": "Online share", "ar": "نسبة الخدمات الإلكترونية"}}"#))
        #expect(json.contains(#"{"indicator": "UC.2", "title": {"en": "Service maturity", "ar": "نضج الخدمة"}, "change": "supply-evidence", "from": "transactional", "to": null, "description": "supply the required evidence", "quickWin": true, "effort": 1, "gain": 3.75, "displayGain": 3.8, "newTotal": 43.75, "displayNewTotal": 43.8, "reachesBand": null}"#))
        #expect(json.contains(#""change": "next-level", "from": ["sms"], "to": ["web", "sms"], "description": "also tick 'Web portal'""#))
        // Self 0.2 against the evaluators' UC mean 0.7125; 21.25 against 69.0625.
        #expect(json.contains(#""UC": {"self": 0.2, "evaluatorsMean": 0.7125, "difference": -0.5125}"#))
        #expect(json.contains(#""total": {"self": 21.25, "evaluatorsMean": 69.0625, "difference": -47.8125}"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let agency = try #require(object["agency"] as? [String: Any])
        #expect(agency["basis"] as? String == "self")
        #expect((agency["plan"] as? [Any])?.count == 6)
    }
}
