/// A parsed expression of the criteria expression language: the syntax tree of a rule
/// condition, an applicability condition or a derived indicator's formula.
///
/// Every node carries the ``SourceSpan`` of its text (parentheses around a node are part of its
/// span). Build one with ``ExpressionParser/parse(_:)``, check it once at load time with
/// ``ExpressionChecker``, then ``evaluate(in:)`` it for each assessment. `description` prints
/// the canonical text.
///
/// Trees from the parser are at most ``ExpressionLimits/maximumDepth`` levels deep, which keeps
/// every recursive walk (checking, evaluating, printing) shallow. Trees built by hand are the
/// builder's responsibility.
public indirect enum Expression: Sendable, Hashable {
    /// A number literal, always finite.
    case number(Double, span: SourceSpan)
    /// A string literal, escapes decoded.
    case string(String, span: SourceSpan)
    /// `true` or `false`.
    case boolean(Bool, span: SourceSpan)
    /// An identifier: the answer of the indicator with this id.
    case answer(String, span: SourceSpan)
    /// A prefix operator applied to its operand.
    case unary(UnaryOperator, Expression, span: SourceSpan)
    /// An infix operator applied to its left and right operands.
    case binary(BinaryOperator, Expression, Expression, span: SourceSpan)
    /// A value function applied to evaluated arguments, such as `min(a, b)` or `if(c, x, y)`.
    case call(Function, [Expression], span: SourceSpan)
    /// A reference function, such as `score(A1)`, whose argument names a node and is not
    /// evaluated.
    case query(Query, span: SourceSpan)

    /// The text this node was parsed from, parentheses included.
    public var span: SourceSpan {
        switch self {
        case .number(_, let span), .string(_, let span), .boolean(_, let span), .answer(_, let span),
            .unary(_, _, let span), .binary(_, _, _, let span), .call(_, _, let span), .query(_, let span):
            span
        }
    }

    /// The same node with another span (used for parenthesised nodes).
    func with(span: SourceSpan) -> Expression {
        switch self {
        case .number(let value, _): .number(value, span: span)
        case .string(let value, _): .string(value, span: span)
        case .boolean(let value, _): .boolean(value, span: span)
        case .answer(let id, _): .answer(id, span: span)
        case .unary(let op, let operand, _): .unary(op, operand, span: span)
        case .binary(let op, let lhs, let rhs, _): .binary(op, lhs, rhs, span: span)
        case .call(let function, let arguments, _): .call(function, arguments, span: span)
        case .query(let query, _): .query(query, span: span)
        }
    }
}

extension Expression {
    /// A prefix operator.
    public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
        /// `-x`: arithmetic negation of a number.
        case negate = "-"
        /// `not b`: logical negation of a boolean.
        case not
    }

    /// An infix operator. The raw value is its spelling.
    public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
        /// `a or b`: true if either is true.
        case or
        /// `a and b`: true if both are true.
        case and
        /// `a == b`: equality of two values of one type.
        case equal = "=="
        /// `a != b`.
        case notEqual = "!="
        /// `a < b`, on numbers.
        case less = "<"
        /// `a <= b`, on numbers.
        case lessOrEqual = "<="
        /// `a > b`, on numbers.
        case greater = ">"
        /// `a >= b`, on numbers.
        case greaterOrEqual = ">="
        /// `a + b`.
        case add = "+"
        /// `a - b`.
        case subtract = "-"
        /// `a * b`.
        case multiply = "*"
        /// `a / b`; dividing by zero is an evaluation error.
        case divide = "/"

        /// The binding strength, higher binds tighter: `or` 1, `and` 2, comparisons 4,
        /// `+ -` 5, `* /` 6 (`not` is 3, unary `-` 7).
        public var precedence: Int {
            switch self {
            case .or: 1
            case .and: 2
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: 4
            case .add, .subtract: 5
            case .multiply, .divide: 6
            }
        }

        /// Whether this is one of `== != < <= > >=`, which cannot be chained.
        public var isComparison: Bool { precedence == 4 }

        /// Whether this is one of `< <= > >=`, which need numbers.
        public var isOrdering: Bool {
            switch self {
            case .less, .lessOrEqual, .greater, .greaterOrEqual: true
            default: false
            }
        }

        /// Whether this is one of `+ - * /`.
        public var isArithmetic: Bool { precedence >= 5 }
    }

    /// An identifier or string argument of a reference function, with where it was written.
    public struct Name: Sendable, Hashable {
        /// The id (or, for `has`'s second argument, the option), escapes decoded.
        public var value: String
        /// Where it was written.
        public var span: SourceSpan

        /// A name with its span.
        public init(_ value: String, span: SourceSpan) {
            self.value = value
            self.span = span
        }
    }

    /// A reference function: its first argument is an identifier naming a node, not an answer
    /// to evaluate.
    public enum Query: Sendable, Hashable {
        /// `score(NODE)`: the node's score in [0, 1], missing when not computed.
        case score(Name)
        /// `answered(IND)`: whether the indicator has an answer that is not "not applicable".
        case answered(Name)
        /// `applicable(NODE)`: whether the node is applicable.
        case applicable(Name)
        /// `level(IND)`: the 1-based position of an ordinal indicator's chosen level.
        case level(Name)
        /// `has(IND, "option")`: whether a checklist indicator's option is ticked.
        case has(Name, option: Name)

        /// The node or indicator named by the first argument.
        public var node: Name {
            switch self {
            case .score(let node), .answered(let node), .applicable(let node), .level(let node), .has(let node, _):
                node
            }
        }

        /// The function's name as written.
        public var functionName: String {
            switch self {
            case .score: "score"
            case .answered: "answered"
            case .applicable: "applicable"
            case .level: "level"
            case .has: "has"
            }
        }
    }
}
