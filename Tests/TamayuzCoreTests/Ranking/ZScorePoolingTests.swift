import Testing
import TamayuzCore
import TamayuzTestSupport

/// scoring.md: z-score normalisation pools the answered indicator scores that count; a
/// not-applicable answer is not pooled (as 0 or otherwise).
@Suite struct ZScorePoolingTests {
    static let framework = try! Fixtures.framework(area("A", #"weight="1""#, [
        indicator("i1", #"weight="1" not-applicable="allowed""#, kind: "<percentage/>"),
        indicator("i2", #"weight="1""#, kind: "<percentage/>"),
    ].joined()))

    @Test func notApplicableAnswersAreLeftOutOfThePool() throws {
        let notApplicable = #"<answer indicator="i1" not-applicable="true"><justification>no such service</justification></answer>"#
        let assessments = try [
            Fixtures.assessment(#"<answer indicator="i1" value="0"/><answer indicator="i2" value="100"/>"#, framework: Self.framework, agency: "a"),
            Fixtures.assessment(#"<answer indicator="i1" value="100"/><answer indicator="i2" value="50"/>"#, framework: Self.framework, agency: "b"),
            Fixtures.assessment(notApplicable + #"<answer indicator="i2" value="0"/>"#, framework: Self.framework, agency: "c"),
        ]
        let scorer = Scorer(framework: Self.framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        let comparison = try Comparison.compare(
            outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions(normalisation: .zscore))
        // Totals in percent. Pooled: 0, 1, 1, 0.5, 0 → μp = 0.5, σp = √0.2. i1 over a, b: z = −1, +1 → 0.5 ∓ √0.2.
        // i2 over a, b, c: z = +1.2247, 0, −1.2247 → 1 (kept in [0, 1]), 0.5, 0.
        let totals = Dictionary(uniqueKeysWithValues: comparison.standings.map { ($0.agency.id, $0.card.total) })
        let spread = 0.2.squareRoot()
        #expect(abs(totals["a"]! - (0.5 - spread + 1) / 2 * 100) < 1e-9, "\(totals)")
        #expect(abs(totals["b"]! - (0.5 + spread + 0.5) / 2 * 100) < 1e-9, "\(totals)")
        #expect(abs(totals["c"]! - 0) < 1e-9, "\(totals)")
    }
}
