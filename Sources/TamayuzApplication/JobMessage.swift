import TamayuzCore

/// What a job tells the person running it besides its result: a located finding about an
/// input, or a note about an input as a whole or about the run.
package enum JobMessage: Sendable, Hashable, CustomStringConvertible {
    /// `file:line:column: severity: message`, or `file: severity: message` about a file as a whole.
    case diagnostic(Diagnostic)
    /// `subject: severity: text` (the subject is a file or a place in one), or `severity: text`
    /// when the note is about the run.
    case note(DiagnosticSeverity, String, about: String? = nil)

    package var severity: DiagnosticSeverity {
        switch self {
        case let .diagnostic(diagnostic): diagnostic.severity
        case let .note(severity, _, _): severity
        }
    }

    package var description: String {
        switch self {
        case let .diagnostic(diagnostic): diagnostic.description
        case let .note(severity, text, subject?): "\(subject): \(severity.rawValue): \(text)"
        case let .note(severity, text, nil): "\(severity.rawValue): \(text)"
        }
    }
}
