import Foundation
import Testing
import TamayuzCore
import TamayuzReports

/// Engine bugs found while writing the renderers (the engine is not ours to change), kept as
/// regression tests.
@Suite struct EngineBugTests {
    /// ENGINE BUG found by the reports work (Sources/TamayuzCore/Jury/Jury.swift, `judge`): an
    /// agency whose only assessment is by an evaluator affiliated with it (excluded for the
    /// conflict of interest), with no self-assessment, still got a group from
    /// `AgencyAssessments.group`, and `judge` force-unwrapped its missing self-assessment
    /// (`group.evaluations.first ?? group.selfAssessment!`): the process trapped (SIGILL).
    /// Run in a child process so that, while the bug is there, this test fails instead of
    /// taking the whole test run down. Expected: no crash, and the report says the agency was
    /// not scored (a warning).
    @Test func agencyWhoseOnlyEvaluatorIsExcludedDoesNotCrashTheReport() async {
        await #expect(processExitsWith: .success) {
            let framework = try ReportFixtures.framework()
            let assessments = [
                try ReportFixtures.assessment(
                    framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية",
                    assessor: ReportFixtures.evaluator("E1", affiliation: "A1"), answers: ReportFixtures.a1Answers),
                try ReportFixtures.assessment(
                    framework, agency: "A2", en: "Makkah Municipality", ar: "أمانة العاصمة المقدسة",
                    assessor: ReportFixtures.evaluator("E1", affiliation: "A1"), answers: ReportFixtures.a2Answers),
            ]
            let scorer = Scorer(framework: framework)
            let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
            let comparison = try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions())
            let table = TableRenderer().render(comparison, options: ReportOptions())
            let json = JSONRenderer().render(comparison, options: ReportOptions())
            // Only A2 is ranked; A1's absence is a warning on every output.
            guard comparison.standings.map(\.agency.id) == ["A2"],
                  table.contains("warning: agency 'A1' is not scored"),
                  json.contains("\"agency 'A1' is not scored")
            else { exit(2) }
        }
    }
}
