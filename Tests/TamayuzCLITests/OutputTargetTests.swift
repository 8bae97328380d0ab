import Foundation
import Testing

/// Where `-o` may point, end to end through the binary: a FIFO and the process's own standard
/// output are written through and stay what they were; a regular file is replaced keeping its
/// mode; a new one honours the umask; a name as long as the file system allows works; a run
/// ended by a signal leaves no temporary file.
@Suite struct OutputTargetTests {
    static let arguments = ["report", "--criteria", "criteria.xml", "x.xml", "y.xml", "--format", "csv"]

    /// The CSV report of the workspace, as written to standard output.
    static func expectedReport(in folder: URL) throws -> String {
        let run = try CLI.run(arguments, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    static func kind(_ url: URL) throws -> FileAttributeType? {
        (try FileManager.default.attributesOfItem(atPath: url.path))[.type] as? FileAttributeType
    }

    static func mode(_ url: URL) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: url.path))[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Everything a FIFO delivers until its writer closes it.
    static func readToEnd(_ path: String) -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return Data() }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }

    /// Starts `arguments` with no signal blocked and each at its default action: a child of a
    /// test thread (`Process`) inherits that thread's blocked signals.
    static func spawnWithSignalsOpen(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, number) }
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, arguments[0], nil, &attributes, &argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        return child
    }

    /// Names of temporary outputs left in `folder`.
    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".tz-") }
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let folder = try CommandTests.workspace()
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread { received.set(Self.readToEnd(fifo.path)) }
        reader.start()
        let run = try CLI.run(Self.arguments + ["-o", "pipe"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // Should the run fail before opening the FIFO, let the reader go.
        let release = open(fifo.path, O_WRONLY | O_NONBLOCK)
        if release >= 0 { close(release) }
        #expect(received.wait() == Data(try Self.expectedReport(in: folder).utf8))
        var info = stat()
        #expect(stat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    @Test func standardOutputIsWrittenThroughDirectlyOrByALink() throws {
        let folder = try CommandTests.workspace()
        let expected = try Self.expectedReport(in: folder)
        let direct = try CLI.run(Self.arguments + ["-o", "/dev/stdout"], in: folder)
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(direct.stdout == expected)
        let link = folder.appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/proc/self/fd/1")
        let linked = try CLI.run(Self.arguments + ["-o", "out"], in: folder)
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(linked.stdout == expected)
        #expect(try Self.kind(link) == .typeSymbolicLink, "the link is still a link")
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    @Test func aLinkToARegularFileReplacesTheFileAndKeepsTheLink() throws {
        let folder = try CommandTests.workspace()
        try "old\n".write(to: folder.appendingPathComponent("target.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "target.csv")
        let run = try CLI.run(Self.arguments + ["-o", "link.csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.kind(folder.appendingPathComponent("link.csv")) == .typeSymbolicLink)
        #expect(try Data(contentsOf: folder.appendingPathComponent("target.csv")) == Data(Self.expectedReport(in: folder).utf8))
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let folder = try CommandTests.workspace()
        let output = folder.appendingPathComponent("report.csv")
        try "previous\n".write(to: output, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: output.path)
        let run = try CLI.run(Self.arguments + ["-o", "report.csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.mode(output) == 0o600)
        #expect(try Data(contentsOf: output) == Data(Self.expectedReport(in: folder).utf8))
    }

    @Test(arguments: [(0o027, 0o640), (0o022, 0o644), (0o077, 0o600)])
    func aNewFileHonoursTheUmask(_ umask: Int, _ mode: Int) throws {
        let folder = try CommandTests.workspace()
        let command = "umask \(String(umask, radix: 8)); exec '\(CLI.binary.path)' \(Self.arguments.joined(separator: " ")) -o new.csv"
        let run = try CLI.run(["-c", command], in: folder, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.mode(folder.appendingPathComponent("new.csv")) == mode)
    }

    @Test(arguments: [250, 255]) func aNameAsLongAsTheFileSystemAllowsWorks(_ length: Int) throws {
        let folder = try CommandTests.workspace()
        let name = String(repeating: "n", count: length - 4) + ".csv"
        let run = try CLI.run(Self.arguments + ["-o", name], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(Self.expectedReport(in: folder).utf8))
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    @Test func aNameLongerThanTheFileSystemAllowsIsALocatedError() throws {
        let folder = try CommandTests.workspace()
        let name = String(repeating: "n", count: 256)
        let run = try CLI.run(Self.arguments + ["-o", name], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("\(name): error: cannot write the output: File name too long"), "\(run.stderr)")
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP]) func aSignalDuringTheWriteLeavesNoTemporaryFile(_ signal: Int32) throws {
        let folder = try CommandTests.workspace()
        var table = "id,name,A1,A2\n"
        for index in 0..<20_000 { table += "a\(index),Agency \(index),yes,\(index % 100)\n" }
        try Data(table.utf8).write(to: folder.appendingPathComponent("answers.csv"))
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let child = try Self.spawnWithSignalsOpen([
            CLI.binary.path, "report", "--criteria", path("criteria.xml"), "--answers", path("answers.csv"),
            "--format", "json", "-o", path("big.json"),
        ])
        var seen = false
        var status: Int32 = 0
        while !seen, waitpid(child, &status, WNOHANG) == 0 {
            seen = !(try Self.leftovers(in: folder)).isEmpty
            if !seen { usleep(500) }
        }
        #expect(seen, "the run ended before its temporary file was seen: make the table larger")
        if seen {
            kill(child, signal)
            waitpid(child, &status, 0)
        }
        #expect(status & 0x7f == signal, "ended by the signal (wait status \(status))")
        #expect(try Self.leftovers(in: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("big.json").path))
    }
}

/// Bytes a reader thread hands over once it has read them.
final class ReceivedBytes: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ bytes: Data) {
        condition.withLock {
            data = bytes
            condition.signal()
        }
    }

    func wait() -> Data {
        condition.withLock {
            while data == nil { condition.wait() }
            return data!
        }
    }
}
