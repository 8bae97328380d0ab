import TamayuzXML
import Testing

/// Files are read as bytes and libxml2 honours the declared encoding or byte-order mark; locations
/// are in characters of the decoded text whatever the encoding.
@Suite("Encodings")
struct EncodingTests {
    static let arabic = "مرحبا بالعالم، تميّز"

    /// windows-1256 bytes of the characters these tests use (from iconv's CP1256 table).
    static let windows1256: [Unicode.Scalar: UInt8] = [
        "م": 0xE3, "ر": 0xD1, "ح": 0xCD, "ب": 0xC8, "ا": 0xC7, "ل": 0xE1, "ع": 0xDA,
        "،": 0xA1, "ت": 0xCA, "ي": 0xED, "\u{651}": 0xF8, "ز": 0xD2,
    ]

    static func encodeWindows1256(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt8(scalar.value) }
            guard let byte = windows1256[scalar] else { preconditionFailure("no windows-1256 byte for \(scalar)") }
            return byte
        }
    }

    static func encodeUTF16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test func windows1256IsDecoded() throws {
        let source = MarkedSource(
            """
            <?xml version="1.0" encoding="windows-1256"?>
            1️⃣<r xml:lang="ar" 2️⃣name="3️⃣\(Self.arabic)">
              \(Self.arabic) 4️⃣<c/>
            </r>
            """)
        let bytes = Self.encodeWindows1256(source.text)
        #expect(bytes.count == source.text.unicodeScalars.count, "one byte a character")
        let root = try XMLReader.parse(bytes, fileName: source.fileName, schema: nil)
        #expect(root[attribute: "name"] == Self.arabic)
        #expect(root.text.contains(Self.arabic))
        #expect(root.location == source["1️⃣"])
        #expect(root.attribute("name")?.location == source["2️⃣"])
        #expect(root.attribute("name")?.valueLocation == source["3️⃣"])
        #expect(root.children[0].location == source["4️⃣"])
    }

    @Test func errorInAWindows1256DocumentHasItsLine() {
        let text = "<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n<r>\n  <a>\(Self.arabic)</b>\n</r>"
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(Self.encodeWindows1256(text), fileName: "w.xml", schema: nil)
        }
        #expect(diagnostics.first?.message == "Opening and ending tag mismatch: a line 3 and b")
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func windows1256ReadAsUTF8WouldBeAnError() {
        // The same bytes without the declaration are not UTF-8: refused, not misread.
        let source = MarkedSource("<r>1️⃣\(Self.arabic)</r>")
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(Self.encodeWindows1256(source.text), fileName: source.fileName, schema: nil)
        }
        #expect(diagnostics.first?.message.hasPrefix("Input is not proper UTF-8") == true)
        #expect(diagnostics.first?.location == source["1️⃣"])
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) throws {
        let source = MarkedSource(
            """
            <?xml version="1.0" encoding="UTF-16"?>
            1️⃣<r>
              \(Self.arabic) 😀 2️⃣<c 3️⃣a="4️⃣\(Self.arabic)"/>
            </r>
            """)
        let root = try XMLReader.parse(
            Self.encodeUTF16(source.text, bigEndian: bigEndian), fileName: source.fileName, schema: nil)
        #expect(root.text.contains("\(Self.arabic) 😀"))
        #expect(root.location == source["1️⃣"])
        #expect(root.children[0].location == source["2️⃣"])
        #expect(root.children[0].attributes[0].location == source["3️⃣"])
        #expect(root.children[0][attribute: "a"] == Self.arabic)
        #expect(root.children[0].attributes[0].valueLocation == source["4️⃣"])
    }

    @Test func utf16WithoutDeclaration() throws {
        let source = MarkedSource("1️⃣<r>\(Self.arabic)</r>")
        let root = try XMLReader.parse(
            Self.encodeUTF16(source.text, bigEndian: false), fileName: source.fileName, schema: nil)
        #expect(root.text == Self.arabic)
        #expect(root.location == source["1️⃣"])
    }

    @Test func doctypeInUTF16IsRefused() {
        let source = MarkedSource(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n1️⃣<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>"
        )
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(
                Self.encodeUTF16(source.text, bigEndian: false), fileName: source.fileName, schema: nil)
        }
        #expect(diagnostics == [Diagnostic.error(at: source["1️⃣"], HostileInputTests.doctypeMessage)])
    }

    @Test func errorInAUTF16DocumentHasItsLine() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r>\n  <a></b>\n</r>"
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(Self.encodeUTF16(text, bigEndian: true), fileName: "u.xml", schema: nil)
        }
        #expect(diagnostics.first?.message == "Opening and ending tag mismatch: a line 3 and b")
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func utf8WithByteOrderMarkAndDeclaration() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><r>\(Self.arabic)</r>".utf8)
        #expect(try XMLReader.parse(bytes, fileName: "b.xml", schema: nil).text == Self.arabic)
    }

    @Test func byteOrderMarkContradictingTheDeclaration() {
        let source = MarkedSource("<?xml version=\"1.0\" encoding=\"1️⃣windows-1256\"?>\n<r>\(Self.arabic)</r>")
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse([0xEF, 0xBB, 0xBF] + source.bytes, fileName: source.fileName, schema: nil)
        }
        #expect(
            diagnostics == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "the file starts with a UTF-8 byte-order mark but declares encoding 'windows-1256'")
            ])
    }

    @Test func iso88596Declared() throws {
        // ISO-8859-6 puts Arabic letters elsewhere than windows-1256: م is 0xE5, ر is 0xD1.
        let bytes =
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?>\n<r>".utf8) + [0xE5, 0xD1] + Array("</r>".utf8)
        #expect(try XMLReader.parse(bytes, fileName: "i.xml", schema: nil).text == "مر")
    }

    @Test func bytesTheDeclaredEncodingCannotDecode() {
        let prefix = MarkedSource("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<r>1️⃣")
        let bytes = prefix.bytes + [0xE5] + Array("</r>".utf8)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: prefix.fileName, schema: nil)
        }
        #expect(diagnostics.first?.location == prefix["1️⃣"])
    }

    @Test func latin1Declared() throws {
        let source = MarkedSource("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r>café 1️⃣<c/></r>")
        let bytes = source.text.unicodeScalars.map { UInt8($0.value) }
        let root = try XMLReader.parse(bytes, fileName: source.fileName, schema: nil)
        #expect(root.text == "café ")
        #expect(root.children[0].location == source["1️⃣"])
    }

    /// Bytes the declared encoding cannot convert, after the root element: libxml2 ends the input
    /// there without an error of its own (found in review). The document is refused, in both
    /// readers (events, and the tree schemas are compiled from).
    @Test func bytesThatCannotBeConvertedAfterTheRootAreRefused() {
        let bytes = Array(#"<?xml version="1.0" encoding="ISO-8859-6"?>"#.utf8) + [0x0A] + Array("<r/>".utf8)
            + [0x0A, 0xA1, 0xA2]
        let message = "bytes here cannot be read in the document's encoding (ISO-8859-6): the rest of the file could not be read"
        let streamed = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "junk.xml", schema: nil)
        }
        #expect(streamed.map(\.message) == [message])
        #expect(streamed.first?.location.line == 3)
        let compiled = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLSchema(source: String(decoding: bytes, as: UTF8.self), name: "junk.xsd")
        }
        #expect(!compiled.isEmpty)
        // Without the junk the same document is fine.
        #expect(throws: Never.self) {
            _ = try XMLReader.parse(Array(bytes.dropLast(2)), fileName: "fine.xml", schema: nil)
        }
    }

    @Test func aLoneSurrogateAfterTheRootInUTF16IsRefused() {
        var bytes = Self.encodeUTF16("<r/>\n", bigEndian: false)
        bytes += [0x00, 0xD8, 0x61, 0x00]  // U+D800 then "a": a high surrogate alone (little-endian)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "surrogate.xml", schema: nil)
        }
        #expect(diagnostics.first?.message.hasPrefix("bytes here cannot be read in the document's encoding") == true)
    }
}
