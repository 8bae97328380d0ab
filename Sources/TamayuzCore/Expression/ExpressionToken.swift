/// A token of the expression language, produced by ``ExpressionLexer``.
struct ExpressionToken: Sendable, Hashable {
    /// What kind of token, with its decoded value.
    enum Kind: Sendable, Hashable {
        case number(Double)
        case string(String)
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case end
    }

    /// The reserved words.
    enum Keyword: String, Sendable, Hashable, CaseIterable {
        case and, or, not, `true`, `false`, `if`
    }

    /// Punctuation and operators.
    enum Symbol: String, Sendable, Hashable, CaseIterable {
        case openParenthesis = "("
        case closeParenthesis = ")"
        case comma = ","
        case plus = "+"
        case minus = "-"
        case star = "*"
        case slash = "/"
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    var kind: Kind
    var span: SourceSpan
    /// The text as written, for messages.
    var text: String

    /// How a message names this token: `')'`, `'and'`, `'12'`, or "end of expression".
    var quoted: String {
        switch kind {
        case .end: "end of expression"
        case .string: "string \(text.count > 20 ? String(text.prefix(20)) + "…\"" : text)"
        default: "'\(text.count > 30 ? String(text.prefix(30)) + "…" : text)'"
        }
    }

    func isSymbol(_ symbol: Symbol) -> Bool { kind == .symbol(symbol) }
    func isKeyword(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }

    /// The comparison operator this token spells, if any.
    var comparisonOperator: Expression.BinaryOperator? {
        guard case .symbol(let symbol) = kind, let op = Expression.BinaryOperator(rawValue: symbol.rawValue),
            op.isComparison
        else { return nil }
        return op
    }
}
