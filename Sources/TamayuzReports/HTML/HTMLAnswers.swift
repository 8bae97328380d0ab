import TamayuzCore

extension HTMLContext {
    /// The HTML report's ``AnswerWording``: numbers at up to 3 decimals in the report's digits,
    /// ticked options by label.
    var answerWording: AnswerWording {
        AnswerWording(
            framework: framework, language: language, numbers: numbers, places: 3, optionsByLabel: true,
            yes: s(.answerYes), no: s(.answerNo), notApplicable: s(.answerNotApplicable),
            noneTicked: s(.answerNoneTicked), optionSeparator: s(.listSeparator))
    }

    /// An answer in words: yes/no, the level's label, the number with its unit, the options
    /// ticked, or "not applicable".
    func answerText(_ value: AnswerValue, indicator node: Int) -> String {
        guard let kind = framework.nodes[node].indicator?.kind else { return "" }
        return answerWording.words(value, kind: kind)
    }

    /// The answer shown for an indicator of a card: the answer given, the derived value, or
    /// "not answered".
    func answerText(card: ScoreCard, indicator node: Int) -> String {
        if let value = card.sheet.values[node] { return answerText(value, indicator: node) }
        if let derived = card.derivedValues[node] { return answerText(.number(derived), indicator: node) }
        return s(.answerNone)
    }
}
