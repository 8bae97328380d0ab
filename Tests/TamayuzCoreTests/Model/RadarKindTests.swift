import Testing
@testable import TamayuzCore

/// RADAR items scored on attributes, worked by hand: the attributes' mean, the overall computed
/// from it or set within 10 points of it, and the answers refused (the tolerance, the 5 % steps,
/// missing, unknown or repeated attributes).
@Suite struct RadarKindTests {
    static let enabler = IndicatorKind.radar(.enabler)
    static let results = IndicatorKind.radar(.results)
    /// Sum 50 + 40 + 45 + 35 + 30 + 25 + 30 = 255; mean 255 / 7 ≈ 36.43.
    static let attributes = "sound 50, integrated 40, implemented 45, structured 35, measured 30, learning 25, improvement 30"
    static let percentages = [50, 40, 45, 35, 30, 25, 30]

    func parse(_ text: String, _ kind: IndicatorKind = enabler) -> Result<AnswerValue, AnswerTextError> {
        kind.parseAnswer(text, id: "1a", scales: [])
    }

    @Test func overallComputedAsTheMeanRoundedToFive() throws {
        #expect(abs(RadarAnswer.mean(Self.percentages) - 36.428_571) < 1e-6)
        let value = try parse(Self.attributes).get()
        // 36.43 / 5 = 7.29 → 7 → 35.
        #expect(value == .radar(RadarAnswer(percentages: Self.percentages, overall: 35, overallGiven: false)))
        #expect(Self.enabler.behaviour.score(value, scales: []) == 0.35)
        #expect(Self.enabler.behaviour.expressionValue(value, scales: []) == .number(35))
    }

    /// 45 is 8.57 above the mean and 30 is 6.43 below it: both within 10, and they score.
    @Test(arguments: [(45, 0.45), (30, 0.3)]) func overallWithinTheTolerance(_ overall: Int, _ score: Double) throws {
        let value = try parse(Self.attributes + ", overall \(overall)").get()
        #expect(value == .radar(RadarAnswer(percentages: Self.percentages, overall: overall, overallGiven: true)))
        #expect(Self.enabler.behaviour.score(value, scales: []) == score)
    }

    /// 50 is 13.57 above the mean and 25 is 11.43 below it: refused, naming the mean and the
    /// tolerance.
    @Test(arguments: [50, 25]) func overallBeyondTheToleranceIsRefused(_ overall: Int) {
        #expect(parse(Self.attributes + "; overall \(overall)") == .failure(AnswerTextError(message:
            "the overall \(overall) of '1a' is more than 10 points from its attributes' mean 36.4: set it within 10 points of the mean, or leave it out to have it computed")))
    }

    /// Exactly 10 points from the mean is within the tolerance; 15 is not.
    @Test func toleranceBoundary() throws {
        let forties = "sound 40, integrated 40, implemented 40, structured 40, measured 40, learning 40, improvement 40"
        #expect(try parse(forties + ", overall 50").get() == .radar(RadarAnswer(percentages: Array(repeating: 40, count: 7), overall: 50, overallGiven: true)))
        #expect(try parse(forties + ", overall 30").get() == .radar(RadarAnswer(percentages: Array(repeating: 40, count: 7), overall: 30, overallGiven: true)))
        #expect(throws: AnswerTextError.self) { try parse(forties + ", overall 55").get() }
    }

    /// The results attributes: sum 455, mean 65, overall 65.
    @Test func resultsAttributes() throws {
        let value = try parse("relevance 70, integrity 80, segmentation 60, trends 75, targets 65, comparisons 55, causality 50", Self.results).get()
        #expect(value == .radar(RadarAnswer(percentages: [70, 80, 60, 75, 65, 55, 50], overall: 65, overallGiven: false)))
        #expect(Self.results.behaviour.score(value, scales: []) == 0.65)
        #expect(Self.results.name == "RADAR results")
    }

    /// Written as people type it: percent signs, Arabic digits and commas, ':' or '=', new lines.
    @Test func readsForgivingly() throws {
        let typed = "Sound: ٥٠٪، integrated=40%\nimplemented 45; structured 35, measured 30, learning 25, improvement 30"
        #expect(try parse(typed).get() == parse(Self.attributes).get())
    }

    @Test(arguments: [
        ("sound 42", "sound is '42': RADAR percentages go in steps of 5 from 0 to 100"),
        ("sound 105", "sound is '105': RADAR percentages go in steps of 5 from 0 to 100"),
        ("sound 47.5", "sound is '47.5': RADAR percentages go in steps of 5 from 0 to 100"),
        ("overall 33", "overall is '33': RADAR percentages go in steps of 5 from 0 to 100"),
        ("sound 50, sound 55", "'sound' is given twice"),
        ("sound 50, approach 55", "'approach' is not one of its attributes"),
        ("sound", "'sound' is not an attribute and its percentage"),
        ("sound 50, integrated 40", "it has no percentage for implemented, structured, measured, learning, improvement"),
    ]) func refusals(_ text: String, _ reason: String) {
        #expect(parse(text) == .failure(AnswerTextError(message: "the answer to RADAR item '1a' does not read: \(reason); write each of "
            + "sound, integrated, implemented, structured, measured, learning, improvement with a percentage (e.g. \"sound 45\"), then optionally \"overall\" with one")))
    }

    /// The next step raises the weakest attribute (learning, 25 → 30; sum 260, mean 37.14 → 35);
    /// the best has every attribute at 100; at the top there is no next step.
    @Test func nextAndBest() throws {
        let behaviour = Self.enabler.behaviour
        let value = try parse(Self.attributes + ", overall 45").get()
        #expect(behaviour.nextValue(after: value, scales: []) == .radar(RadarAnswer(percentages: [50, 40, 45, 35, 30, 30, 30], overall: 35, overallGiven: false)))
        let best = AnswerValue.radar(RadarAnswer(percentages: Array(repeating: 100, count: 7), overall: 100, overallGiven: false))
        #expect(behaviour.bestValue(scales: []) == best)
        #expect(behaviour.nextValue(after: best, scales: []) == nil)
        // Of equal weakest attributes the first is raised: measured and improvement are 30, so
        // measured (the first) goes to 35.
        let next = behaviour.nextValue(after: .radar(RadarAnswer(computedFrom: [50, 40, 45, 35, 30, 30, 30])), scales: [])
        #expect(next == .radar(RadarAnswer(percentages: [50, 40, 45, 35, 35, 30, 30], overall: 40, overallGiven: false)))
    }

    /// Attribute by attribute the median (the lower middle of an even count), overall computed:
    /// sound 50/60/70 → 60, integrated 40/40/55 → 40, …; the mean of the result is
    /// (60 + 40 + 45 + 35 + 30 + 25 + 30) / 7 = 37.86 → 40.
    @Test func consensus() {
        let behaviour = Self.enabler.behaviour
        let answers: [AnswerValue] = [
            .radar(RadarAnswer(percentages: [50, 40, 45, 35, 30, 25, 30], overall: 45, overallGiven: true)),
            .radar(RadarAnswer(computedFrom: [60, 55, 40, 35, 30, 20, 35])),
            .radar(RadarAnswer(computedFrom: [70, 40, 50, 40, 25, 25, 30])),
        ]
        #expect(behaviour.consensus(answers) == .radar(RadarAnswer(percentages: [60, 40, 45, 35, 30, 25, 30], overall: 40, overallGiven: false)))
        #expect(behaviour.consensus(Array(answers.prefix(2))) == .radar(RadarAnswer(computedFrom: [50, 40, 40, 35, 30, 20, 30])))
    }

    /// The RADAR bands read 0, 10–30, 40–60, 70–80 and 90–100; the steps between (5, 35, 65, 85)
    /// read as the lower band.
    @Test(arguments: [
        (0, RadarBand.none), (5, .none), (10, .some), (30, .some), (35, .some), (40, .good), (60, .good),
        (65, .good), (70, .strong), (85, .strong), (90, .excellent), (100, .excellent),
    ]) func bands(_ percentage: Int, _ band: RadarBand) {
        #expect(RadarBand(percentage: percentage) == band)
    }
}
