import TamayuzTestSupport
import TamayuzCore
import TamayuzFormats
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Reading input files")
struct InputFileTests {
    private func readFailure(_ path: String, sizeLimit: Int = InputFile.defaultSizeLimit) -> [Diagnostic] {
        do {
            _ = try InputFile.read(atPath: path, sizeLimit: sizeLimit)
            Issue.record("expected \(path) to be refused")
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func wholeFile(_ path: String, _ message: String) -> Diagnostic {
        .error(at: .wholeFile(path), message)
    }

    @Test func defaultLimitIs32MiB() {
        #expect(InputFile.defaultSizeLimit == 33_554_432)
    }

    @Test func readsARegularFile() throws {
        let directory = TemporaryDirectory()
        let bytes = Array("<r>نص</r>".utf8)
        let path = directory.write(bytes, to: "a.xml")
        #expect(try InputFile.read(atPath: path) == bytes)
    }

    @Test func readsAnEmptyFile() throws {
        let directory = TemporaryDirectory()
        #expect(try InputFile.read(atPath: directory.write([], to: "empty.xml")) == [])
    }

    @Test func loaderReportsParseErrorsAtThePath() throws {
        let directory = TemporaryDirectory()
        let path = directory.write(Array("<framework xmlns=\"urn:tamayuz:criteria:1\">\n<a></framework>".utf8), to: "bad.xml")
        do {
            _ = try CriteriaLoader.load(fileAtPath: path)
            Issue.record("expected the criteria to be refused")
        } catch {
            #expect(error.errors.first?.location.file == path)
            #expect(error.errors.first?.location.line == 2)
        }
    }

    @Test func followsASymbolicLinkToARegularFile() throws {
        let directory = TemporaryDirectory()
        let target = directory.write(Array("<r/>".utf8), to: "target.xml")
        let link = directory.file("link.xml")
        #expect(symlink(target, link) == 0)
        #expect(try InputFile.read(atPath: link) == Array("<r/>".utf8))
    }

    @Test func refusesADirectory() {
        let directory = TemporaryDirectory()
        #expect(readFailure(directory.path) == [wholeFile(directory.path, "is a directory, not a file")])
    }

    @Test func refusesASymbolicLinkToADirectory() {
        let directory = TemporaryDirectory()
        let link = directory.file("link")
        #expect(symlink(directory.path, link) == 0)
        #expect(readFailure(link).map(\.message) == ["is a directory, not a file"])
    }

    @Test func refusesAFIFOWithoutBlocking() {
        let directory = TemporaryDirectory()
        let path = directory.file("pipe.xml")
        #expect(mkfifo(path, 0o644) == 0)
        // Nobody ever opens the other end: reading it would block forever.
        #expect(readFailure(path) == [wholeFile(path, "is a named pipe (FIFO), not a regular file")])
        do {
            _ = try CriteriaLoader.load(fileAtPath: path)
            Issue.record("expected the FIFO to be refused")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["is a named pipe (FIFO), not a regular file"])
        }
    }

    @Test func refusesADevice() {
        #expect(readFailure("/dev/null") == [wholeFile("/dev/null", "is a device, not a regular file")])
        #expect(readFailure("/dev/zero").map(\.message) == ["is a device, not a regular file"])
    }

    @Test func refusesAMissingFile() {
        let directory = TemporaryDirectory()
        let path = directory.file("missing.xml")
        #expect(readFailure(path) == [wholeFile(path, "cannot read the file: No such file or directory")])
    }

    @Test func refusesAPathThroughAFile() {
        let directory = TemporaryDirectory()
        let file = directory.write([], to: "plain")
        #expect(readFailure(file + "/child.xml").map(\.message) == ["cannot read the file: Not a directory"])
    }

    @Test func refusesAFileOverTheLimit() throws {
        let directory = TemporaryDirectory()
        let path = directory.write([UInt8](repeating: UInt8(ascii: "x"), count: 1025), to: "big.xml")
        #expect(
            readFailure(path, sizeLimit: 1024) == [
                wholeFile(path, "file is too large (1025 bytes): the limit is 1024 bytes")
            ])
        #expect(try InputFile.read(atPath: path, sizeLimit: 1025).count == 1025)
    }

    @Test func refusesAFiftyMegabyteFileBeforeReadingIt() {
        // A sparse file: 50 MB long, but nothing to read, so refusing it costs nothing.
        let directory = TemporaryDirectory()
        let path = directory.write(Array("<r>".utf8), to: "huge.xml")
        #expect(truncate(path, 50 * 1024 * 1024) == 0)
        #expect(
            readFailure(path) == [
                wholeFile(path, "file is too large (52428800 bytes): the limit is 33554432 bytes")
            ])
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func refusesAnUnreadableFile() {
        let directory = TemporaryDirectory()
        let path = directory.write(Array("<r/>".utf8), to: "secret.xml", mode: 0o000)
        #expect(readFailure(path).map(\.message) == ["cannot open the file: Permission denied"])
    }

    @Test func everyLoaderReadsThroughIt() {
        let directory = TemporaryDirectory()
        let framework = AssessmentErrorTests.framework
        let expected = ["is a directory, not a file"]
        func messages(_ load: (String) throws(DiagnosticError) -> Void) -> [String] {
            do {
                try load(directory.path)
                return []
            } catch {
                return error.diagnostics.map(\.message)
            }
        }
        #expect(messages { (path) throws(DiagnosticError) in _ = try AssessmentLoader.load(fileAtPath: path, framework: framework) } == expected)
        #expect(messages { (path) throws(DiagnosticError) in try AssessmentLoader.checkSchema(fileAtPath: path) } == expected)
        #expect(messages { (path) throws(DiagnosticError) in _ = try AnswerTableLoader.load(fileAtPath: path, framework: framework) } == expected)
        #expect(messages { (path) throws(DiagnosticError) in _ = try PreviousResultsLoader.load(fileAtPath: path) } == expected)
    }
}
