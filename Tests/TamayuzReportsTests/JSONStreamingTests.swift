import Foundation
import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzReports

/// The JSON writer's byte path and the streamed results document give exactly the text the
/// string functions and the one-piece render give.
@Suite struct JSONStreamingTests {
    @Test(arguments: [
        0.1 + 0.2, 70, 0.5, 1.0 / 3, -0.0, -1e-7, 1e-7, 0.0000025, -0.0000025, -3.5, 123_456_789.123_456_7,
        21.250000000000004, 1e19, -2.5e20, 9.2e18, Double.nan, Double.infinity, 0, 100, 0.000001,
    ] as [Double])
    func numbersWrittenAsBytesMatchTheirText(value: Double) {
        var json = JSONWriter()
        json.array(inline: true) { json in json.element(.number(value)) }
        #expect(json.output == "[\(JSONWriter.number(value))]\n")
    }

    @Test(arguments: [Int.min, -1, 0, 7, 10, Int.max])
    func integersWrittenAsBytes(value: Int) {
        var json = JSONWriter()
        json.array(inline: true) { json in
            json.element(.int(value))
            json.element(.unsigned(UInt64.max))
        }
        #expect(json.output == "[\(value), \(UInt64.max)]\n")
    }

    @Test func stringsWrittenAsBytesMatchQuoted() {
        let text = "a\"b\\c\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{2028}\u{2029}\u{2027}أمانة €"
        var json = JSONWriter()
        json.object(inline: true) { json in json.field(text, .string(text)) }
        #expect(json.output == "{\(JSONWriter.quoted(text)): \(JSONWriter.quoted(text))}\n")
        #expect(JSONWriter.quoted(text).contains(#"\u0001\u001f\u2028\u2029"#))
    }

    @Test func flushHandsOverOnlyPastTheThreshold() {
        var json = JSONWriter()
        var received: [UInt8] = []
        json.array { json in
            json.element("x")
            json.flush(atLeast: 1 << 20) { received.append(contentsOf: $0) }
            #expect(received.isEmpty)
            json.flush { received.append(contentsOf: $0) }
            #expect(String(decoding: received, as: UTF8.self) == "[\n  \"x\"")
            #expect(json.output.isEmpty)
            json.element("y")
        }
        json.flush { received.append(contentsOf: $0) }
        #expect(String(decoding: received, as: UTF8.self) == "[\n  \"x\",\n  \"y\"\n]\n")
    }

    @Test func streamedResultsEqualTheOnePieceRender() throws {
        let comparison = try ReportFixtures.juryComparison()
        let options = ReportOptions(inputs: ["c.xml", "a/"])
        var chunks: [[UInt8]] = []
        JSONRenderer().render(comparison, options: options) { chunks.append(Array($0)) }
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == JSONRenderer().render(comparison, options: options))
    }

    @Test func outputFileWrittenPieceByPiece() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tamayuz-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        try OutputFile.write(toPath: path, inputs: []) { sink in
            for piece in ["{", "\"a\": 1", "}\n"] { Array(piece.utf8).withUnsafeBytes(sink) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\": 1}\n")
        #expect(throws: DiagnosticError.self) {
            try OutputFile.write(toPath: path, inputs: [path]) { _ in }
        }
    }
}
