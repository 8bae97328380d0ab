/// A results item answered as a short series: at least two years' values, a target and a
/// comparator, scored on the latest value's level (a ramp from the criteria's floor to their
/// target), the trend (the share of year-on-year changes that improve), the target met and the
/// comparison met, weighted 40 / 30 / 20 / 10 (``ResultsSeriesScoring``).
///
/// Worked example (floor 50, target 90): "2022 60, 2023 58, 2024 66, 2025 74; target 75;
/// comparator 70" has the level (74 − 50) / (90 − 50) = 0.6, two improvements in three changes,
/// misses its target and beats the comparator: 0.4 × 0.6 + 0.3 × 2/3 + 0.2 × 0 + 0.1 × 1 = 0.54;
/// it is 74 in expressions. The next step adds 2026 halfway from 74 to the criteria's target, 82;
/// there is no single best series. Evaluators agree year by year on the median value, and on
/// the median target and comparator.
struct ResultsSeriesKind: IndicatorKindBehaviour {
    var floor: Double
    var target: Double

    var name: String { "results series" }
    var isAnswered: Bool { true }
    /// The latest value.
    var expressionType: ExpressionType { .number }

    /// "year value" entries, then "target value" and "comparator value", separated by commas,
    /// semicolons or new lines.
    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        var points: [(year: Int, value: Double)] = []
        var named: [String: Double] = [:]
        for entry in RadarText.entries(text) {
            guard let (name, written) = RadarText.pair(entry), let value = NumberKind.finiteNumber(written) else {
                return .failure(refusal(id, "'\(entry)' is not a year, 'target' or 'comparator' with a number"))
            }
            if name == "target" || name == "comparator" {
                guard named[name] == nil else { return .failure(refusal(id, "'\(name)' is given twice")) }
                named[name] = value
            } else if let year = Int(name), (1900...2200).contains(year) {
                guard !points.contains(where: { $0.year == year }) else { return .failure(refusal(id, "\(year) is given twice")) }
                points.append((year, value))
            } else {
                return .failure(refusal(id, "'\(name)' is not a year, 'target' or 'comparator'"))
            }
        }
        guard points.count >= 2 else { return .failure(refusal(id, "it needs at least two years' values")) }
        guard let answerTarget = named["target"], let comparator = named["comparator"] else {
            return .failure(refusal(id, "it needs a target and a comparator"))
        }
        let sorted = points.sorted { $0.year < $1.year }
        return .success(.series(ResultsSeries(years: sorted.map(\.year), values: sorted.map(\.value), target: answerTarget, comparator: comparator)))
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .series(series) = value else { return nil }
        return ResultsSeriesScoring.score(series, floor: floor, target: target)
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .series(series) = value else { return .missing }
        return .number(series.latest)
    }

    /// Year by year the median value (over the evaluators who give that year), the median
    /// target and the median comparator.
    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        let all = values.compactMap { if case let .series(series) = $0 { series } else { nil } }
        guard !all.isEmpty else { return nil }
        let years = Set(all.flatMap(\.years)).sorted()
        let medians = years.map { year in
            Descriptive.median(all.compactMap { series in series.years.firstIndex(of: year).map { series.values[$0] } }) ?? 0
        }
        return .series(ResultsSeries(
            years: years, values: medians,
            target: Descriptive.median(all.map(\.target)) ?? 0, comparator: Descriptive.median(all.map(\.comparator)) ?? 0))
    }

    /// A series has no single best answer.
    func bestValue(scales: [Scale]) -> AnswerValue? { nil }

    /// One more year, its value halfway from the latest to the criteria's target (from the
    /// floor when the latest scores 0); nil once the latest reaches the target.
    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        guard case var .series(series) = current, let year = series.years.last,
              let next = NumberScoring.ramp(floor: floor, target: target).next(after: series.latest)
        else { return nil }
        series.years.append(year + 1)
        series.values.append(next)
        return .series(series)
    }

    private func refusal(_ id: String, _ reason: String) -> AnswerTextError {
        AnswerTextError(message: "the answer to results series '\(id)' does not read: \(reason); write each year with its value, then the target and the comparator (e.g. \"2023 61, 2024 66; target 70; comparator 64\")")
    }
}
