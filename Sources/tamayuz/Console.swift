import Foundation
import TamayuzCore

/// Where the tool talks to people: results to standard output, findings to standard error.
enum Console {
    /// Results. Without colour nothing may carry a control character; with colour, only the
    /// table's own styles do (its cells are cleaned where they are made).
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((useColour ? text : TerminalText.safe(text, keepLayout: true)).utf8))
    }

    /// Findings and notes: never a control character from an input.
    static func error(_ text: String) {
        let line = TerminalText.safe(text, keepLayout: true)
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Prints findings as `file:line:column: severity: message`, in file order.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(diagnostics.map(\.description).joined(separator: "\n"))
    }

    /// Colour only on a terminal, and never with NO_COLOR set.
    static var useColour: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }
}
