import Testing
import TamayuzCore
import TamayuzTestSupport

/// Evaluators scored against a reference case's answer key, worked by hand.
@Suite struct ReferenceCalibrationTests {
    /// Two areas: A with i1, i2; B with i3, i4 (percentages, so a value of 70 scores 0.70).
    static let framework = try! Fixtures.framework(
        ["A": [1, 2], "B": [3, 4]].sorted { $0.key < $1.key }.map { area, indicators in
            "<area id=\"\(area)\"><title xml:lang=\"en\">\(area)</title><title xml:lang=\"ar\">\(area)</title>"
                + indicators.map { "<indicator id=\"i\($0)\"><title xml:lang=\"en\">i\($0)</title><title xml:lang=\"ar\">i\($0)</title><percentage/></indicator>" }.joined()
                + "</area>"
        }.joined())

    static func card(_ values: [Double?], by evaluator: String) throws -> (assessor: Assessor, card: ScoreCard) {
        let answers = values.enumerated().compactMap { position, value in
            value.map { "<answer indicator=\"i\(position + 1)\" value=\"\($0)\"/>" }
        }.joined()
        let assessment = try Fixtures.assessment(
            answers, framework: framework, agency: "ref", assessor: "<assessor role=\"evaluator\" id=\"\(evaluator)\"/>")
        return (assessment.assessor, try Scorer(framework: framework).score(assessment, profile: nil))
    }

    static func index(_ id: String) -> Int { framework.nodeIndex[id]! }

    @Test func handWorkedKey() throws {
        // Key: i1 60, i2 80, i3 50, i4 40; tolerance 0.10 everywhere but i4 (0.05).
        let keyCard = try Self.card([60, 80, 50, 40], by: "expert").card
        let key = ReferenceKey(card: keyCard, framework: Self.framework, tolerances: [Self.index("i4"): 0.05], defaultTolerance: 0.1)
        // e1: 70 75 50 50 → errors +0.10 −0.05 0 +0.10 → bias 0.15/4 = 0.0375, MAE 0.25/4 = 0.0625;
        //     i1 |0.10| ≤ 0.10 agrees; i4 0.10 > 0.05 missed. A 2/2, B 1/2.
        // e2: 40 60 30 — (i4 left blank) → errors −0.20 −0.20 −0.20 → bias −0.20, MAE 0.20;
        //     all three outside 0.10: missed, and i4 unscored. A 0/2, B 0/2.
        // e3: 60 80 50 40 → all 0: bias 0, MAE 0, everything agrees.
        let ranked = ReferenceCalibration.rank(
            [try Self.card([40, 60, 30, nil], by: "e2"), try Self.card([70, 75, 50, 50], by: "e1"), try Self.card([60, 80, 50, 40], by: "e3")],
            key: key, framework: Self.framework)
        #expect(ranked.map(\.evaluator.id) == ["e3", "e1", "e2"])
        #expect(ranked.map(\.compared) == [4, 4, 3])
        #expect(ranked.map(\.bias) == [0, 0.0375, -0.2])
        #expect(ranked.map(\.meanAbsoluteError) == [0, 0.0625, 0.2])
        #expect(ranked.map { $0.areas.map(\.agreed) } == [[2, 2], [2, 1], [0, 0]])
        #expect(ranked.map { $0.areas.map(\.rate) } == [[1, 1], [1, 0.5], [0, 0]])
        #expect(ranked[1].misses.map(\.indicator) == [Self.index("i4")])
        #expect(ranked[1].misses[0].error == 0.1)
        // e2's misses: the three −0.20 errors in framework order, then i4, unscored.
        #expect(ranked[2].misses.map(\.indicator) == ["i1", "i2", "i3", "i4"].map(Self.index))
        #expect(ranked[2].misses.map(\.given) == [0.4, 0.6, 0.3, nil])
    }

    @Test func indicatorsTheKeyLeftBlankAreNotCompared() throws {
        // Key scores only i1 (70). e1 scores all four; only i1 is compared: error −0.10 → within 0.10.
        let keyCard = try Self.card([70, nil, nil, nil], by: "expert").card
        let key = ReferenceKey(card: keyCard, framework: Self.framework, defaultTolerance: 0.1)
        let e1 = try Self.card([60, 10, 10, 10], by: "e1")
        let result = ReferenceCalibration.calibrate(e1.assessor, card: e1.card, key: key, framework: Self.framework)
        #expect(result.compared == 1)
        #expect(result.bias == -0.1)
        #expect(result.areas.map(\.keyed) == [1, 0])
        #expect(result.areas.map(\.rate) == [1, nil])
        #expect(result.misses.isEmpty)
    }
}
