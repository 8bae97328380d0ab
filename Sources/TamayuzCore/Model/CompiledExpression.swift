/// An expression from a criteria file, parsed and checked at load time, with where its text
/// starts so evaluation errors point into the file.
public struct CompiledExpression: Sendable, Hashable {
    /// The text as written.
    public let source: String
    public let expression: Expression
    /// Where the attribute value holding the expression starts.
    public let location: SourceLocation

    public init(source: String, expression: Expression, location: SourceLocation) {
        self.source = source
        self.expression = expression
        self.location = location
    }

    /// The location of a span inside the expression.
    public func location(of span: SourceSpan) -> SourceLocation {
        location.advanced(by: span.start)
    }
}
