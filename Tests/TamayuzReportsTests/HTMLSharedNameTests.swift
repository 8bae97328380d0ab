import Testing
import TamayuzCore
import TamayuzReports

/// Two agencies carrying the same name must not show as two identical rows: the report follows
/// each such name with the agency's id (the comparison warns about the shared name).
@Suite struct HTMLSharedNameTests {
    @Test func agenciesWithTheSameNameAreToldApartByID() throws {
        let framework = try ReportFixtures.framework()
        let assessments = [
            try ReportFixtures.assessment(framework, agency: "A1", en: "Ministry of Interior", ar: "وزارة الداخلية", answers: ReportFixtures.a1Answers),
            try ReportFixtures.assessment(framework, agency: "A2", en: "Ministry of Interior", ar: "وزارة الداخلية", answers: ReportFixtures.a2Answers),
        ]
        let scorer = Scorer(framework: framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        let comparison = try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions())
        #expect(comparison.warnings.contains(.sharedName(name: "Ministry of Interior", agencies: ["A1", "A2"])))
        let html = HTMLFixtures.render(comparison)
        #expect(html.contains("Ministry of Interior (A1)"))
        #expect(html.contains("Ministry of Interior (A2)"))
        let arabic = HTMLFixtures.render(comparison, language: .ar)
        #expect(arabic.contains("وزارة الداخلية (A2)"))
    }
}
