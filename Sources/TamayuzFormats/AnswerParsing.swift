import TamayuzCore

/// Reads an answer's value written as text (an XML attribute or a table cell) for an indicator.
enum AnswerParsing {
    struct Problem: Error {
        var message: String
    }

    static func parse(_ raw: String, indicator: Indicator, id: String, framework: Framework) -> Result<AnswerValue, Problem> {
        let text = raw.trimmedWhitespace
        switch indicator.kind {
        case .yesNo:
            switch text.lowercased() {
            case "yes", "true", "1": return .success(.yesNo(true))
            case "no", "false", "0": return .success(.yesNo(false))
            default: return .failure(Problem(message: "'\(id)' is a yes/no indicator: answer \"yes\" or \"no\", not '\(text)'"))
            }
        case let .ordinal(scale):
            if let level = framework.scales[scale].levelIndex(of: text) { return .success(.level(level)) }
            return .failure(Problem(message: "'\(text)' is not a level of scale '\(framework.scales[scale].id)'; its levels are: " + framework.scales[scale].levels.map(\.id).joined(separator: ", ")))
        case let .number(_, bounds, _):
            guard let number = finiteNumber(text) else { return .failure(Problem(message: "'\(id)' needs a finite number, not '\(text)'")) }
            guard bounds.contains(number) else {
                return .failure(Problem(message: "\(format(number)) is out of range for '\(id)'" + rangeText(bounds)))
            }
            return .success(.number(number))
        case .percentage:
            guard let number = finiteNumber(text) else { return .failure(Problem(message: "'\(id)' needs a finite number, not '\(text)'")) }
            guard (0...100).contains(number) else {
                return .failure(Problem(message: "\(format(number)) is not a percentage: '\(id)' takes a number from 0 to 100"))
            }
            return .success(.number(number))
        case let .checklist(options, _):
            // An empty value is a blank left unfilled, not "nothing met": that is written "none".
            if text.isEmpty {
                return .failure(Problem(message: "the answer to checklist '\(id)' is empty: list the ids of the options met, or write \"none\" when none is"))
            }
            if text == "none" { return .success(.options([])) }
            var ticked: [Int] = []
            for option in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," || $0 == ";" }) {
                guard let position = options.firstIndex(where: { $0.id == option }) else {
                    return .failure(Problem(message: "'\(option)' is not an option of checklist '\(id)'; its options are: " + options.map(\.id).joined(separator: ", ")))
                }
                if ticked.contains(position) { return .failure(Problem(message: "option '\(option)' of checklist '\(id)' is ticked twice")) }
                ticked.append(position)
            }
            return .success(.options(ticked.sorted()))
        case .derived:
            return .failure(Problem(message: "'\(id)' is derived (computed from other answers): it cannot be answered"))
        }
    }

    /// Plain decimal notation only: no NaN, INF, hex, or overflow to infinity; -0 reads as 0.
    static func finiteNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 64,
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }),
              let number = Double(text), number.isFinite
        else { return nil }
        return number == 0 ? 0 : number
    }

    private static func rangeText(_ bounds: NumberBounds) -> String {
        switch (bounds.min, bounds.max) {
        case let (low?, high?): " (allowed: \(format(low)) to \(format(high)))"
        case let (low?, nil): " (allowed: \(format(low)) or more)"
        case let (nil, high?): " (allowed: up to \(format(high)))"
        case (nil, nil): ""
        }
    }
}
