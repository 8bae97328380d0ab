/// The outcome of checking one file (`tamayuz validate`): what kind of file it is and every
/// finding about it.
public struct FileValidation: Sendable {
    public var file: String
    /// nil when the file could not be read or is not a Tamayuz file.
    public var kind: DocumentKind?
    public var diagnostics: [Diagnostic]
    /// A remark on how far the file was checked (e.g. against the schema only).
    public var note: String?

    public init(file: String, kind: DocumentKind?, diagnostics: [Diagnostic], note: String? = nil) {
        self.file = file
        self.kind = kind
        self.diagnostics = diagnostics
        self.note = note
    }

    /// The file's errors, those past the finding limit included.
    public var errorCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .error ? $1.count : 0) } }
    /// The file's warnings, those past the finding limit included.
    public var warningCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .warning ? $1.count : 0) } }

    /// Whether the file has no error (warnings allowed).
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}
