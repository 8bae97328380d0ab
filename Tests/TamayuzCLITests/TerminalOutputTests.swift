import Foundation
import Testing

/// Every byte from an input that reaches the terminal passes one sanitiser, with colour on (a
/// terminal, made here with `script`) as well as piped: no C1 controls (an 8-bit OSC 52 would
/// write the clipboard), no unclosed bidi override reversing the rest of a line.
@Suite struct TerminalOutputTests {
    static let payloadName = "Evil\u{9D}52;c;cHduZWQ=\u{9C}\u{9B}2J\u{202E}desrever"

    static func workspace() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let sample = CLI.repository.appendingPathComponent("samples/self-assessment/mun_marj_alzuhur.self.xml")
        var text = try String(contentsOf: sample, encoding: .utf8)
        text = text.replacingOccurrences(of: "Marj Al-Zuhur Municipality", with: payloadName)
        try Data(text.utf8).write(to: folder.appendingPathComponent("evil.xml"))
        return folder
    }

    static let criteria = CLI.repository.appendingPathComponent("criteria/quality-track.xml").path

    /// Runs the tool on a pseudo-terminal; what the terminal received.
    static func onATerminal(_ arguments: [String], in folder: URL) throws -> String {
        let command = ([CLI.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, folder.appendingPathComponent("typescript").path]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["TERM"] = "xterm"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let typescript = try Data(contentsOf: folder.appendingPathComponent("typescript"))
        return String(decoding: typescript, as: UTF8.self)
    }

    static func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for forbidden in ["\u{9D}", "\u{9C}", "\u{9B}", "\u{1B}]", "\u{1B}[2J"] {
            #expect(!text.contains(forbidden), "\(what): \(forbidden.debugDescription) reached the terminal", sourceLocation: sourceLocation)
        }
        // Closed at the end of the name in a table cell, at the end of the line elsewhere.
        for line in text.split(separator: "\n") where line.contains("\u{202E}") {
            let opened = line.unicodeScalars.filter { $0 == "\u{202E}" }.count
            let closed = line.unicodeScalars.filter { $0 == "\u{202C}" }.count
            #expect(opened == closed, "\(what): the override is not closed: \(line.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [["score"], ["score", "--explain"], ["self-assess"]])
    func inputsReachNeitherAPipeNorATerminalRaw(_ command: [String]) throws {
        let folder = try Self.workspace()
        let arguments = command + ["--criteria", Self.criteria, "evil.xml"]
        let piped = try CLI.run(arguments, in: folder)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("Evil\u{FFFD}52;c;cHduZWQ=\u{FFFD}\u{FFFD}2J\u{202E}desrever\u{202C}"), "\(piped.stdout.prefix(400).debugDescription)")
        Self.expectClean(piped.stdout + piped.stderr, "piped")
        let terminal = try Self.onATerminal(arguments, in: folder)
        #expect(terminal.contains("desrever"), "\(terminal.prefix(400).debugDescription)")
        Self.expectClean(terminal, "terminal")
        if command == ["score"] {
            #expect(terminal.contains("\u{1B}[1m"), "colour is on: the tool's own bold survives")
        }
    }

    @Test func lineBreaksInPreviousResultsAndFileNamesForgeNoRows() throws {
        let folder = try CLI.temporaryFolder()
        let samples = CLI.repository.appendingPathComponent("samples/quality-track")
        var previous = try String(contentsOf: samples.appendingPathComponent("previous/results-2012.json"), encoding: .utf8)
        previous = previous.replacingOccurrences(of: "\"version\": \"2.0.0\"", with: "\"version\": \"1\\n1     fake    Forged  99.9\"")
        let name = "results\n2     fake    Forged  98.0.json"
        try Data(previous.utf8).write(to: folder.appendingPathComponent(name))
        let run = try CLI.run(["report", "--criteria", Self.criteria, samples.path, "--previous", name], in: folder)
        #expect(previous.contains("Forged"))
        for line in (run.stdout + run.stderr).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasPrefix("1     fake") && !line.hasPrefix("2     fake"), "a forged row: \(line)")
        }
        #expect((run.stdout + run.stderr).contains("Forged"), "\(run.stderr)")
    }
}
