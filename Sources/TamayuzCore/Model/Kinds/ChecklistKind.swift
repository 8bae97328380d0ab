/// Options ticked, each worth points; score = min(Σ points ticked, cap) / cap.
///
/// Worked example (options a 3, b 2, c 2 points, cap 5): "a" scores 3 / 5 = 0.6 and is 3 in
/// expressions; its next step ticks the unticked option worth most (b, the first of equals),
/// the best answer ticks all; evaluators ticking "a b", "a" and "b c" agree on "a b" (the
/// options more than half of them ticked).
struct ChecklistKind: IndicatorKindBehaviour {
    var options: [ChecklistOption]
    var cap: Double

    var name: String { "checklist" }
    var isAnswered: Bool { true }
    /// The points ticked.
    var expressionType: ExpressionType { .number }

    /// The ids of the options met, separated by spaces, tabs, new lines, commas or semicolons;
    /// "none" when none is.
    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        // An empty value is a blank left unfilled, not "nothing met": that is written "none".
        if text.isEmpty {
            return .failure(AnswerTextError(
                message: "the answer to checklist '\(id)' is empty: list the ids of the options met, or write \"none\" when none is"))
        }
        if text == "none" { return .success(.options([])) }
        var ticked: [Int] = []
        for option in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," || $0 == ";" }) {
            guard let position = options.firstIndex(where: { $0.id == option }) else {
                return .failure(AnswerTextError(
                    message: "'\(option)' is not an option of checklist '\(id)'; its options are: " + options.map(\.id).joined(separator: ", ")))
            }
            if ticked.contains(position) {
                return .failure(AnswerTextError(message: "option '\(option)' of checklist '\(id)' is ticked twice"))
            }
            ticked.append(position)
        }
        return .success(.options(ticked.sorted()))
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .options(ticked) = value else { return nil }
        guard cap > 0 else { return 0 }
        return min(points(ticked), cap) / cap
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .options(ticked) = value else { return .missing }
        return .number(points(ticked))
    }

    /// The options more than half the evaluators ticked.
    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        var counts: [Int: Int] = [:]
        for case let .options(ticked) in values { for option in ticked { counts[option, default: 0] += 1 } }
        return .options(counts.filter { $0.value * 2 > values.count }.keys.sorted())
    }

    /// Every option ticked.
    func bestValue(scales: [Scale]) -> AnswerValue? {
        .options(Array(options.indices))
    }

    /// One more option: the unticked one worth most (the first of equals).
    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        guard case let .options(ticked) = current else { return nil }
        let candidates = options.indices.filter { !ticked.contains($0) }
        guard let pick = candidates.max(by: { options[$0].points < options[$1].points || (options[$0].points == options[$1].points && $0 > $1) })
        else { return nil }
        return .options((ticked + [pick]).sorted())
    }

    /// The points of the ticked options.
    private func points(_ ticked: [Int]) -> Double {
        ticked.reduce(0.0) { $0 + (options.indices.contains($1) ? options[$1].points : 0) }
    }
}
