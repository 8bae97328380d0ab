import TamayuzXML
import Testing

/// Hostile documents are refused quickly, with a located error, and nothing outside the bytes
/// given is ever read. Inputs are small enough that expanding them would explode, so a test that
/// completes shows they were not expanded.
@Suite("Hostile input is refused")
struct HostileInputTests {
    static let doctypeMessage = "DOCTYPE is not allowed (no DTDs or entities in Tamayuz files)"

    @Test func externalEntityReadingALocalFile() {
        let source = MarkedSource(
            """
            <?xml version="1.0"?>
            1️⃣<!DOCTYPE r [
              <!ENTITY x SYSTEM "file:///etc/passwd">
            ]>
            <r>&x;</r>
            """)
        let diagnostics = source.failure()
        #expect(diagnostics == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
        #expect(!diagnostics.description.contains("root:"))
    }

    @Test func externalEntityInAnAttribute() {
        let source = MarkedSource(
            #"1️⃣<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r a="&x;"/>"#)
        #expect(source.failure() == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
    }

    @Test func billionLaughs() {
        var text = "<?xml version=\"1.0\"?>\n1️⃣<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            text += " <!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>\n"
        #expect(text.utf8.count < 1_200)
        let source = MarkedSource(text)
        #expect(source.failure() == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
    }

    @Test func quadraticBlowUp() {
        let entity = String(repeating: "a", count: 50_000)
        let references = String(repeating: "&a;", count: 50_000)
        let text = "<!DOCTYPE r [<!ENTITY a \"\(entity)\">]><r>\(references)</r>"
        #expect(MarkedSource(text).failure().map(\.message) == [Self.doctypeMessage])
    }

    @Test func parameterEntityLoadingAFile() {
        let source = MarkedSource(
            """
            1️⃣<!DOCTYPE r [
              <!ENTITY % p SYSTEM "file:///etc/passwd">
              %p;
            ]>
            <r/>
            """)
        let diagnostics = source.failure()
        #expect(diagnostics == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
    }

    @Test func externalSubsetOverTheNetwork() {
        // Port 9 on this machine: if anything tried to fetch it, the test would see a network
        // error instead of the refusal.
        let source = MarkedSource(#"<?xml version="1.0"?>1️⃣<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><r/>"#)
        #expect(source.failure() == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
    }

    @Test func publicIdentifierExternalSubset() {
        let source = MarkedSource(
            """
            1️⃣<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
              "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html/>
            """)
        #expect(source.failure() == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
    }

    @Test func anyDoctypeAtAll() {
        let source = MarkedSource("<!-- a harmless-looking one -->\n  1️⃣<!DOCTYPE r>\n<r/>")
        #expect(source.failure() == [Diagnostic.error(at: source["1️⃣"], Self.doctypeMessage)])
    }

    @Test func xincludeIsNotProcessed() throws {
        let root = try MarkedSource(
            """
            <r xmlns:xi="http://www.w3.org/2001/XInclude">
              <xi:include href="file:///etc/passwd" parse="text"/>
              <xi:include href="http://127.0.0.1:9/x.xml"/>
            </r>
            """
        ).parse()
        #expect(root.children.map(\.name) == ["include", "include"])
        #expect(root.children.allSatisfy { $0.namespaceURI == "http://www.w3.org/2001/XInclude" })
        #expect(root.children[0][attribute: "href"] == "file:///etc/passwd")
        #expect(!root.text.contains("root:"))
        #expect(root.children.allSatisfy { $0.text.isEmpty && $0.children.isEmpty })
    }

    @Test func deepNestingIsRefusedWithoutStackOverflow() {
        let depth = 100_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let diagnostics = MarkedSource(text).failure()
        #expect(diagnostics.first?.message.hasPrefix("Excessive depth in document: 256") == true)
        #expect(diagnostics.first?.location.line == 1)
    }

    @Test func depthOf257IsRefusedAtTheElement() {
        let source = MarkedSource(
            String(repeating: "<a>", count: 256) + "\n  1️⃣<deep/>" + String(repeating: "</a>", count: 256))
        let diagnostics = source.failure()
        #expect(
            diagnostics == [
                Diagnostic.error(at: source["1️⃣"], "element 'deep' is nested more than 256 levels deep")
            ])
    }

    @Test func depthOf256IsAccepted() throws {
        var element = try MarkedSource(String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256))
            .parse()
        var depth = 1
        while let child = element.children.first {
            element = child
            depth += 1
        }
        #expect(depth == 256)
    }

    @Test func textNodeOverLibxml2sLimitIsRefused() {
        // libxml2 hands non-ASCII text over in pieces; the pieces together may not pass
        // 10,000,000 bytes (libxml2's own limit without XML_PARSE_HUGE).
        let bytes =
            Array("<r>\n<t>".utf8) + Array(String(repeating: "نص ", count: 2_300_000).utf8) + Array("</t></r>".utf8)
        #expect(bytes.count > 11_000_000)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "huge.xml", schema: nil)
        }
        #expect(
            diagnostics == [
                Diagnostic.error(
                    at: SourceLocation(file: "huge.xml", line: 2, column: 1),
                    "text of element 't' is longer than 10000000 bytes")
            ])
    }

    @Test func textNodeInOnePieceOverTheLimitIsRefusedToo() {
        // libxml2 2.9 lets an ASCII run through in one piece; the converter applies the limit.
        let source = MarkedSource("<r>\n1️⃣<t>X</t></r>", fileName: "huge.xml")
        let x = source.bytes.firstIndex(of: UInt8(ascii: "X"))!
        let bytes =
            Array(source.bytes[..<x]) + [UInt8](repeating: UInt8(ascii: "x"), count: 11 * 1024 * 1024)
            + Array(source.bytes[(x + 1)...])
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "huge.xml", schema: nil)
        }
        #expect(
            diagnostics == [
                Diagnostic.error(at: source["1️⃣"], "text of element 't' is longer than 10000000 bytes")
            ])
    }

    @Test func fiftyMegabyteTextIsRefusedInMemory() {
        let bytes =
            Array("<r>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024) + Array("</r>".utf8)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "huge.xml", schema: nil)
        }
        #expect(diagnostics.map(\.message) == ["text of element 'r' is longer than 10000000 bytes"])
    }

    @Test func attributeValueOverTheLimitIsRefused() {
        let bytes = Array("<r a='".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 10_000_001) + Array("'/>".utf8)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "huge.xml", schema: nil)
        }
        #expect(diagnostics.first?.message == "AttValue length too long")
        #expect(diagnostics.first?.location.line == 1)
    }

    @Test func longNameIsRefused() {
        let name = String(repeating: "n", count: 60_000)
        let diagnostics = MarkedSource("<r><\(name)/></r>").failure()
        #expect(!diagnostics.isEmpty)
    }

    /// libxml2 checks each attribute against every earlier one: 100,000 attributes (1 MB) would
    /// take it over ten seconds.
    @Test func tooManyAttributesAreRefusedBeforeParsing() {
        let attributes = (0..<100_000).map { " a\($0)='\($0)'" }.joined()
        let source = MarkedSource("<r>\n  1️⃣<e\(attributes)/>\n</r>")
        #expect(
            source.failure() == [
                Diagnostic.error(
                    at: source["1️⃣"], "start tag has more than 256 attributes; at most 256 are allowed")
            ])
    }

    @Test func namespaceDeclarationsCountAsAttributes() {
        let declarations = (0..<300).map { " xmlns:p\($0)='urn:\($0)'" }.joined()
        #expect(
            MarkedSource("<r\(declarations)/>").failure().map(\.message) == [
                "start tag has more than 256 attributes; at most 256 are allowed"
            ])
    }

    @Test func attributeCountIsNotFooledByQuotesOrGreaterThan() throws {
        let tricky = (0..<128).map { " a\($0)=\"x > '=' \"" }.joined() + (0..<128).map { " b\($0)='\"=>\"'" }.joined()
        let root = try MarkedSource("<r\(tricky)/>").parse()
        #expect(root.attributes.count == 256)
        #expect(root[attribute: "a0"] == "x > '=' ")
        #expect(root[attribute: "b0"] == "\"=>\"")
        let oneMore = MarkedSource("<r\(tricky) c='1'/>").failure()
        #expect(oneMore.map(\.message) == ["start tag has more than 256 attributes; at most 256 are allowed"])
    }

    @Test func tooManyAttributesInUTF16() {
        let attributes = (0..<300).map { " a\($0)='\($0)'" }.joined()
        let source = MarkedSource("<r>\n  1️⃣<e\(attributes)/>\n</r>")
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(
                EncodingTests.encodeUTF16(source.text, bigEndian: false), fileName: source.fileName, schema: nil)
        }
        #expect(diagnostics.map(\.location) == [source["1️⃣"]])
    }

    @Test(arguments: ["UTF-7", "ISO-2022-JP", "IBM037", "UCS-4"])
    func encodingsThatCouldHideMarkupAreRefused(encoding: String) {
        let diagnostics = MarkedSource("<?xml version=\"1.0\" encoding=\"\(encoding)\"?><r/>").failure()
        #expect(
            diagnostics.map(\.message) == [
                "encoding '\(encoding)' is not supported: use UTF-8, UTF-16 or a single-byte encoding such as windows-1256"
            ])
    }

    @Test func ucs4IsRefused() {
        let bytes = "<r/>".unicodeScalars.flatMap { scalar -> [UInt8] in [UInt8(scalar.value), 0, 0, 0] }
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "u.xml", schema: nil)
        }
        #expect(
            diagnostics.map(\.message) == [
                "UCS-4 documents are not supported: use UTF-8, UTF-16 or a single-byte encoding such as windows-1256"
            ])
    }

    @Test func manyElementsAreLinear() throws {
        let root = try MarkedSource("<r>" + String(repeating: "<a b='c'>d</a>", count: 100_000) + "</r>").parse()
        #expect(root.children.count == 100_000)
        #expect(root.children.last?.location.column == 4 + 99_999 * 14)
    }

    @Test(arguments: [600, 100_000]) func anEncodingDeclaredLateIsStillRead(spaces: Int) {
        let source = MarkedSource("<?xml version=\"1.0\"\(String(repeating: " ", count: spaces))encoding=\"1️⃣UTF-7\"?>\n<r/>")
        #expect(
            source.failure() == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "encoding 'UTF-7' is not supported: use UTF-8, UTF-16 or a single-byte encoding such as windows-1256")
            ])
    }

    /// 100,000 attributes hidden in UTF-7 (2.9 MB) took libxml2 83 s: refused at the declaration.
    @Test func attributesHiddenInUTF7AreRefusedAtTheDeclaration() {
        let hidden = (0..<100_000).map { "+ACA-a\($0)+AD0AIg-1+ACI-" }.joined()
        let source = MarkedSource("<?xml version=\"1.0\"\(String(repeating: " ", count: 600))encoding=\"1️⃣UTF-7\"?>\n+ADw-r\(hidden)/+AD4-")
        #expect(source.failure().map(\.location) == [source["1️⃣"]])
    }

    /// 250 levels of 255 namespace declarations, then a million empty elements (5 MB), took
    /// libxml2 half a minute: every element's namespace lookup walked every declaration in scope.
    @Test func namespaceDeclarationsInTheWholeDocumentAreLimited() {
        let levels = (0..<250).map { level in
            "<e" + (0..<255).map { " xmlns:p\(level)x\($0)='u:\($0)'" }.joined() + ">"
        }
        let text = "<r>" + levels[0] + "1️⃣" + levels[1...].joined() + String(repeating: "<f/>", count: 1_000_000)
            + String(repeating: "</e>", count: 250) + "</r>"
        let source = MarkedSource(text)
        #expect(
            source.failure() == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "the document declares more than 256 namespaces; at most 256 are allowed")
            ])
    }

    @Test func twoHundredFiftySixNamespaceDeclarationsAreAllowed() throws {
        let declarations = (0..<128).map { " xmlns:p\($0)='urn:\($0)'" }.joined()
        let root = try MarkedSource("<r\(declarations)><e\(declarations)/>\(String(repeating: "<f/>", count: 100_000))</r>").parse()
        #expect(root.children.count == 100_001)
    }
}
