/// A percentage in [0, 100], scored like a number by a ramp (default 0 → 0, 100 → 1) or
/// thresholds.
///
/// Worked example (the default ramp): 80 scores 0.8; its next step is halfway to 100, 90; the
/// best answer is 100.
struct PercentageKind: IndicatorKindBehaviour {
    var scoring: NumberScoring

    var name: String { "percentage" }
    var isAnswered: Bool { true }
    var expressionType: ExpressionType { .number }

    /// A number bounded by 0 and 100: what a percentage does beyond reading its text.
    private var number: NumberKind { NumberKind(scoring: scoring, bounds: NumberBounds(min: 0, max: 100)) }

    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        guard let number = NumberKind.finiteNumber(TypedAnswer.withoutPercentSign(TypedAnswer.westernDigits(text))) else { return .failure(NumberKind.notANumber(text, id: id)) }
        guard (0...100).contains(number) else {
            return .failure(AnswerTextError(
                message: "\(Expression.canonical(number)) is not a percentage: '\(id)' takes a number from 0 to 100"))
        }
        return .success(.number(number))
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        number.score(value, scales: scales)
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        number.expressionValue(value, scales: scales)
    }

    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        number.consensus(values)
    }

    func bestValue(scales: [Scale]) -> AnswerValue? {
        number.bestValue(scales: scales)
    }

    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        number.nextValue(after: current, scales: scales)
    }
}
