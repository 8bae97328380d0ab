import TamayuzApplication
import TamayuzCore
import Testing

@Suite struct SelfAssessmentRunTests {
    static let wadi = Samples.path("samples/quality-track/mun_wadi_alnoor.self.xml")

    /// The evaluators' files of golden run `self-assess-evaluations`: ev_huda is affiliated with
    /// Wadi Al-Noor and the last file is of another agency; both are left out.
    @Test func admitsTheEvaluatorsTheJuryWouldCount() throws {
        let files = ["mun_wadi_alnoor.eval-ev_amal", "mun_wadi_alnoor.eval-ev_badr", "mun_wadi_alnoor.eval-ev_huda", "min_water_oases.eval-ev_huda"]
            .map { Samples.path("samples/quality-track/\($0).xml") }
        let result = try SelfAssessmentRun(criteria: Samples.qualityCriteria, submission: Self.wadi, evaluations: files).run()
        #expect(result.value.evaluators.map(\.assessor.id) == ["ev_amal", "ev_badr"])
        #expect(result.messages.map(\.description) == [
            "\(files[2]):6:1: warning: evaluator 'ev_huda' is affiliated with 'mun_wadi_alnoor' (a conflict of interest): left out",
            "\(files[3]):6:1: warning: this assessment is of agency 'min_water_oases', not 'mun_wadi_alnoor': left out",
        ])
        #expect(result.value.card.displayTotal == 85.7)
        let versus = try #require(result.value.versusEvaluators)
        #expect(versus.areas.map(\.id) == ["IF", "CP", "SP", "UX", "EN", "TE", "SQ", "PE", "IN"])
        // (77.534201 + 75.359617) / 2, as the golden text shows: 76.4.
        #expect(abs(versus.meanTotal - 76.446909) < 1e-5)
        #expect(abs(versus.totalDifference - (result.value.card.total - versus.meanTotal)) < 1e-12)
        #expect(result.inputFiles == [Samples.qualityCriteria.file, Self.wadi] + files)
    }

    @Test func withoutEvaluatorsThereIsNoComparison() throws {
        let submission = Samples.path("samples/self-assessment/mun_marj_alzuhur.self.xml")
        let result = try SelfAssessmentRun(criteria: Samples.qualityCriteria, submission: submission).run()
        #expect(result.value.card.displayTotal == 74.8)
        #expect(result.value.plan.candidates.count == 111)
        #expect(result.value.plan.steps.count == 72)
        #expect(result.value.versusEvaluators == nil)
    }

    @Test func anEvaluatorsFileIsNotASubmission() throws {
        let file = Samples.path("samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml")
        let failure = try #require(failure { () throws(JobFailure) in
            try SelfAssessmentRun(criteria: Samples.qualityCriteria, submission: file).run()
        })
        #expect(failure.kind == .invalidInput)
        #expect(failure.messages.map(\.description) == [
            "\(file):6:1: error: this is evaluator 'ev_amal''s assessment, not the agency's own: self-assess reads a submission with <assessor role=\"self\"/> (give evaluators' files with --evaluations)"
        ])
    }
}

@Suite struct EvaluatorAdmissionTests {
    static func assessment(agency: String, role: Assessor.Role, affiliations: [String] = []) -> Assessment {
        Assessment(
            frameworkID: "f", frameworkVersion: "1", agency: Agency(id: agency, name: LocalizedText()),
            assessor: Assessor(role: role, id: "ev", affiliations: affiliations), answers: [:],
            location: SourceLocation(file: "a.xml", line: 1, column: 1))
    }

    @Test func theRule() {
        #expect(EvaluatorAdmission.of(Self.assessment(agency: "a", role: .evaluator), forAgency: "a") == .counted)
        #expect(EvaluatorAdmission.of(Self.assessment(agency: "b", role: .evaluator), forAgency: "a") == .otherAgency)
        #expect(EvaluatorAdmission.of(Self.assessment(agency: "a", role: .self), forAgency: "a") == .notEvaluator)
        #expect(EvaluatorAdmission.of(Self.assessment(agency: "a", role: .evaluator, affiliations: ["a"]), forAgency: "a") == .excluded(.affiliated))
        #expect(EvaluatorAdmission.of(Self.assessment(agency: "a", role: .evaluator, affiliations: ["b"]), forAgency: "a") == .counted)
    }
}
