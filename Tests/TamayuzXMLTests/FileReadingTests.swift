import TamayuzTestSupport
import TamayuzXML
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite("Reading files")
struct FileReadingTests {
    private func readFailure(_ path: String, sizeLimit: Int = XMLReader.defaultSizeLimit) -> [XMLDiagnostic] {
        XMLTesting.failure { () throws(XMLFailure) in _ = try XMLReader.readFile(atPath: path, sizeLimit: sizeLimit) }
    }

    private func wholeFile(_ path: String) -> Location { Location(file: path, line: 0, column: 0) }

    @Test func defaultLimitIs32MiB() {
        #expect(XMLReader.defaultSizeLimit == 33_554_432)
    }

    @Test func readsARegularFile() throws {
        let directory = TemporaryDirectory()
        let bytes = Array("<r>نص</r>".utf8)
        let path = directory.write(bytes, to: "a.xml")
        #expect(try XMLReader.readFile(atPath: path) == bytes)
    }

    @Test func readsAnEmptyFile() throws {
        let directory = TemporaryDirectory()
        #expect(try XMLReader.readFile(atPath: directory.write([], to: "empty.xml")) == [])
    }

    @Test func readParsesWithThePathAsFileName() throws {
        let directory = TemporaryDirectory()
        let source = MarkedSource("<r>\n  1️⃣<c/></r>")
        let path = directory.write(source.bytes, to: "doc.xml")
        let root = try XMLReader.read(fileAtPath: path, schema: nil)
        #expect(root.children[0].location == Location(file: path, line: source["1️⃣"].line, column: source["1️⃣"].column))
    }

    @Test func readReportsParseErrorsAtThePath() throws {
        let directory = TemporaryDirectory()
        let path = directory.write(Array("<r>\n<a></r>".utf8), to: "bad.xml")
        let diagnostics = XMLTesting.failure { () throws(XMLFailure) in
            _ = try XMLReader.read(fileAtPath: path, schema: nil)
        }
        #expect(diagnostics.first?.location.file == path)
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func followsASymbolicLinkToARegularFile() throws {
        let directory = TemporaryDirectory()
        let target = directory.write(Array("<r/>".utf8), to: "target.xml")
        let link = directory.file("link.xml")
        #expect(symlink(target, link) == 0)
        #expect(try XMLReader.read(fileAtPath: link, schema: nil).name == "r")
    }

    @Test func refusesADirectory() {
        let directory = TemporaryDirectory()
        #expect(
            readFailure(directory.path) == [
                XMLDiagnostic(location: wholeFile(directory.path), message: "is a directory, not a file")
            ])
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
        #expect(
            readFailure(path) == [
                XMLDiagnostic(location: wholeFile(path), message: "is a named pipe (FIFO), not a regular file")
            ])
        let viaRead = XMLTesting.failure { () throws(XMLFailure) in
            _ = try XMLReader.read(fileAtPath: path, schema: nil)
        }
        #expect(viaRead.map(\.message) == ["is a named pipe (FIFO), not a regular file"])
    }

    @Test func refusesADevice() {
        #expect(
            readFailure("/dev/null") == [
                XMLDiagnostic(location: wholeFile("/dev/null"), message: "is a device, not a regular file")
            ])
        #expect(readFailure("/dev/zero").map(\.message) == ["is a device, not a regular file"])
    }

    @Test func refusesAMissingFile() {
        let directory = TemporaryDirectory()
        let path = directory.file("missing.xml")
        #expect(
            readFailure(path) == [
                XMLDiagnostic(location: wholeFile(path), message: "cannot read the file: No such file or directory")
            ])
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
                XMLDiagnostic(
                    location: wholeFile(path), message: "file is too large (1025 bytes): the limit is 1024 bytes")
            ])
        #expect(try XMLReader.readFile(atPath: path, sizeLimit: 1025).count == 1025)
    }

    @Test func refusesAFiftyMegabyteFileBeforeReadingIt() {
        // A sparse file: 50 MB long, but nothing to read, so refusing it costs nothing.
        let directory = TemporaryDirectory()
        let path = directory.write(Array("<r>".utf8), to: "huge.xml")
        #expect(truncate(path, 50 * 1024 * 1024) == 0)
        #expect(
            readFailure(path) == [
                XMLDiagnostic(
                    location: wholeFile(path),
                    message: "file is too large (52428800 bytes): the limit is 33554432 bytes")
            ])
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func refusesAnUnreadableFile() {
        let directory = TemporaryDirectory()
        let path = directory.write(Array("<r/>".utf8), to: "secret.xml", mode: 0o000)
        #expect(readFailure(path).map(\.message) == ["cannot open the file: Permission denied"])
    }
}
