import TamayuzCore
import Testing

/// The marker that tests put where an error's span starts.
let expressionMarker: Unicode.Scalar = "¦"

/// `text` without its marker, and the marker's Unicode-scalar offset.
func unmarked(_ text: String) -> (source: String, offset: Int) {
    var scalars = String.UnicodeScalarView()
    var offset: Int?
    for scalar in text.unicodeScalars {
        if scalar == expressionMarker {
            precondition(offset == nil, "two markers in \(text)")
            offset = scalars.count
        } else {
            scalars.append(scalar)
        }
    }
    guard let offset else { preconditionFailure("no marker in \(text)") }
    return (String(scalars), offset)
}

/// The error that parsing `source` throws, or `nil` if it parses.
func parseError(_ source: String) -> ExpressionError? {
    do throws(ExpressionError) {
        _ = try ExpressionParser.parse(source)
        return nil
    } catch {
        return error
    }
}

/// The errors that checking `source` throws (it must parse), or `[]` if it checks.
func checkErrors(_ source: String, symbols: ExpressionTestSymbols = .framework) throws -> [ExpressionError] {
    let expression = try ExpressionParser.parse(source)
    do throws(ExpressionErrors) {
        _ = try ExpressionChecker.check(expression, symbols: symbols)
        return []
    } catch {
        return Array(error)
    }
}

/// `expression` with every binary and unary node in parentheses, to make the tree visible.
func fullyParenthesised(_ expression: Expression) -> String {
    switch expression {
    case .unary(let op, let operand, _):
        "(\(op == .negate ? "-" : "not ")\(fullyParenthesised(operand)))"
    case .binary(let op, let lhs, let rhs, _):
        "(\(fullyParenthesised(lhs)) \(op.rawValue) \(fullyParenthesised(rhs)))"
    case .call(let function, let arguments, _):
        "\(function.rawValue)(\(arguments.map(fullyParenthesised).joined(separator: ", ")))"
    default:
        expression.description
    }
}

/// A small framework: area A1 with indicators A1.1 (yes/no), A1.2 (ordinal), A1.3 (number) and
/// A1.4 (checklist with options portal, app, sms); area A2 with `online` and `total` (numbers)
/// and A2.1 (ordinal, levels "no", "partly", "yes").
struct ExpressionTestSymbols: ExpressionSymbols {
    var answers: [String: ExpressionType]
    var areas: Set<String>
    var ordinals: Set<String>
    var checklists: [String: Set<String>]

    static let framework = ExpressionTestSymbols(
        answers: [
            "A1.1": .boolean, "A1.2": .string, "A1.3": .number, "A1.4": .number,
            "online": .number, "total": .number, "A2.1": .string,
        ],
        areas: ["A1", "A2"],
        ordinals: ["A1.2", "A2.1"],
        checklists: ["A1.4": ["portal", "app", "sms"]])

    func answerType(of id: String) -> ExpressionType? { answers[id] }
    func nodeExists(_ id: String) -> Bool { areas.contains(id) || answers[id] != nil }
    func isOrdinal(_ id: String) -> Bool { ordinals.contains(id) }
    func checklistHasOption(_ id: String, _ option: String) -> Bool? { checklists[id].map { $0.contains(option) } }
}

/// One assessment's answers and scores, for evaluation tests. Anything not given is missing.
struct ExpressionTestContext: ExpressionContext {
    var answers: [String: ExpressionValue] = [:]
    var scores: [String: Double] = [:]
    var notApplicable: Set<String> = []
    var levels: [String: Int] = [:]
    var ticked: [String: Set<String>] = [:]

    func answer(_ id: String) -> ExpressionValue { answers[id] ?? .missing }
    func score(_ nodeID: String) -> Double? { scores[nodeID] }
    func isApplicable(_ nodeID: String) -> Bool { !notApplicable.contains(nodeID) }
    func level(_ indicatorID: String) -> Int? { levels[indicatorID] }
    func isTicked(_ indicatorID: String, _ option: String) -> Bool? { ticked[indicatorID].map { $0.contains(option) } }
}

/// Parses and evaluates `source` in `context`.
func evaluate(_ source: String, in context: ExpressionTestContext) throws -> ExpressionValue {
    try ExpressionParser.parse(source).evaluate(in: context)
}
