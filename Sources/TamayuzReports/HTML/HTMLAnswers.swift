import TamayuzCore

extension HTMLContext {
    /// An answer in words: yes/no, the level's label, the number with its unit, the options
    /// ticked, or "not applicable".
    func answerText(_ value: AnswerValue, indicator node: Int) -> String {
        guard let kind = framework.nodes[node].indicator?.kind else { return "" }
        switch (value, kind) {
        case (.notApplicable, _):
            return s(.answerNotApplicable)
        case let (.yesNo(yes), _):
            return s(yes ? .answerYes : .answerNo)
        case let (.level(level), .ordinal(scale)):
            let levels = framework.scales[scale].levels
            guard levels.indices.contains(level) else { return numbers.integer(level) }
            let label = text(levels[level].label)
            return label.isEmpty ? levels[level].id : label
        case let (.number(number), .percentage):
            return numbers.digits(HTMLContext.shortest(number)) + (numbers.arabicIndic ? "٪" : "%")
        case let (.number(number), .number(_, _, unit)), let (.number(number), .derived(_, _, unit)):
            return numbers.digits(HTMLContext.shortest(number)) + (unit.map { " " + $0 } ?? "")
        case let (.options(ticked), .checklist(options, _)):
            let labels = ticked.compactMap { options.indices.contains($0) ? options[$0] : nil }.map { option in
                let label = text(option.label)
                return label.isEmpty ? option.id : label
            }
            return labels.isEmpty ? s(.answerNoneTicked) : labels.joined(separator: s(.listSeparator))
        case let (.number(number), _):
            return numbers.digits(HTMLContext.shortest(number))
        default:
            return ""
        }
    }

    /// The answer shown for an indicator of a card: the answer given, the derived value, or
    /// "not answered".
    func answerText(card: ScoreCard, indicator node: Int) -> String {
        if let value = card.sheet.values[node] { return answerText(value, indicator: node) }
        if let derived = card.derivedValues[node] { return answerText(.number(derived), indicator: node) }
        return s(.answerNone)
    }

    /// A number with at most three decimals and no trailing zeros.
    static func shortest(_ value: Double) -> String {
        var text = HTMLNumbers.plain(value, places: 3)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
