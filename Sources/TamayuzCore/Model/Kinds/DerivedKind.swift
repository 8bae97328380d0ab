/// A value computed from other answers by an expression, scored like a number. It is never
/// answered: its value comes from the expression (``Scorer``), and has no consensus, best or
/// next value of its own.
///
/// Worked example (a ramp from 0 to 1): a computed 0.25 scores 0.25 and is 0.25 in expressions.
struct DerivedKind: IndicatorKindBehaviour {
    var scoring: NumberScoring

    var name: String { "derived" }
    var isAnswered: Bool { false }
    var expressionType: ExpressionType { .number }

    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        .failure(AnswerTextError(message: "'\(id)' is derived (computed from other answers): it cannot be answered"))
    }

    /// The score of the computed value.
    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .number(number) = value else { return nil }
        return scoring.score(number)
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .number(number) = value else { return .missing }
        return .number(number)
    }

    func consensus(_ values: [AnswerValue]) -> AnswerValue? { nil }

    func bestValue(scales: [Scale]) -> AnswerValue? { nil }

    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? { nil }
}
