import ArgumentParser
import TamayuzApplication

/// The tool's exit codes (sysexits.h values; argument-parser uses 64 for usage errors).
enum ExitCodes {
    /// Invalid input data (EX_DATAERR).
    static let invalidInput = ExitCode(65)
    /// An input cannot be found or read (EX_NOINPUT).
    static let noInput = ExitCode(66)
    /// The output cannot be created (EX_CANTCREAT).
    static let cannotWrite = ExitCode(73)

    /// The exit status of a job's failure: the one place where failures become exit codes.
    static func status(for kind: JobFailure.Kind) -> ExitCode {
        switch kind {
        case .invalidInput: invalidInput
        case .noInput: noInput
        case .cannotWrite: cannotWrite
        }
    }
}
