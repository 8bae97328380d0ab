import TamayuzXML
import Testing

@Suite("Malformed input gives located errors")
struct WellFormednessTests {
    @Test func mismatchedEndTag() {
        let source = MarkedSource("<r>\n  <a>text</b>1️⃣\n</r>")
        let diagnostics = source.failure()
        #expect(diagnostics.first?.message == "Opening and ending tag mismatch: a line 2 and b")
        #expect(diagnostics.first?.location == source["1️⃣"])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func everyErrorIsADiagnosticWithTheFileName() {
        let diagnostics = MarkedSource("<r><a></r>", fileName: "dir/assessment.xml").failure()
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.location.file == "dir/assessment.xml" && $0.location.line == 1 })
    }

    @Test func duplicateAttribute() {
        let source = MarkedSource("<r a='1' a='2'1️⃣/>")
        #expect(source.failure().first == Diagnostic.error(at: source["1️⃣"], "Attribute a redefined"))
    }

    @Test func undeclaredNamespacePrefix() {
        let source = MarkedSource("<r>\n  <p:a/>1️⃣</r>")
        let diagnostics = source.failure()
        #expect(diagnostics.map(\.message) == ["Namespace prefix p on a is not defined"])
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func undefinedEntityWithoutDTD() {
        let source = MarkedSource("<r>\n  &nbsp;1️⃣</r>")
        let diagnostics = source.failure()
        #expect(diagnostics.first?.message == "Entity 'nbsp' not defined")
        #expect(diagnostics.first?.location == source["1️⃣"])
    }

    @Test func malformedUTF8() {
        let prefix = MarkedSource("<r>\n  caf1️⃣", fileName: "bad.xml")
        let bytes = prefix.bytes + [0xC3, 0x28] + Array("</r>".utf8)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "bad.xml", schema: nil)
        }
        #expect(
            diagnostics.first?.message.hasPrefix("Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x28")
                == true)
        #expect(diagnostics.first?.location == prefix["1️⃣"])
    }

    @Test func latin1BytesInADocumentDeclaredUTF8() {
        let prefix = MarkedSource("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r>caf1️⃣", fileName: "latin.xml")
        let bytes = prefix.bytes + [0xE9] + Array("</r>".utf8)
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: "latin.xml", schema: nil)
        }
        #expect(diagnostics.first?.message.hasPrefix("Input is not proper UTF-8") == true)
        #expect(diagnostics.first?.location == prefix["1️⃣"])
    }

    @Test func nulByte() {
        let source = MarkedSource("<r>\n  ab1️⃣X</r>")
        var bytes = source.bytes
        bytes[bytes.firstIndex(of: UInt8(ascii: "X"))!] = 0
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(bytes, fileName: source.fileName, schema: nil)
        }
        #expect(
            diagnostics == [
                Diagnostic.error(at: source["1️⃣"], "NUL character (U+0000) is not allowed in XML")
            ])
    }

    @Test func truncatedDocument() {
        let source = MarkedSource("<r>\n  <a x='1'>text</a>\n  <b>1️⃣")
        let diagnostics = source.failure()
        #expect(diagnostics.first?.message == "Premature end of data in tag b line 3")
        #expect(diagnostics.first?.location == source["1️⃣"])
    }

    @Test func truncatedInsideATag() {
        let diagnostics = MarkedSource("<r>\n  <a x='1").failure()
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func emptyDocument() {
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse([], fileName: "empty.xml", schema: nil)
        }
        #expect(
            diagnostics == [
                Diagnostic.error(at: Location(file: "empty.xml", line: 1, column: 1), "Document is empty")
            ])
    }

    @Test func whitespaceOnlyDocument() {
        let diagnostics = MarkedSource("  \n  ").failure()
        #expect(diagnostics.first?.message == "Start tag expected, '<' not found")
    }

    @Test func textAfterTheRoot() {
        let source = MarkedSource("<r/>\n1️⃣<s/>")
        let diagnostics = source.failure()
        #expect(diagnostics.first?.message == "Extra content at the end of the document")
        #expect(diagnostics.first?.location == source["1️⃣"])
    }

    @Test func unknownDeclaredEncoding() {
        let source = MarkedSource("<?xml version=\"1.0\" encoding=\"1️⃣klingon\"?>\n<r/>")
        #expect(
            source.failure() == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "encoding 'klingon' is not supported: use UTF-8, UTF-16 or a single-byte encoding such as windows-1256"
                )
            ])
    }

    @Test func declaredUTF16ButWrittenInUTF8() {
        let diagnostics = MarkedSource("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r/>").failure()
        #expect(diagnostics.first?.message == "Document labelled UTF-16 but has UTF-8 content")
    }

    @Test func aFailureListsEveryDiagnosticInFileOrder() {
        let failure = DiagnosticError([
            .warning(at: Location(file: "f", line: 3, column: 0), "two"),
            .error(at: Location(file: "f", line: 1, column: 2), "one"),
        ])
        #expect(failure.diagnostics.map(\.description) == ["f:1:2: error: one", "f:3:0: warning: two"])
        #expect(failure.errors.map(\.message) == ["one"])
    }
}
