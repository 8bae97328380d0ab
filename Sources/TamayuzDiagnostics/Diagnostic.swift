/// How serious a finding is: errors make the input unusable, warnings are reported and go on.
public enum DiagnosticSeverity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One finding about an input, located in its file.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: DiagnosticSeverity
    public var message: String
    /// How many findings the line stands for: 1, or for the closing line of a file whose
    /// findings went over ``FindingLimit/perFile``, how many were not shown.
    public var count: Int

    public init(_ severity: DiagnosticSeverity, at location: SourceLocation, _ message: String, count: Int = 1) {
        self.location = location
        self.severity = severity
        self.message = message
        self.count = count
    }

    public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// `file:line:column: error: message` (`file: error: message` for the file as a whole), safe
    /// to print on a terminal.
    public var description: String {
        TerminalText.safe("\(location): \(severity.rawValue): \(message)")
    }
}

/// Thrown when an input has errors; carries every finding of the file, warnings included,
/// in file order.
public struct DiagnosticError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    /// A failure with a single error.
    public init(_ location: SourceLocation, _ message: String) {
        self.init([.error(at: location, message)])
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
