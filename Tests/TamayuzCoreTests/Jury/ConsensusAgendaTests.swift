import Testing
import TamayuzCore
import TamayuzTestSupport

/// The consensus agenda's thresholds and EFQM's rule of three site-visit issues per criterion.
@Suite struct ConsensusAgendaTests {
    static func marked(_ evaluator: String, _ values: [Double], questions: [Int]) throws -> Assessment {
        let answers = values.enumerated().map { position, value in
            let indicator = position + 1
            let mark = questions.contains(indicator) ? "<verify-on-site>check i\(indicator)</verify-on-site>" : ""
            return "<answer indicator=\"i\(indicator)\" value=\"\(value)\">\(mark)</answer>"
        }.joined()
        return try Fixtures.assessment(
            answers, framework: JuryTests.framework, agency: "x", assessor: "<assessor role=\"evaluator\" id=\"\(evaluator)\"/>",
            file: "x-\(evaluator).xml")
    }

    static func agenda(_ assessments: [Assessment], _ options: ConsensusAgenda.Options) throws -> ConsensusAgenda {
        let jury = Jury(scorer: Scorer(framework: JuryTests.framework), options: JuryOptions())
        let groups = try AgencyAssessments.group(assessments)
        return try jury.consensusAgendas(groups, outcome: try jury.judge(groups, profile: nil), options: options)[0]
    }

    @Test func spreadThresholdPicksTheItems() throws {
        // Spreads: i1 |50 − 80| = 30, i2 20, i3 0, i4 10 points. Above 20: i1 only (20 is not above).
        let assessments = [try Self.marked("e1", [50, 60, 70, 80], questions: []), try Self.marked("e2", [80, 40, 70, 90], questions: [])]
        let strict = try Self.agenda(assessments, ConsensusAgenda.Options(spread: 0.2, alpha: -1))
        #expect(strict.items.map(\.indicator) == [JuryTests.framework.nodeIndex["i1"]!])
        // Above 5 points: i1, i2, i4.
        let loose = try Self.agenda(assessments, ConsensusAgenda.Options(spread: 0.05, alpha: -1))
        #expect(loose.items.map { JuryTests.framework.nodes[$0.indicator].id } == ["i1", "i2", "i4"])
        // The draft: the mean-free middle answer of two numbers is their median, (50 + 80) / 2 = 65.
        #expect(strict.draft.values[JuryTests.framework.nodeIndex["i1"]!] == .number(65))
    }

    @Test func moreThanThreeQuestionsInOneCriterionAreFlagged() throws {
        // e1 asks about i1, i2, i3; e2 about i4: four questions under area A, one more than three.
        let assessments = [
            try Self.marked("e1", [50, 50, 50, 50], questions: [1, 2, 3]), try Self.marked("e2", [50, 50, 50, 50], questions: [4]),
        ]
        let agenda = try Self.agenda(assessments, ConsensusAgenda.Options())
        #expect(agenda.siteVisitIssues.map(\.question) == ["check i1", "check i2", "check i3", "check i4"])
        #expect(agenda.crowdedCriteria.map(\.criterion) == [JuryTests.framework.nodeIndex["A"]!])
        #expect(agenda.crowdedCriteria.map(\.issues) == [4])
        let three = try Self.agenda([try Self.marked("e1", [50, 50, 50, 50], questions: [1, 2, 3])], ConsensusAgenda.Options())
        #expect(three.crowdedCriteria.isEmpty)
    }
}
