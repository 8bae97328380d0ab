/// An item scored on RADAR attributes: each attribute a percentage in steps of 5 from 0 to 100,
/// and an overall percentage the assessor sets within ``RadarAnswer/tolerance`` (10 points) of
/// the attributes' mean, or that is computed as the mean rounded to the nearest 5 when not
/// given. The score is the overall / 100.
///
/// Worked example (enabler attributes): "sound 50, integrated 40, implemented 45, structured 35,
/// measured 30, learning 25, improvement 30" has the mean 255 / 7 ≈ 36.4, so the overall is
/// computed as 35 and scores 0.35; "…, overall 45" is within 10 of the mean and scores 0.45;
/// "…, overall 50" is 13.6 from it and is refused. The next step raises the weakest attribute
/// (learning, 25 → 30) and recomputes the overall (260 / 7 ≈ 37.1 → 35); the best answer has
/// every attribute at 100. Evaluators agree attribute by attribute on the median (of an even
/// count the lower middle one), with the overall computed from those.
struct RadarKind: IndicatorKindBehaviour {
    var attributes: RadarAttributeSet

    var name: String { "RADAR \(attributes.rawValue)" }
    var isAnswered: Bool { true }
    /// The overall percentage.
    var expressionType: ExpressionType { .number }

    /// "name percentage" pairs separated by commas, semicolons or new lines, one for each
    /// attribute, then optionally "overall percentage"; a percentage may carry its sign.
    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        let names = attributes.attributes
        var given: [String: Int] = [:]
        for entry in RadarText.entries(text) {
            guard let (name, percentage) = RadarText.pair(entry) else {
                return .failure(refusal(id, "'\(entry)' is not an attribute and its percentage"))
            }
            guard name == "overall" || names.contains(name) else {
                return .failure(refusal(id, "'\(name)' is not one of its attributes"))
            }
            guard given[name] == nil else { return .failure(refusal(id, "'\(name)' is given twice")) }
            guard let step = RadarText.step(percentage) else {
                return .failure(refusal(id, "\(name) is '\(percentage)': RADAR percentages go in steps of 5 from 0 to 100"))
            }
            given[name] = step
        }
        let missing = names.filter { given[$0] == nil }
        guard missing.isEmpty else { return .failure(refusal(id, "it has no percentage for " + missing.joined(separator: ", "))) }
        let percentages = names.map { given[$0]! }
        guard let overall = given["overall"] else { return .success(.radar(RadarAnswer(computedFrom: percentages))) }
        let mean = RadarAnswer.mean(percentages)
        guard abs(Double(overall) - mean) <= RadarAnswer.tolerance + 1e-9 else {
            let shown = Expression.canonical((mean * 10).rounded() / 10)
            return .failure(AnswerTextError(
                message: "the overall \(overall) of '\(id)' is more than \(Int(RadarAnswer.tolerance)) points from its attributes' mean \(shown): set it within \(Int(RadarAnswer.tolerance)) points of the mean, or leave it out to have it computed"))
        }
        return .success(.radar(RadarAnswer(percentages: percentages, overall: overall, overallGiven: true)))
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .radar(answer) = value else { return nil }
        return Double(answer.overall) / 100
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .radar(answer) = value else { return .missing }
        return .number(Double(answer.overall))
    }

    /// Each attribute's median (the lower middle one of an even count); the overall computed.
    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        let answers = values.compactMap { if case let .radar(answer) = $0 { answer } else { nil } }
        guard !answers.isEmpty else { return nil }
        let percentages = attributes.attributes.indices.map { index in
            let sorted = answers.map { $0.percentages.indices.contains(index) ? $0.percentages[index] : 0 }.sorted()
            return sorted[(sorted.count - 1) / 2]
        }
        return .radar(RadarAnswer(computedFrom: percentages))
    }

    /// Every attribute at 100.
    func bestValue(scales: [Scale]) -> AnswerValue? {
        .radar(RadarAnswer(computedFrom: attributes.attributes.map { _ in 100 }))
    }

    /// The weakest attribute (the first of equals) raised by 5, the overall computed.
    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        guard case let .radar(answer) = current,
              let weakest = answer.percentages.indices.min(by: { answer.percentages[$0] < answer.percentages[$1] }),
              answer.percentages[weakest] < 100
        else { return nil }
        var percentages = answer.percentages
        percentages[weakest] += 5
        return .radar(RadarAnswer(computedFrom: percentages))
    }

    private func refusal(_ id: String, _ reason: String) -> AnswerTextError {
        AnswerTextError(message: "the answer to RADAR item '\(id)' does not read: \(reason); write each of "
            + attributes.attributes.joined(separator: ", ") + " with a percentage (e.g. \"\(attributes.attributes[0]) 45\"), then optionally \"overall\" with one")
    }
}

/// How RADAR answers and results series are written: entries separated by commas, semicolons
/// or new lines, each a name (or a year) and a number.
enum RadarText {
    /// The entries of an answer, trimmed of white space, without empty ones.
    static func entries(_ text: String) -> [String] {
        TypedAnswer.westernDigits(text).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "،" || $0 == "؛" })
            .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
            .filter { !$0.isEmpty }
    }

    /// An entry's name (in lower case) and its number as written (without a percent sign),
    /// split at white space, ':' or '='.
    static func pair(_ entry: String) -> (String, String)? {
        let parts = TypedAnswer.withoutPercentSign(entry).split(whereSeparator: { $0.isWhitespace || $0 == ":" || $0 == "=" }).map(String.init)
        guard parts.count >= 2 else { return nil }
        return (parts.dropLast().joined(separator: " ").lowercased(), parts.last!)
    }

    /// A percentage from 0 to 100 in steps of 5, or nil.
    static func step(_ text: String) -> Int? {
        guard let number = NumberKind.finiteNumber(text),
              (0...100).contains(number), number == number.rounded(), Int(number) % 5 == 0
        else { return nil }
        return Int(number)
    }
}
