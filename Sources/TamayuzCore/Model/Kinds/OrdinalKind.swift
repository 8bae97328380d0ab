/// A level of a shared scale, scored by the level's score.
///
/// Worked example (a scale of levels a, b, c, d scoring 0, 0.25, 0.5, 1): "b" scores 0.25 and
/// is the string "b" in expressions; its next step is "c", the best answer "d";
/// evaluators answering "a", "c" and "d" agree on "c" (the median; of an even count the lower
/// middle one).
struct OrdinalKind: IndicatorKindBehaviour {
    /// Index into `Framework.scales`.
    var scale: Int

    var name: String { "ordinal" }
    var isAnswered: Bool { true }
    var expressionType: ExpressionType { .string }

    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        let levels = scales[scale].levels
        if let level = scales[scale].levelIndex(of: text) { return .success(.level(level)) }
        // Then as people type it: the id in any letter case, or the label in any language.
        let typed = TypedAnswer.folded(text)
        if let level = levels.firstIndex(where: { TypedAnswer.folded($0.id) == typed || $0.label.entries.contains { TypedAnswer.folded($0.text) == typed } }) {
            return .success(.level(level))
        }
        let known = levels.map(\.id) + levels.flatMap { $0.label.entries.map(\.text) }
        let suggestion = Suggestion.closest(to: text, among: known).map { " (did you mean '\($0)'?)" } ?? ""
        return .failure(AnswerTextError(
            message: "'\(text)' is not a level of scale '\(scales[scale].id)'; its levels are: "
                + levels.map(\.id).joined(separator: ", ") + suggestion))
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .level(level) = value else { return nil }
        let levels = scales[scale].levels
        return levels.indices.contains(level) ? levels[level].score : nil
    }

    /// The level's id.
    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .level(level) = value else { return .missing }
        let levels = scales[scale].levels
        return levels.indices.contains(level) ? .string(levels[level].id) : .missing
    }

    /// The median level; the lower of the two middle ones for an even count.
    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        let levels = values.compactMap { if case let .level(level) = $0 { level } else { nil } }.sorted()
        guard !levels.isEmpty else { return nil }
        return .level(levels[(levels.count - 1) / 2])
    }

    /// The level that scores most (the first of equals).
    func bestValue(scales: [Scale]) -> AnswerValue? {
        let levels = scales[scale].levels
        guard let best = levels.indices.max(by: { levels[$0].score < levels[$1].score }) else { return nil }
        return .level(best)
    }

    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        guard case let .level(level) = current else { return nil }
        return level + 1 < scales[scale].levels.count ? .level(level + 1) : nil
    }
}
