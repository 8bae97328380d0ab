import Testing
import TamayuzReports

/// Elements written apart (in fragments, on other cores) splice back to exactly the bytes the
/// writer would have written in place: same indentation, same separators.
@Suite struct JSONWriterFragmentTests {
    /// A document with a `rows` array two levels down, filled by `writeRows`.
    private static func document(rowsInline: Bool = false, _ writeRows: (inout JSONWriter) -> Void) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("head", "h")
            json.field("outer") { json in
                json.field("rows", array: rowsInline) { json in writeRows(&json) }
            }
            json.field("tail", 1)
        }
        return json.output
    }

    /// One row's members: nested containers, an empty one, and `padding` bytes of text.
    private static func row(_ json: inout JSONWriter, _ number: Int, padding: Int = 0) {
        json.field("id", .int(number))
        json.field("nested", array: false) { json in
            json.element(inline: true) { json in json.field("x", 0.5) }
            json.element("y")
        }
        json.field("empty") { _ in }
        json.field("text", .string(String(repeating: "t", count: padding)))
    }

    @Test(arguments: [false, true])
    func splicedFragmentsEqualElementsWrittenInPlace(rowsInline: Bool) {
        let inPlace = Self.document(rowsInline: rowsInline) { json in
            for number in 0..<3 { json.element { json in Self.row(&json, number) } }
        }
        let spliced = Self.document(rowsInline: rowsInline) { json in
            for number in 0..<3 {
                var fragment = json.fragment()
                fragment.object { json in Self.row(&json, number) }
                json.element(fragment: fragment)
            }
        }
        #expect(spliced == inPlace)
    }

    /// Batch boundaries (3 rows a batch) and flushes (rows of 300 kB pass the megabyte).
    @Test(arguments: [(0, 0), (1, 0), (3, 0), (7, 0), (40, 0), (10, 300_000)])
    func parallelElementsEqualElementsWrittenOneByOne(count: Int, padding: Int) {
        let oneByOne = Self.document { json in
            for number in 0..<count { json.element { json in Self.row(&json, number, padding: padding) } }
        }
        var json = JSONWriter()
        var flushed: [UInt8] = []
        var flushes = 0
        json.object { json in
            json.field("head", "h")
            json.field("outer") { json in
                json.field("rows", array: false) { json in
                    json.objectElements(Array(0..<count), batchSize: 3, flushingTo: { bytes in
                        flushed.append(contentsOf: bytes)
                        flushes += 1
                    }) { json, number in Self.row(&json, number, padding: padding) }
                }
            }
            json.field("tail", 1)
        }
        json.flush { flushed.append(contentsOf: $0) }
        #expect(String(decoding: flushed, as: UTF8.self) == oneByOne)
        #expect((flushes > 1) == (padding > 0))
    }
}
