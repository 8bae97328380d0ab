/// Yes or no, each answer with its score (normally 1 and 0).
///
/// Worked example (yes 1, no 0): "no" scores 0; its next step and the best answer are "yes";
/// two evaluators of three saying yes make the consensus "yes".
struct YesNoKind: IndicatorKindBehaviour {
    var yesScore: Double
    var noScore: Double

    var name: String { "yes/no" }
    var isAnswered: Bool { true }
    var expressionType: ExpressionType { .boolean }

    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        // As written in the template first; else in any letter case.
        switch text {
        case "yes": return .success(.yesNo(true))
        case "no": return .success(.yesNo(false))
        default: break
        }
        return switch text.lowercased() {
        case "yes", "true", "1", "نعم": .success(.yesNo(true))
        case "no", "false", "0", "لا": .success(.yesNo(false))
        default: .failure(AnswerTextError(message: "'\(id)' is a yes/no indicator: answer \"yes\" or \"no\", not '\(text)'"))
        }
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .yesNo(answer) = value else { return nil }
        return answer ? yesScore : noScore
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .yesNo(answer) = value else { return .missing }
        return .boolean(answer)
    }

    /// "Yes" when more than half the evaluators say yes.
    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        let yes = values.filter { $0 == .yesNo(true) }.count
        return .yesNo(yes * 2 > values.count)
    }

    /// The answer that scores more ("yes" on a tie).
    func bestValue(scales: [Scale]) -> AnswerValue? {
        .yesNo(yesScore >= noScore)
    }

    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        current == .yesNo(false) ? .yesNo(true) : nil
    }
}
