/// Thrown when a document cannot be read, parsed or validated.
///
/// Holds every diagnostic found, in the order they were found (all schema errors, not just the
/// first). It is never empty when thrown by this module.
public struct XMLFailure: Error, Sendable, CustomStringConvertible {
    /// The problems found; errors and any warnings that came with them.
    public var diagnostics: [XMLDiagnostic]

    public init(diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// A failure with a single error.
    public init(_ location: SourceLocation, _ message: String) {
        self.init(diagnostics: [XMLDiagnostic(location: location, severity: .error, message: message)])
    }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
