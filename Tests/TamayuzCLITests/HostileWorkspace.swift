import Foundation
import Testing

/// A fresh folder for one run: the criteria and inputs are copied in, the binary runs there with
/// `HOME` and `TMPDIR` inside it, and afterwards only the files the test put there and the
/// command's own output may exist.
final class HostileWorkspace {
    enum Command: String, CaseIterable, Sendable {
        case validate, score, report
    }

    static let hostileFolder = CLI.repository.appendingPathComponent("Tests/TamayuzCLITests/Hostile")
    static let assessmentHead = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessment xmlns="urn:tamayuz:assessment:1" framework="quality_track" framework-version="2.0.0">

        """
    /// What a leak of /etc/passwd or /etc/shadow would contain.
    static let secrets = ["root:x:", "root:*:", "root:!", "daemon:x:", "/bin/bash", "/usr/sbin/nologin"]

    let folder: URL
    private var expected: Set<String> = ["criteria.xml", "ok.xml", "home", "tmp"]

    init() throws {
        folder = try CLI.temporaryFolder()
        let fileManager = FileManager.default
        try fileManager.copyItem(
            at: CLI.repository.appendingPathComponent("criteria/quality-track.xml"),
            to: folder.appendingPathComponent("criteria.xml"))
        try Data(Self.valid.utf8).write(to: folder.appendingPathComponent("ok.xml"))
        try fileManager.createDirectory(at: folder.appendingPathComponent("home"), withIntermediateDirectories: false)
        try fileManager.createDirectory(at: folder.appendingPathComponent("tmp"), withIntermediateDirectories: false)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A valid assessment of the quality track, scored beside hostile criteria.
    static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assessment xmlns="urn:tamayuz:assessment:1" framework="hostile" framework-version="1">
          <agency id="mun_ok"><name xml:lang="en">OK</name></agency>
          <assessor role="self"/>
        </assessment>

        """

    func add(_ name: String, _ bytes: Data) throws {
        try bytes.write(to: folder.appendingPathComponent(name))
        expected.insert(String(name.split(separator: "/")[0]))
    }

    /// A file's bytes. An empty file gives empty data without reading it: Foundation's
    /// `Data(contentsOf:)` keeps a 4 kB buffer for every empty file it reads, which LeakSanitizer
    /// reports at the end of the ASan run.
    static func contents(of url: URL) throws -> Data {
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        return size == 0 ? Data() : try Data(contentsOf: url)
    }

    /// The URL of a file or folder the test makes itself (a FIFO, a folder, a sparse file).
    func made(_ name: String) -> URL {
        expected.insert(name)
        return folder.appendingPathComponent(name)
    }

    func text(_ name: String) throws -> String {
        String(decoding: try Self.contents(of: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    /// Runs `tamayuz ARGS` here, with HOME and TMPDIR inside the folder and standard input empty.
    ///
    /// Standard output and error go to files (outside the folder), not pipes: a hostile input
    /// can make either stream larger than a pipe holds (over 100 kB of findings), and a child
    /// blocked on a full pipe nobody reads would hang the suite.
    func tamayuz(_ arguments: [String]) throws -> CLI.Run {
        let fileManager = FileManager.default
        let streams = fileManager.temporaryDirectory.appendingPathComponent("tamayuz-streams-\(UUID().uuidString)")
        try fileManager.createDirectory(at: streams, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: streams) }
        let outURL = streams.appendingPathComponent("stdout")
        let errURL = streams.appendingPathComponent("stderr")
        _ = fileManager.createFile(atPath: outURL.path, contents: nil)
        _ = fileManager.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["HOME"] = folder.appendingPathComponent("home").path
        environment["TMPDIR"] = folder.appendingPathComponent("tmp").path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CLI.Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Self.contents(of: outURL), as: UTF8.self),
            stderr: String(decoding: try Self.contents(of: errURL), as: UTF8.self))
    }

    /// Runs one command on `input`: as an assessment of the quality track, or (`asCriteria`) as
    /// the criteria of `ok.xml`. `report` writes HTML to `report.html`.
    func run(_ command: Command, input: String, asCriteria: Bool = false) throws -> CLI.Run {
        switch command {
        case .validate:
            return try tamayuz(asCriteria ? ["validate", input] : ["validate", "--criteria", "criteria.xml", input])
        case .score:
            return try tamayuz(
                asCriteria
                    ? ["score", "--criteria", input, "ok.xml", "--format", "json"]
                    : ["score", "--criteria", "criteria.xml", input, "--format", "json"])
        case .report:
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("report.html"))
            return try tamayuz(
                (asCriteria ? ["report", "--criteria", input, "ok.xml"] : ["report", "--criteria", "criteria.xml", input])
                    + ["--format", "html", "--date", "2013-12-08", "-o", "report.html"])
        }
    }

    /// Checks the exit code, the first error's location and message, that no secret leaked, and
    /// that the run wrote nothing but its output.
    func check(
        _ run: CLI.Run, _ expectation: HostileInputTests.Expectation, file: String, command: Command,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let what = "\(command.rawValue) \(file)"
        #expect(run.status == expectation.status, "\(what): exit \(run.status)\n\(run.stderr)", sourceLocation: sourceLocation)
        if let place = expectation.place, let message = expectation.message {
            let firstError = run.stderr.split(separator: "\n").first { $0.contains(": error: ") }.map(String.init) ?? ""
            let prefix = place.isEmpty ? "\(file): error: " : "\(file):\(place)"
            #expect(firstError.hasPrefix(prefix), "\(what): expected \(prefix)…, got \(firstError)", sourceLocation: sourceLocation)
            #expect(firstError.contains(": error: "), sourceLocation: sourceLocation)
            #expect(firstError.contains(message), "\(what): expected “\(message)” in \(firstError)", sourceLocation: sourceLocation)
        }
        var outputs: [String] = []
        if command == .report, let report = try? text("report.html") {
            if expectation.status != 0 {
                Issue.record("\(what): a failed run wrote report.html", sourceLocation: sourceLocation)
            }
            outputs.append(report)
        }
        expectNoSecrets(run, what, outputs: outputs, sourceLocation: sourceLocation)
        expectNothingElseWritten(what, allowing: command == .report ? ["report.html"] : [], sourceLocation: sourceLocation)
    }

    func expectNoSecrets(
        _ run: CLI.Run, _ what: String, outputs: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for text in [run.stdout, run.stderr] + outputs {
            for secret in Self.secrets where text.contains(secret) {
                Issue.record("\(what): output contains “\(secret)”", sourceLocation: sourceLocation)
            }
        }
    }

    /// Only the files the test made and the command's own output are in the folder; HOME and
    /// TMPDIR stayed empty.
    func expectNothingElseWritten(_ what: String, allowing outputs: Set<String>, sourceLocation: SourceLocation = #_sourceLocation) {
        let fileManager = FileManager.default
        let names = Set((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [])
        let stray = names.subtracting(expected).subtracting(outputs)
        #expect(stray.isEmpty, "\(what) wrote \(stray.sorted())", sourceLocation: sourceLocation)
        for inner in ["home", "tmp"] {
            let contents = (try? fileManager.contentsOfDirectory(atPath: folder.appendingPathComponent(inner).path)) ?? []
            #expect(contents.isEmpty, "\(what) wrote \(contents) in \(inner)", sourceLocation: sourceLocation)
        }
    }
}
