import Testing
import TamayuzCore
import TamayuzTestSupport

/// The review stages worked by hand: individual scores → combination → consensus → site visit,
/// with the totals and the cycle's ranks at every stage.
@Suite struct ReviewStagesTests {
    static let framework = JuryTests.framework

    /// A stage file: `answers` maps indicator number to value; every answer carries a rationale.
    static func stage(_ role: String, _ agency: String, _ answers: [Int: Double], members: String = #"<member id="e1"/><member id="e2"/>"#) throws -> Assessment {
        let body = answers.keys.sorted().map { "<answer indicator=\"i\($0)\" value=\"\(answers[$0]!)\"><rationale>why i\($0)</rationale></answer>" }.joined()
        return try Fixtures.assessment(
            body, framework: framework, agency: agency, assessor: "<assessor role=\"\(role)\">\(members)</assessor>",
            file: "\(agency)-\(role).xml")
    }

    /// Three agencies, two evaluators each (the jury's mean per indicator; total = mean of i1…i4).
    static func cycle() throws -> CycleComparison {
        let assessments = [
            // x: (80 + 70) / 2 = 75 on each indicator → combined 75.
            try JuryTests.evaluation("x", by: "e1", [80, 80, 80, 80]), try JuryTests.evaluation("x", by: "e2", [70, 70, 70, 70]),
            // y: 70 everywhere → combined 70.
            try JuryTests.evaluation("y", by: "e1", [70, 70, 70, 70]), try JuryTests.evaluation("y", by: "e2", [70, 70, 70, 70]),
            // z: 60 everywhere → combined 60.
            try JuryTests.evaluation("z", by: "e1", [60, 60, 60, 60]), try JuryTests.evaluation("z", by: "e2", [60, 60, 60, 60]),
            // x's consensus keeps i1 at 75 (no change) and lowers i2 to 55: (75 + 55 + 75 + 75) / 4 = 70.
            try stage("consensus", "x", [1: 75, 2: 55]),
            // y's consensus raises i1 and i2 to 90: (90 + 90 + 70 + 70) / 4 = 80.
            try stage("consensus", "y", [1: 90, 2: 90]),
            // y's site visit brings i1 down to 50: (50 + 90 + 70 + 70) / 4 = 70.
            try stage("site-visit", "y", [1: 50]),
            // z had no consensus; its site visit verifies i1–i3 at 100: (100 + 100 + 100 + 60) / 4 = 90.
            try stage("site-visit", "z", [1: 100, 2: 100, 3: 100]),
        ]
        let scorer = Scorer(framework: framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions())
    }

    @Test func totalsAndRanksAtEveryStage() throws {
        let comparison = try Self.cycle()
        let byID = Dictionary(uniqueKeysWithValues: comparison.standings.map { ($0.agency.id, $0) })
        func totals(_ id: String) -> [Double] { byID[id]!.verdict.stages!.results.map(\.total) }
        func ranks(_ id: String) -> [Int?] { byID[id]!.verdict.stages!.results.map(\.rank) }
        func stages(_ id: String) -> [ReviewStages.Stage] { byID[id]!.verdict.stages!.results.map(\.stage) }
        #expect(stages("x") == [.combined, .consensus])
        #expect(stages("y") == [.combined, .consensus, .siteVisit])
        #expect(stages("z") == [.combined, .siteVisit])
        #expect(totals("x") == [75, 70])
        #expect(totals("y") == [70, 80, 70])
        #expect(totals("z") == [60, 90])
        // After combination: x 75 (1), y 70 (2), z 60 (3).
        // After consensus: y 80 (1), x 70 (2), z 60 (3).
        // After site visit: z 90 (1), x 70 and y 70 share 2.
        #expect(ranks("x") == [1, 2])
        #expect(ranks("y") == [2, 1, 2])
        #expect(ranks("z") == [3, 1])
        // The final card is the last stage's, and the final ranks agree with the last stage's.
        #expect(comparison.standings.map(\.agency.id) == ["z", "x", "y"])
        #expect(comparison.standings.map(\.rank) == [1, 2, 2])
        #expect(comparison.standings.map(\.card.total) == [90, 70, 70])
    }

    @Test func theTrailNamesWhatMovedAndWhy() throws {
        let comparison = try Self.cycle()
        let byID = Dictionary(uniqueKeysWithValues: comparison.standings.map { ($0.agency.id, $0) })
        let index = { (id: String) in Self.framework.nodeIndex[id]! }
        // x: i1's consensus equals the combination (75): not a change; i2 75 → 55.
        let x = byID["x"]!.verdict.stages!
        #expect(x.changes.map(\.indicator) == [index("i2")])
        #expect(x.changes[0].steps.map(\.score) == [0.75, 0.55])
        #expect(x.changes[0].steps.map(\.rationale) == [nil, "why i2"])
        #expect(x.result(.consensus)?.assessor?.members.map(\.id) == ["e1", "e2"])
        // y: i1 70 → 90 → 50 (both stages answered it); i2 70 → 90, carried through the visit.
        let y = byID["y"]!.verdict.stages!
        #expect(y.changes.map(\.indicator) == [index("i1"), index("i2")])
        #expect(y.changes[0].steps.map(\.score) == [0.7, 0.9, 0.5])
        #expect(y.changes[0].steps.map(\.answeredHere) == [false, true, true])
        #expect(y.changes[1].steps.map(\.score) == [0.7, 0.9, 0.9])
        #expect(y.changes[1].steps.map(\.answeredHere) == [false, true, false])
        #expect(y.changes[1].steps.map(\.rationale) == [nil, "why i2", nil])
        // z: i1–i3 60 → 100.
        #expect(byID["z"]!.verdict.stages!.changes.map(\.indicator) == [index("i1"), index("i2"), index("i3")])
    }

    @Test func noStagesLeaveTheVerdictAlone() throws {
        let outcome = try JuryTests.judge([try JuryTests.evaluation("x", by: "e1", [50, 50, 50, 50])])
        #expect(outcome.verdicts[0].stages == nil)
    }

    @Test(arguments: [
        ("two consensus records", "a second consensus record for agency 'x'"),
        ("an affiliated member", "member 'e3' of the consensus is affiliated with agency 'x'"),
        ("a reference case", "a reference case calibrates assessors and never enters a cycle"),
    ])
    func groupingRefuses(_ name: String, _ message: String) throws {
        var assessments = [try JuryTests.evaluation("x", by: "e1", [50, 50, 50, 50])]
        switch name {
        case "two consensus records":
            assessments += [try Self.stage("consensus", "x", [1: 60]), try Self.stage("consensus", "x", [1: 70])]
        case "an affiliated member":
            assessments += [
                try JuryTests.evaluation("y", by: "e3", [50, 50, 50, 50], affiliation: "x"),
                try Self.stage("consensus", "x", [1: 60], members: #"<member id="e1"/><member id="e3"/>"#),
            ]
        default:
            assessments.append(try Fixtures.assessment(
                #"<answer indicator="i1" value="50"/>"#, framework: Self.framework, agency: "x",
                assessor: #"<assessor role="reference"/>"#, file: "ref.xml"))
        }
        do {
            _ = try AgencyAssessments.group(assessments)
            Issue.record("\(name): grouping accepted it")
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains(message) }, "\(error.diagnostics.map(\.message))")
            #expect(error.diagnostics.allSatisfy { $0.location.file.hasSuffix(".xml") })
        }
    }
}
