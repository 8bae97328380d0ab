import Foundation
import Testing
import TamayuzCore
@testable import TamayuzFormats

/// Previous results are read through a digest of the fields they need: the same cycle as reading
/// the whole file, in memory proportional to the agencies, never the score trees.
@Suite struct PreviousResultsDigestTests {
    static func digest(_ text: String) -> String? {
        (try? PreviousResultsDigest.digest(Array(text.utf8)))?.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func keepsOnlyTheFieldsThePreviousCycleReads() {
        let text = """
            {"schema": "tamayuz-results/1", "tree": {"deep": [1, -2.5e3, {"a": null, "b": [true, false]}]},
             "criteria": {"id": "q", "title": "T \\" \\u0041", "version": "2"}, "kind": "ranking",
             "agencies": [{"id": "a", "nodes": [{"id": "x", "score": 0.5}], "rank": 1, "displayTotal": 5.5}, 3, "s"]}
            """
        #expect(
            Self.digest(text)
                == #"{"schema":"tamayuz-results/1","criteria":{"id":"q","version":"2"},"kind":"ranking","agencies":[{"id":"a","rank":1,"displayTotal":5.5},3,"s"]}"#)
    }

    @Test(arguments: [
        #"{"schema": "x",}"#, #"{"a": 01}"#, #"{"a": [1, 2}"#, "{\"a\": \"\u{01}\"}", #"{"a": 1} x"#, #"{"a": "\q"}"#,
        #"{"a": tru}"#, #"{"a": 1."#, #"{"sch\u0065ma": "x"}"#, "[1, 2",
    ])
    func leavesAnythingItCannotReadExactlyToFoundation(_ text: String) {
        #expect(Self.digest(text) == nil)
    }

    @Test func nestingOfAnyDepthIsSkippedWithoutRecursion() {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        #expect(Self.digest(#"{"nodes": \#(deep), "schema": "s"}"#) == #"{"schema":"s"}"#)
    }

    @Test func theSamplePreviousResultsLoadAsBefore() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/quality-track/previous/results-2012.json").path
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let cycle = try PreviousResultsLoader.load(bytes: bytes, fileName: "results.json")
        #expect(cycle.entries.count >= 4)
        let digest = try #require(try PreviousResultsDigest.digest(bytes))
        #expect(digest.count < bytes.count / 4, "the digest is \(digest.count) of \(bytes.count) bytes")
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        for agency in object?["agencies"] as? [[String: Any]] ?? [] {
            let id = try #require(agency["id"] as? String)
            #expect(cycle.entries[id]?.rank == (agency["rank"] as? NSNumber)?.intValue)
            #expect(cycle.entries[id]?.total == (agency["displayTotal"] as? NSNumber)?.doubleValue)
        }
    }

    @Test func aResultsFileOfTwentyThousandAgenciesLoads() throws {
        let tree = #"[{"id": "A", "score": 0.5, "children": [{"id": "A1", "score": 1}, {"id": "A2", "score": 0}]}]"#
        let agencies = (0..<20_000).map { #"{"id": "a\#($0)", "rank": \#($0 + 1), "displayTotal": 50.5, "nodes": \#(tree)}"# }
        let text = #"{"schema": "tamayuz-results/1", "kind": "ranking", "criteria": {"id": "m", "version": "1"}, "agencies": ["#
            + agencies.joined(separator: ",\n") + "]}"
        let cycle = try PreviousResultsLoader.load(bytes: Array(text.utf8), fileName: "big.json")
        #expect(cycle.entries.count == 20_000)
        #expect(cycle.entries["a19999"]?.rank == 20_000)
    }

    @Test func aKeyWrittenTwiceInOneObjectIsThrownWithItsPlace() {
        let text = #"{"schema": "s", "agencies": [{"id": "a", "rank": 1, "rank": 2}]}"#
        #expect(throws: PreviousResultsDigest.DuplicateKey.self) { try PreviousResultsDigest.digest(Array(text.utf8)) }
        do {
            _ = try PreviousResultsDigest.digest(Array(text.utf8))
        } catch {
            #expect(error.key == "rank" && error.offset == 52)
        }
        #expect(Self.digest(#"{"a": {"k": 1}, "b": {"k": 2}}"#) == "{}", "the same key in two objects is fine")
    }
}
