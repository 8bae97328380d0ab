import TamayuzCore

/// Reads an answer's value written as text (an XML attribute or a table cell) for an indicator;
/// each kind reads its own (`IndicatorKind.parseAnswer`).
enum AnswerParsing {
    static func parse(_ raw: String, indicator: Indicator, id: String, framework: Framework) -> Result<AnswerValue, AnswerTextError> {
        indicator.kind.parseAnswer(raw.trimmedWhitespace, id: id, scales: framework.scales)
    }
}
