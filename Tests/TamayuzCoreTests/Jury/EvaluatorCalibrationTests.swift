import Testing
import TamayuzCore
import TamayuzTestSupport

/// Each evaluator's leniency or severity against the others on the same agency and indicator.
@Suite struct EvaluatorCalibrationTests {
    @Test func harshEvaluatorOfKnownOffsetIsFlagged() throws {
        // e3 scores 20 points below the mean of e1 and e2 on every indicator of x.
        //   e1 60 70 80 90, e2 70 70 80 80 → their means 65 70 80 85 → e3 45 50 60 65.
        // e3: −20 on each → mean signed −0.20, mean absolute 0.20.
        // e1 against the mean of e2 and e3: 60 − 57.5, 70 − 60, 80 − 70, 90 − 72.5 = 2.5, 10, 10, 17.5 → +0.10.
        // e2 against e1 and e3: 70 − 52.5, 70 − 60, 80 − 70, 80 − 77.5 = 17.5, 10, 10, 2.5 → +0.10.
        let outcome = try JuryTests.judge([
            try JuryTests.evaluation("x", by: "e1", [60, 70, 80, 90]),
            try JuryTests.evaluation("x", by: "e2", [70, 70, 80, 80]),
            try JuryTests.evaluation("x", by: "e3", [45, 50, 60, 65]),
        ])
        let calibration = outcome.agreement.calibration
        #expect(calibration.map(\.evaluator) == ["e1", "e2", "e3"])
        #expect(calibration.map(\.compared) == [4, 4, 4])
        #expect(calibration.map(\.meanDifference) == [0.1, 0.1, -0.2])
        #expect(calibration.map(\.meanAbsoluteDifference) == [0.1, 0.1, 0.2])
        #expect(calibration.map(\.isFlagged) == [true, true, true])
    }

    @Test func onlyIndicatorsAnotherEvaluatorScoredAreCompared() throws {
        // e1 alone on y; on x, e2 is 4 points below e1 (within the 0.05 threshold): not flagged.
        let partial = try Fixtures.assessment(
            #"<answer indicator="i1" value="46"/><answer indicator="i2" value="46"/>"#, framework: JuryTests.framework,
            agency: "x", assessor: #"<assessor role="evaluator" id="e2"/>"#, file: "x-e2.xml")
        let outcome = try JuryTests.judge([
            try JuryTests.evaluation("x", by: "e1", [50, 50, 50, 50]), partial,
            try JuryTests.evaluation("y", by: "e1", [10, 10, 10, 10]),
        ])
        let calibration = outcome.agreement.calibration
        // e1: 8 scores, 2 compared (x.i1, x.i2), each +0.04; e2: 2 scores, each −0.04.
        #expect(calibration.map(\.scores) == [8, 2])
        #expect(calibration.map(\.compared) == [2, 2])
        #expect(calibration.map(\.meanDifference) == [0.04, -0.04])
        #expect(calibration.map(\.isFlagged) == [false, false])
    }

    @Test func consistencySitsBesideAlpha() throws {
        // Two agencies; e2 is 10 points harsher than e1 everywhere: α counts it, consistency not.
        let outcome = try JuryTests.judge([
            try JuryTests.evaluation("x", by: "e1", [20, 60, 40, 80]), try JuryTests.evaluation("x", by: "e2", [10, 50, 30, 70]),
            try JuryTests.evaluation("y", by: "e1", [30, 90, 50, 70]), try JuryTests.evaluation("y", by: "e2", [20, 80, 40, 60]),
        ])
        let consistency = outcome.agreement.consistency
        #expect(consistency.units == 8)
        #expect(close(consistency.consistencySingle!, 1))
        #expect(consistency.kendallW == 1)
        #expect(consistency.kendallAgencies == 2)
        #expect(consistency.oneWaySingle! < 1)
        #expect(outcome.agreement.overall.interval! < 1)
    }
}
