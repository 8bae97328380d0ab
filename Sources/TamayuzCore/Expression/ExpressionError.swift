/// A syntax, type or reference error in an expression: what is wrong, and where in the
/// expression's text.
///
/// The messages are written for criteria authors, in lower case without a final full stop
/// ("unknown indicator 'A9'"), so that a caller can prefix a file location. Each message is
/// declared beside the code that finds it (lexer, parser, checker).
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// Where, in Unicode scalar offsets into the expression text.
    public var span: SourceSpan

    /// An error with its message and span.
    public init(_ message: String, span: SourceSpan) {
        self.message = message
        self.span = span
    }

    /// `message (at start..<end)`.
    public var description: String { "\(message) (at \(span))" }
}

/// All the errors that ``ExpressionChecker`` found in one expression, in source order.
///
/// A collection of ``ExpressionError``s that can be thrown (an array cannot: `Array` does not
/// conform to `Error`). Never empty.
public struct ExpressionErrors: Error, Sendable, Hashable, RandomAccessCollection {
    /// The errors, in source order.
    public var errors: [ExpressionError]

    /// A list of errors.
    public init(_ errors: [ExpressionError]) {
        self.errors = errors
    }

    public var startIndex: Int { errors.startIndex }
    public var endIndex: Int { errors.endIndex }
    public subscript(position: Int) -> ExpressionError { errors[position] }
}

/// An error while evaluating an expression that type-checked: the result would not be a finite
/// number, or a function got a value it cannot use.
///
/// The span is that of the operator or call whose result failed, so `a / (b - c)` with `b == c`
/// points at the whole division.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong: "division by zero", "result is not a finite number", …
    public var message: String
    /// The expression that failed, in Unicode scalar offsets into the expression text.
    public var span: SourceSpan

    /// An error with its message and span.
    public init(_ message: String, span: SourceSpan) {
        self.message = message
        self.span = span
    }

    /// `message (at start..<end)`.
    public var description: String { "\(message) (at \(span))" }
}
