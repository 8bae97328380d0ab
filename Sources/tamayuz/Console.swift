import Foundation
import TamayuzApplication
import TamayuzCore

/// Where the tool talks to people: results to standard output, findings to standard error.
enum Console {
    /// Results, through the one sanitiser: no control character from an input; with colour,
    /// only the renderers' own styles survive.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.safe(text, keepLayout: true, keepingStyles: useColour).utf8))
    }

    /// Findings and notes: never a control character from an input.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(line(text).utf8))
    }

    /// A job's messages, one a line, in the order they arose (a finding as
    /// `file:line:column: severity: message`): a line break inside one is not kept.
    static func report(_ messages: [JobMessage]) {
        guard !messages.isEmpty else { return }
        FileHandle.standardError.write(Data(messages.map { TerminalText.safe($0.description) + "\n" }.joined().utf8))
    }

    /// Findings, in file order.
    static func report(_ diagnostics: [Diagnostic]) {
        report(diagnostics.map(JobMessage.diagnostic))
    }

    /// Colour only on a terminal, and never with NO_COLOR set.
    static var useColour: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
    }

    /// The width the terminal table is fitted to: `COLUMNS` when it holds a positive number (on
    /// a terminal or a pipe: setting it asks for that width), else on a terminal its own width,
    /// else 80; written to a file, or to a pipe without `COLUMNS`, no limit (scripts and
    /// `less -S` get whole rows).
    static func tableWidth(toFile: Bool) -> Int? {
        guard !toFile else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    private static func line(_ text: String) -> String {
        let line = TerminalText.safe(text, keepLayout: true)
        return line.hasSuffix("\n") ? line : line + "\n"
    }
}
