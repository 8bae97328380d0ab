import Testing
@testable import TamayuzCore

/// Results series worked by hand: level (a ramp from the criteria's floor to their target),
/// trend (the share of yearly improvements), target met and comparison met, weighted
/// 40 / 30 / 20 / 10.
@Suite struct ResultsSeriesKindTests {
    /// Satisfaction in %: level from 50 (0) to 90 (1).
    static let satisfaction = IndicatorKind.resultsSeries(floor: 50, target: 90)
    /// Hours to resolve a complaint: lower is better, from 72 (0) down to 4 (1).
    static let hours = IndicatorKind.resultsSeries(floor: 72, target: 4)

    func parse(_ text: String, _ kind: IndicatorKind = satisfaction) -> Result<AnswerValue, AnswerTextError> {
        kind.parseAnswer(text, id: "7a", scales: [])
    }

    /// Level (74 − 50) / 40 = 0.6, two improvements of three changes, target 75 missed,
    /// comparator 70 beaten: 0.24 + 0.2 + 0 + 0.1 = 0.54. The years may come in any order.
    @Test func higherIsBetter() throws {
        let value = try parse("2024 66, 2022 60, 2023 58, 2025 74; target 75; comparator 70").get()
        let series = ResultsSeries(years: [2022, 2023, 2024, 2025], values: [60, 58, 66, 74], target: 75, comparator: 70)
        #expect(value == .series(series))
        let parts = ResultsSeriesScoring.parts(series, floor: 50, target: 90)
        #expect(parts.level == 0.6)
        #expect(parts.trend == 2.0 / 3)
        #expect(parts.targetMet == 0)
        #expect(parts.comparisonMet == 1)
        let score = try #require(Self.satisfaction.behaviour.score(value, scales: []))
        #expect(abs(score - 0.54) < 1e-12)
        #expect(Self.satisfaction.behaviour.expressionValue(value, scales: []) == .number(74))
    }

    /// Level (20 − 72) / (4 − 72) = 52 / 68; 30 → 20 improves, 20 → 20 does not: 1/2; target
    /// 15 missed (20 > 15); comparator 25 beaten (20 ≤ 25): 0.4 × 52/68 + 0.15 + 0 + 0.1.
    @Test func lowerIsBetter() throws {
        let value = try parse("2023 30, 2024 20, 2025 20, target 15, comparator 25", Self.hours).get()
        let score = try #require(Self.hours.behaviour.score(value, scales: []))
        #expect(abs(score - (0.4 * 52 / 68 + 0.25)) < 1e-12)
    }

    /// Every year better, at the criteria's target, beating target and comparator: 1.
    @Test func fullMarks() throws {
        let value = try parse("2024 80, 2025 90; target 90; comparator 85").get()
        #expect(Self.satisfaction.behaviour.score(value, scales: []) == 1)
        #expect(Self.satisfaction.behaviour.nextValue(after: value, scales: []) == nil)
    }

    /// The next step adds the following year halfway from 74 to the target 90: 82.
    @Test func nextAddsAYear() throws {
        let value = try parse("2024 66, 2025 74; target 75; comparator 70").get()
        #expect(Self.satisfaction.behaviour.nextValue(after: value, scales: []) ==
            .series(ResultsSeries(years: [2024, 2025, 2026], values: [66, 74, 82], target: 75, comparator: 70)))
        #expect(Self.satisfaction.behaviour.bestValue(scales: []) == nil)
    }

    /// Year by year the median of the evaluators who give it; the median target and comparator.
    @Test func consensus() throws {
        let answers = try [
            "2024 60, 2025 70; target 75; comparator 65",
            "2024 64, 2025 74; target 80; comparator 65",
            "2025 78, 2023 50; target 75; comparator 70",
        ].map { try parse($0).get() }
        #expect(Self.satisfaction.behaviour.consensus(answers) ==
            .series(ResultsSeries(years: [2023, 2024, 2025], values: [50, 62, 74], target: 75, comparator: 65)))
    }

    @Test(arguments: [
        ("2025 74; target 75; comparator 70", "it needs at least two years' values"),
        ("2024 66, 2025 74; target 75", "it needs a target and a comparator"),
        ("2024 66, 2024 74; target 75; comparator 70", "2024 is given twice"),
        ("2024 66, 2025 74; target 75; target 80; comparator 70", "'target' is given twice"),
        ("2024 66, 2025 74; goal 75; comparator 70", "'goal' is not a year, 'target' or 'comparator'"),
        ("2024 66, 2025 high; target 75; comparator 70", "'2025 high' is not a year, 'target' or 'comparator' with a number"),
    ]) func refusals(_ text: String, _ reason: String) {
        #expect(parse(text) == .failure(AnswerTextError(message: "the answer to results series '7a' does not read: \(reason); "
            + "write each year with its value, then the target and the comparator (e.g. \"2023 61, 2024 66; target 70; comparator 64\")")))
    }
}
