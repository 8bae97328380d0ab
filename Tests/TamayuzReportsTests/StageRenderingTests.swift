import Foundation
import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport
@testable import TamayuzReports

/// The review stages in every report, the consensus pack and its pre-filled draft.
@Suite struct StageRenderingTests {
    static let framework = try! Fixtures.framework(
        area("A", "", (1...2).map { indicator("i\($0)", kind: "<percentage/>") }.joined()))

    static func assessment(_ agency: String, _ assessor: String, _ answers: [Int: String], file: String) throws -> Assessment {
        let body = answers.keys.sorted().map { "<answer indicator=\"i\($0)\" value=\"\(answers[$0]!)\">\(assessor.contains("evaluator") ? "<comment>c\($0)</comment>" : "<rationale>why i\($0)</rationale>")</answer>" }.joined()
        return try Fixtures.assessment(body, framework: framework, agency: agency, assessor: assessor, file: file)
    }

    /// x: e1 40/40, e2 60/80 → combined 50/60 = 55; consensus i1 → 90: (90 + 60) / 2 = 75.
    /// y: e1 70/70, e2 70/70 → 70. Ranks: combined x 2, y 1; after consensus x 1, y 2.
    static func comparison() throws -> CycleComparison {
        let e1 = #"<assessor role="evaluator" id="e1"/>"#
        let e2 = #"<assessor role="evaluator" id="e2"/>"#
        let assessments = [
            try assessment("x", e1, [1: "40", 2: "40"], file: "x-e1.xml"), try assessment("x", e2, [1: "60", 2: "80"], file: "x-e2.xml"),
            try assessment("y", e1, [1: "70", 2: "70"], file: "y-e1.xml"), try assessment("y", e2, [1: "70", 2: "70"], file: "y-e2.xml"),
            try assessment("x", #"<assessor role="consensus"><member id="e1"/><member id="e2"/></assessor>"#, [1: "90"], file: "x-consensus.xml"),
        ]
        let scorer = Scorer(framework: framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions())
    }

    @Test func tableJSONAndHTMLShowTheStages() throws {
        let comparison = try Self.comparison()
        let table = TableRenderer().render(comparison, options: ReportOptions(language: .en))
        #expect(table.contains("review stages of x: combined 55.0 (rank 2) → consensus 75.0 (rank 1)"))
        #expect(!table.contains("review stages of y"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONRenderer().render(comparison, options: ReportOptions(language: .en)).utf8)) as? [String: Any])
        let agencies = try #require(json["agencies"] as? [[String: Any]])
        #expect(agencies.map { $0["id"] as? String } == ["x", "y"])
        #expect(agencies[1]["stages"] == nil)
        let stages = try #require(agencies[0]["stages"] as? [String: Any])
        let results = try #require(stages["results"] as? [[String: Any]])
        #expect(results.map { $0["rank"] as? Int } == [2, 1])
        #expect(results.map { $0["members"] as? [String] } == [[], ["e1", "e2"]])
        let changes = try #require(stages["changes"] as? [[String: Any]])
        #expect(changes.map { $0["indicator"] as? String } == ["i1"])
        for language in [Language.en, .ar] {
            let html = HTMLRenderer().render(comparison, options: ReportOptions(language: language))
            #expect(html.contains(#"<h3 id="agency-1-stages">"# + StagePhrase.stagesHeading.text(language) + "</h3>"))
            #expect(html.contains("why i1"))
            #expect(!html.contains(#"id="agency-2-stages""#))
        }
    }

    @Test func thePackIsSelfContainedInBothLanguages() throws {
        let comparison = try Self.comparison()
        let jury = Jury(scorer: Scorer(framework: Self.framework), options: JuryOptions())
        let e1 = #"<assessor role="evaluator" id="e1"/>"#
        let e2 = #"<assessor role="evaluator" id="e2"/>"#
        let groups = try AgencyAssessments.group([
            try Self.assessment("x", e1, [1: "40", 2: "40"], file: "x-e1.xml"), try Self.assessment("x", e2, [1: "60", 2: "80"], file: "x-e2.xml"),
        ])
        // α left out (one agency: no agreement to speak of); spreads: i1 20 points (not above 20), i2 40 points.
        let agendas = try jury.consensusAgendas(groups, outcome: try jury.judge(groups, profile: nil), options: ConsensusAgenda.Options(alpha: -1))
        #expect(agendas[0].items.map(\.indicator) == [Self.framework.nodeIndex["i2"]!])
        for language in [Language.en, .ar] {
            let html = ConsensusPackRenderer().render(agendas, comparison: comparison, options: ConsensusAgenda.Options(), report: ReportOptions(language: language))
            #expect(html.contains(#"http-equiv="Content-Security-Policy""#))
            #expect(!html.contains("<script"))
            #expect(html.contains("lang=\"\(language.rawValue)\""))
            #expect(html.contains(StagePhrase.siteVisitHeading.text(language)))
            #expect(html.contains("c2"))
        }
        // The draft: the evaluators' middle answers, read back as a consensus by the loader.
        let draft = ConsensusDraft.render(Self.framework, agendas[0], language: .en)
        let (loaded, warnings) = try AssessmentLoader.load(bytes: Array(draft.utf8), fileName: "x.consensus.xml", framework: Self.framework)
        #expect(warnings.isEmpty)
        #expect(loaded.assessor.role == .consensus)
        #expect(loaded.assessor.members.map(\.id) == ["e1", "e2"])
        #expect(loaded.answers[Self.framework.nodeIndex["i1"]!]?.value == .number(50))
        #expect(loaded.answers[Self.framework.nodeIndex["i2"]!]?.value == .number(60))
    }
}
