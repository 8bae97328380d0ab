/// One problem found in an input, e.g. a well-formedness or schema error, with where it is.
public struct XMLDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// Whether the problem stops the input from being used.
    public var severity: DiagnosticSeverity
    /// A one-line, human-readable message without a trailing newline.
    public var message: String

    public init(location: SourceLocation, severity: DiagnosticSeverity = .error, message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`, the form editors and compilers use.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
