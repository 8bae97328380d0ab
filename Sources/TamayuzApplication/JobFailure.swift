import TamayuzCore

/// Why a job stopped, with everything it had to say until then: its messages, warnings and
/// errors in the order they arose. The command-line tool maps `kind` to its exit status.
package struct JobFailure: Error, Sendable {
    /// What kind of failure it is.
    package enum Kind: Sendable, Hashable {
        /// An input has errors: a criteria file, an assessment, a table or results file, or the
        /// assessments together (e.g. an evaluator who assessed one agency twice).
        case invalidInput
        /// An input file or folder cannot be found or read at all.
        case noInput
        /// The output cannot be written.
        case cannotWrite
    }

    package var kind: Kind
    package var messages: [JobMessage]

    package init(_ kind: Kind, messages: [JobMessage] = []) {
        self.kind = kind
        self.messages = messages
    }

    /// The kind of failure an input's errors make: `noInput` when the file could not be read at
    /// all (missing, a directory, a pipe, too large: findings about the file as a whole),
    /// `invalidInput` for anything wrong inside it.
    package static func kind(of error: DiagnosticError) -> Kind {
        error.errors.allSatisfy { $0.location.isWholeFile } ? .noInput : .invalidInput
    }
}
