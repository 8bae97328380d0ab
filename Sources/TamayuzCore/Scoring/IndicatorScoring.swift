/// Turns an answer into an indicator's score in [0, 1], by the indicator's kind.
enum IndicatorScoring {
    /// The score of `value` for an indicator of `kind`; nil when the value does not fit the
    /// kind (the loader refuses such answers, so this is a guard, not a path).
    static func score(_ value: AnswerValue, kind: IndicatorKind, scales: [Scale]) -> Double? {
        switch (kind, value) {
        case let (.yesNo(yesScore, noScore), .yesNo(answer)):
            return answer ? yesScore : noScore
        case let (.ordinal(scale), .level(level)):
            let levels = scales[scale].levels
            return levels.indices.contains(level) ? levels[level].score : nil
        case let (.number(scoring, _, _), .number(number)),
             let (.percentage(scoring), .number(number)):
            return scoring.score(number)
        case let (.checklist(options, cap), .options(ticked)):
            guard cap > 0 else { return 0 }
            let points = ticked.reduce(0.0) { $0 + (options.indices.contains($1) ? options[$1].points : 0) }
            return min(points, cap) / cap
        default:
            return nil
        }
    }

    /// The value an answer has in expressions: yes/no → boolean, ordinal → the level id,
    /// number and percentage → the number, checklist → the points ticked.
    static func expressionValue(_ value: AnswerValue, kind: IndicatorKind, scales: [Scale]) -> ExpressionValue {
        switch (kind, value) {
        case let (_, .yesNo(answer)):
            return .boolean(answer)
        case let (.ordinal(scale), .level(level)):
            let levels = scales[scale].levels
            return levels.indices.contains(level) ? .string(levels[level].id) : .missing
        case let (_, .number(number)):
            return .number(number)
        case let (.checklist(options, _), .options(ticked)):
            return .number(ticked.reduce(0.0) { $0 + (options.indices.contains($1) ? options[$1].points : 0) })
        default:
            return .missing
        }
    }
}
