import TamayuzApplication
import TamayuzCore
import Testing

/// The consensus pack on the shipped staged cycle (samples/quality-track-stages/).
@Suite struct ConsensusRunTests {
    static let folder = Samples.path("samples/quality-track-stages/")

    @Test func heritageCraftsAgenda() throws {
        let result = try ConsensusRun(criteria: Samples.qualityCriteria, inputs: [Self.folder], agencies: ["min_heritage_crafts"]).run()
        let framework = result.value.comparison.framework
        let agenda = try #require(result.value.agendas.first)
        #expect(result.value.agendas.count == 1)
        #expect(agenda.evaluators.map(\.id) == ["ev_badr", "ev_huda"])
        // Spread above 20 points, or any spread in an area whose α is below 0.667 (PE: 0.519).
        #expect(agenda.items.map { framework.nodes[$0.indicator].id } == ["IF.4.3", "TE.1.2", "SQ.1.3", "SQ.2.4", "PE.1.2", "PE.2.3", "IN.2.1"])
        let tePageLoad = agenda.items[1]
        // Badr 4.1 s → 20 %, Huda 3.7 s → 60 %: a spread of 40 points.
        #expect(tePageLoad.answers.map(\.score) == [0.2, 0.6])
        #expect(abs(tePageLoad.spread! - 0.4) < 1e-9)
        #expect(tePageLoad.lowAreaAlpha == nil)
        #expect(agenda.items[4].lowAreaAlpha != nil)
        // Leniency from the jury's calibration: Badr a shade strict, Huda a shade lenient.
        #expect(tePageLoad.answers.map { $0.leniency.map { $0 < 0 } } == [true, false])
        // Three site-visit questions, in indicator order; none crowds a criterion.
        #expect(agenda.siteVisitIssues.map { framework.nodes[$0.indicator].id } == ["IF.1.1", "IF.4.1", "SP.5.1"])
        #expect(agenda.siteVisitIssues.map(\.evaluator.id) == ["ev_badr", "ev_huda", "ev_badr"])
        #expect(agenda.crowdedCriteria.isEmpty)
        // The draft holds the evaluators' middle answer: both said "interactive" for SP.2.1.
        let sp21 = framework.nodeIndex["SP.2.1"]!
        #expect(agenda.draft.values[sp21] == .level(2))
    }

    @Test func everyAgencyWhenNoneIsNamed() throws {
        let result = try ConsensusRun(criteria: Samples.qualityCriteria, inputs: [Samples.qualityTrack]).run()
        #expect(result.value.agendas.count == 10)
        #expect(result.value.agendas.allSatisfy { $0.siteVisitIssues.isEmpty })
    }

    @Test func anUnknownAgencyIsRefused() {
        let failure = failure { () throws(JobFailure) in
            try ConsensusRun(criteria: Samples.qualityCriteria, inputs: [Samples.qualityTrack], agencies: ["nobody"]).run()
        }
        #expect(failure?.kind == .invalidInput)
        #expect(failure?.messages.contains { $0.description.contains("no assessment of agency 'nobody'") } == true)
    }
}
