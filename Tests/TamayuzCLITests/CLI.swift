import Foundation
import TamayuzTestSupport

/// Runs the built `tamayuz` binary (beside the test bundle) the way a user would.
enum CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository = Repository.root

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tamayuz")
    }

    /// Runs `tamayuz ARGS` (or another `executable`) in the repository (so shipped paths like
    /// criteria/… resolve).
    static func run(
        _ arguments: [String], in directory: URL = repository, environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once (standard error on another thread), so that a child filling
        // one pipe while the other is read can never block.
        let errorBox = DataBox()
        let errorReader = Thread { errorBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outData = readAll(out)
        while !errorBox.isDone { usleep(1000) }
        let errData = errorBox.data
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Standard error as read by its thread.
    private final class DataBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Data?
        var data: Data {
            get { lock.withLock { stored ?? Data() } }
            set { lock.withLock { stored = newValue } }
        }
        var isDone: Bool { lock.withLock { stored != nil } }
    }

    private static func readAll(_ pipe: Pipe) -> Data {
        pipe.fileHandleForReading.readDataToEndOfFile()
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tamayuz-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
