/// The canonical text of an expression, as shown in explanations and the methodology appendix.
///
/// One space around binary operators, none inside parentheses, `, ` between arguments; numbers
/// in their shortest form (`1e3` prints as `1000`); parentheses only where the tree needs them
/// (so `not (a == b)` prints as `not a == b`, which means the same). Parsing the canonical text
/// gives the same tree again, and never nests deeper than the text the tree was parsed from —
/// provided the canonical text is itself within the parser's length limit: spacing can make it
/// longer than the text it came from (a fuzzer found a 3,212-character condition printing as
/// 9,607), so it is shown, never parsed back.
extension Expression: CustomStringConvertible {
    public var description: String {
        switch self {
        case .number(let value, _):
            Self.canonical(value)
        case .string(let value, _):
            Self.quoted(value)
        case .boolean(let value, _):
            value ? "true" : "false"
        case .answer(let id, _):
            id
        case .unary(.negate, let operand, _):
            "-" + operand.parenthesised(if: operand.precedence < Self.negatePrecedence)
        case .unary(.not, let operand, _):
            "not " + operand.parenthesised(if: operand.precedence < Self.notPrecedence)
        case .binary(let op, let lhs, let rhs, _):
            lhs.parenthesised(if: lhs.precedence < op.precedence || (op.isComparison && lhs.isComparison))
                + " \(op.rawValue) " + rhs.parenthesised(if: rhs.precedence <= op.precedence)
        case .call(let function, let arguments, _):
            "\(function.rawValue)(\(arguments.map(\.description).joined(separator: ", ")))"
        case .query(let query, _):
            switch query {
            case .has(let node, let option): "has(\(node.value), \(Self.quoted(option.value)))"
            default: "\(query.functionName)(\(query.node.value))"
            }
        }
    }

    private static let notPrecedence = 3
    private static let negatePrecedence = 7
    private static let atomPrecedence = 8

    /// How tightly this node's text binds, as ``BinaryOperator/precedence`` does.
    private var precedence: Int {
        switch self {
        case .number, .string, .boolean, .answer, .call, .query: Self.atomPrecedence
        case .unary(.negate, _, _): Self.negatePrecedence
        case .unary(.not, _, _): Self.notPrecedence
        case .binary(let op, _, _, _): op.precedence
        }
    }

    private var isComparison: Bool {
        if case .binary(let op, _, _, _) = self { op.isComparison } else { false }
    }

    private func parenthesised(if needed: Bool) -> String {
        needed ? "(\(description))" : description
    }

    /// Whole numbers below 10^15 without a fraction (`1000`), others as Swift's shortest
    /// round-tripping text (`0.1`, `1e+20`), both of which the lexer reads back.
    static func canonical(_ value: Double) -> String {
        if value == value.rounded(), value.magnitude < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }
}
