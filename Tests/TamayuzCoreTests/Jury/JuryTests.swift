import Testing
import TamayuzCore
import TamayuzTestSupport

/// Several evaluators per agency: aggregation, conflicts of interest, standardisation, agreement.
@Suite struct JuryTests {
    // Four percentage indicators in one area, equal weights.
    static let framework = try! Fixtures.framework(
        "<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>"
            + (1...4).map { "<indicator id=\"i\($0)\"><title xml:lang=\"en\">i\($0)</title><title xml:lang=\"ar\">i\($0)</title><percentage/></indicator>" }.joined()
            + "</area>")

    static func evaluation(_ agency: String, by evaluator: String, _ values: [Double], affiliation: String = "") throws -> Assessment {
        let answers = values.enumerated().map { "<answer indicator=\"i\($0.offset + 1)\" value=\"\($0.element)\"/>" }.joined()
        return try Fixtures.assessment(
            answers, framework: framework, agency: agency,
            assessor: "<assessor role=\"evaluator\" id=\"\(evaluator)\"" + (affiliation.isEmpty ? "" : " affiliation=\"\(affiliation)\"") + "/>",
            file: "\(agency)-\(evaluator).xml")
    }

    static func judge(_ assessments: [Assessment], _ options: JuryOptions = JuryOptions()) throws -> JuryOutcome {
        try Jury(scorer: Scorer(framework: framework), options: options).judge(try AgencyAssessments.group(assessments), profile: nil)
    }

    @Test(arguments: [
        // i1 scores by three evaluators: 40, 60, 100 → mean 66.667, median 60, trimmed (drop 40 and 100) 60
        (Aggregation.mean, 200.0 / 3.0), (Aggregation.median, 60.0), (Aggregation.trimmedMean, 60.0),
    ])
    func aggregationPerIndicator(aggregation: Aggregation, expected: Double) throws {
        let outcome = try Self.judge([
            try Self.evaluation("x", by: "e1", [40, 50, 50, 50]),
            try Self.evaluation("x", by: "e2", [60, 50, 50, 50]),
            try Self.evaluation("x", by: "e3", [100, 50, 50, 50]),
        ], JuryOptions(aggregation: aggregation))
        let card = outcome.verdicts[0].card
        #expect(close(card.score("i1", in: Self.framework) * 100, expected))
        // total = (expected + 50 + 50 + 50) / 4
        #expect(close(card.total, (expected + 150) / 4))
        #expect(outcome.verdicts[0].isJuryScore)
    }

    @Test func affiliatedEvaluatorIsExcludedAndReported() throws {
        let outcome = try Self.judge([
            try Self.evaluation("x", by: "e1", [50, 50, 50, 50]),
            try Self.evaluation("x", by: "e2", [100, 100, 100, 100], affiliation: "x"),
            try Self.evaluation("x", by: "e3", [70, 70, 70, 70]),
        ])
        let verdict = outcome.verdicts[0]
        // e2 is affiliated with x: only e1 and e3 count → (50 + 70) / 2 = 60
        #expect(verdict.card.total == 60)
        #expect(verdict.exclusions.map(\.evaluator.id) == ["e2"])
        #expect(verdict.exclusions.first?.reason == .affiliated)
        #expect(verdict.evaluators.map(\.assessor.id) == ["e1", "e3"])
    }

    @Test func selfScoreSitsBesideTheJury() throws {
        let selfAssessment = try Fixtures.assessment(
            (1...4).map { "<answer indicator=\"i\($0)\" value=\"90\"/>" }.joined(), framework: Self.framework, agency: "x", file: "x-self.xml")
        let outcome = try Self.judge([selfAssessment, try Self.evaluation("x", by: "e1", [60, 60, 60, 60])])
        #expect(outcome.verdicts[0].selfSummary?.total == 90)
        #expect(outcome.verdicts[0].card.total == 60)
        let figures = try #require(outcome.verdicts[0].selfAgainstJury(in: Self.framework))
        #expect(figures.selfTotal == 90 && figures.juryTotal == 60 && figures.totalDifference == 30)
        #expect(figures.areas.map(\.node) == Self.framework.areas)
        #expect(figures.areas.first?.selfScore == 0.9 && figures.areas.first?.juryScore == 0.6)
        #expect(close(figures.areas.first?.difference ?? 0, 0.3))
    }

    @Test func agencyWithoutEvaluatorsIsScoredOnItsSelfAssessment() throws {
        let selfAssessment = try Fixtures.assessment(
            (1...4).map { "<answer indicator=\"i\($0)\" value=\"80\"/>" }.joined(), framework: Self.framework, agency: "y", file: "y-self.xml")
        let outcome = try Self.judge([selfAssessment])
        #expect(outcome.verdicts[0].card.total == 80)
        #expect(!outcome.verdicts[0].isJuryScore)
        #expect(outcome.verdicts[0].selfAgainstJury(in: Self.framework) == nil)
    }

    @Test func standardisationTakesOutLeniency() throws {
        // e1 is harsh (scores 20, 40 on agencies p and q), e2 lenient (60, 80), on every indicator.
        // Per evaluator: μ1 = 30, σ1 = 10; μ2 = 70, σ2 = 10. Pooled over all 16 scores:
        // μ = 50, σ = √(((−30)² + (−10)² + 10² + 30²) / 4) = √500 = 22.3607 (in percent).
        // p by e1: z = (20 − 30) / 10 = −1 → 50 − 22.3607 = 27.6393; by e2: (60 − 70) / 10 = −1 → 27.6393.
        // q: z = +1 for both → 72.3607. Means: p 27.6393, q 72.3607.
        let outcome = try Self.judge([
            try Self.evaluation("p", by: "e1", [20, 20, 20, 20]), try Self.evaluation("q", by: "e1", [40, 40, 40, 40]),
            try Self.evaluation("p", by: "e2", [60, 60, 60, 60]), try Self.evaluation("q", by: "e2", [80, 80, 80, 80]),
        ], JuryOptions(standardise: true, minimumScoresPerEvaluator: 8))
        #expect(abs(outcome.verdicts[0].card.total - (50 - 500.0.squareRoot())) < 1e-9)
        #expect(abs(outcome.verdicts[1].card.total - (50 + 500.0.squareRoot())) < 1e-9)
    }

    /// scoring.md: an assessment excluded for a conflict of interest is left out of its
    /// evaluator's scale, as of the agency's score. e1's excluded 100s on r would move μ1 from
    /// 30 to 55 and every total with it.
    @Test func standardisationLeavesOutAnExcludedAssessment() throws {
        let outcome = try Self.judge([
            try Self.evaluation("p", by: "e1", [20, 20, 20, 20], affiliation: "r"), try Self.evaluation("q", by: "e1", [40, 40, 40, 40], affiliation: "r"),
            try Self.evaluation("r", by: "e1", [100, 100, 100, 100], affiliation: "r"),
            try Self.evaluation("p", by: "e2", [60, 60, 60, 60]), try Self.evaluation("q", by: "e2", [80, 80, 80, 80]),
        ], JuryOptions(standardise: true, minimumScoresPerEvaluator: 8))
        #expect(outcome.unscored.map(\.agency.id) == ["r"])
        #expect(abs(outcome.verdicts[0].card.total - (50 - 500.0.squareRoot())) < 1e-9)
        #expect(abs(outcome.verdicts[1].card.total - (50 + 500.0.squareRoot())) < 1e-9)
    }

    @Test func standardisationIsRefusedWithTooFewScores() throws {
        #expect {
            _ = try Self.judge([
                try Self.evaluation("p", by: "e1", [20, 20, 20, 20]), try Self.evaluation("p", by: "e2", [60, 60, 60, 60]),
            ], JuryOptions(standardise: true, minimumScoresPerEvaluator: 20))
        } throws: { error in
            let message = (error as? ScoringError)?.diagnostic.message ?? ""
            return message.contains("standardisation refused") && message.contains("e1")
        }
    }

    @Test func agreementAndWidestDisagreements() throws {
        let outcome = try Self.judge([
            try Self.evaluation("x", by: "e1", [10, 50, 50, 90]),
            try Self.evaluation("x", by: "e2", [90, 50, 50, 90]),
        ])
        // Only i1 differs: spread 0.9 − 0.1 = 0.8, the single disagreement listed.
        #expect(outcome.agreement.disagreements.count == 1)
        #expect(Self.framework.nodes[outcome.agreement.disagreements[0].indicator].id == "i1")
        #expect(close(outcome.agreement.disagreements[0].spread, 0.8))
        #expect(outcome.agreement.overall.pairableUnits == 4)
        // Interval α over units (0.1, 0.9), (0.5, 0.5), (0.5, 0.5), (0.9, 0.9):
        // D_o = 2·(0.8²) / 8 = 0.16 (n = 8 pairable values, one unit disagrees: 2 ordered pairs × 0.64 / (m−1 = 1) / n)
        // D_e = Σ_c Σ_k (c − k)² / (n(n−1)) with values {0.1, 0.9, 0.5, 0.5, 0.5, 0.5, 0.9, 0.9}:
        // mean 0.6, Σ (x − mean)² = 0.25 + 0.09 + 4 × 0.01 + 2 × 0.09 = 0.56; D_e = 2n·0.56 / (n(n−1)) = 2 × 0.56 / 7 = 0.16
        // α = 1 − D_o / D_e = 1 − 0.16 / 0.16 = 0
        #expect(abs(outcome.agreement.overall.interval! - 0) < 1e-9)
    }

    @Test func secondAssessmentByOneEvaluatorIsAnError() throws {
        #expect(throws: DiagnosticError.self) {
            _ = try AgencyAssessments.group([
                try Self.evaluation("x", by: "e1", [1, 1, 1, 1]), try Self.evaluation("x", by: "e1", [2, 2, 2, 2]),
            ])
        }
    }
}

extension JuryTests {
    @Test func indicatorsSomeEvaluatorsLeftBlankAreListed() throws {
        // e2 leaves i1 blank: i1 is combined from e1 alone (80) and listed as partly answered.
        let partial = try Fixtures.assessment(
            (2...4).map { "<answer indicator=\"i\($0)\" value=\"50\"/>" }.joined(), framework: Self.framework, agency: "x",
            assessor: #"<assessor role="evaluator" id="e2"/>"#, file: "x-e2.xml")
        let outcome = try Self.judge([try Self.evaluation("x", by: "e1", [80, 50, 50, 50]), partial])
        let card = outcome.verdicts[0].card
        #expect(card.partlyAnswered == [Self.framework.nodeIndex["i1"]!])
        #expect(close(card.score("i1", in: Self.framework), 0.8))
        // total = (80 + 50 + 50 + 50) / 4 = 57.5
        #expect(close(card.total, 57.5))
    }

    /// Guards against a crash found while the reports were written: an agency whose only
    /// assessment is by an evaluator affiliated with it (excluded for the conflict of interest),
    /// with no self-assessment, was grouped all the same and `Jury.judge` force-unwrapped its
    /// missing self-assessment, trapping the process. It must be reported as not scored instead,
    /// while the other agencies are judged and ranked as usual.
    @Test func agencyWhoseOnlyEvaluatorIsExcludedIsReportedNotScored() throws {
        let outcome = try Self.judge([
            try Self.evaluation("x", by: "e1", [50, 50, 50, 50], affiliation: "x"),
            try Self.evaluation("y", by: "e1", [70, 70, 70, 70], affiliation: "x"),
        ])
        #expect(outcome.verdicts.map(\.agency.id) == ["y"])
        #expect(outcome.unscored.map(\.agency.id) == ["x"])
        #expect(outcome.unscored.first?.exclusions.map(\.evaluator.id) == ["e1"])
        let comparison = try Comparison.compare(
            outcome, scorer: Scorer(framework: Self.framework), jury: JuryOptions(), options: ComparisonOptions())
        #expect(comparison.standings.map(\.agency.id) == ["y"])
        #expect(comparison.standings.first?.card.total == 70)
        #expect(comparison.warnings == [.agencyNotScored(agency: "x", excluded: [.init(evaluator: "e1", reason: .affiliated)])])
        #expect(comparison.warnings[0].description.hasPrefix("agency 'x' is not scored"))
    }
}
