import TamayuzXML
import Testing

/// Reading a document's records one by one, placing only the root, and reading only the root.
@Suite("Streaming a document")
struct StreamingTests {
    @Test func childrenOfTheRootAreHandedOverInOrderAndNotKept() throws {
        let source = MarkedSource(
            """
            <items xmlns="urn:test:items" xml:lang="ar">
              1️⃣<item id="i1" kind="scale">مقياس</item>
              2️⃣<item id="i2"><note>n</note></item>
            </items>
            """)
        var seen: [XMLElement] = []
        let root = try XMLReader.parse(source.bytes, fileName: source.fileName, schema: nil) { seen.append($0) }
        #expect(root.name == "items" && root.children.isEmpty)
        #expect(seen.map { $0[attribute: "id"] } == ["i1", "i2"])
        #expect(seen.map(\.location) == [source["1️⃣"], source["2️⃣"]])
        // Grandchildren stay in their parent; the language is inherited as in a whole tree.
        #expect(seen[1].children.map(\.name) == ["note"])
        #expect(seen[0].language == "ar" && seen[0].text == "مقياس")
    }

    @Test func aSchemaErrorAfterTheRecordsStillFailsTheParseExactly() {
        // The validator judges as the document is read, so a record may be handed over before
        // (or although) it is found invalid: the call must still throw, at the place named.
        let source = MarkedSource(
            """
            <items xmlns="urn:test:items">
              2️⃣<item>a</item>
            </items>
            """)
        var handed = 0
        let diagnostics = XMLTesting.failure { () throws(XMLFailure) in
            _ = try XMLReader.parse(source.bytes, fileName: source.fileName, schema: SchemaTests.schema) { _ in
                handed += 1
            }
        }
        #expect(handed == 1)
        #expect(
            diagnostics == [
                XMLDiagnostic(
                    location: source["2️⃣"], message: "element 'item': The attribute 'id' is required but missing.")
            ])
    }

    @Test func rootOnlyPlacesTheRootAndNothingBelowIt() throws {
        let source = MarkedSource(
            """
            <?xml version="1.0"?>
            1️⃣<items xmlns="urn:test:items">
              <item id="i1">a</item>
            </items>
            """)
        var seen: [XMLElement] = []
        let root = try XMLReader.parse(
            source.bytes, fileName: source.fileName, schema: SchemaTests.schema, locations: .rootOnly
        ) { seen.append($0) }
        #expect(root.location == source["1️⃣"])
        let nowhere = Location(file: "", line: 0, column: 0)
        #expect(seen.map(\.location) == [nowhere])
        #expect(seen.first?.attribute("id")?.valueLocation == nowhere)
        #expect(seen.first?[attribute: "id"] == "i1")
    }

    @Test func theRootElementIsReadWithoutTheRest() throws {
        // Malformed after the root's start tag: not read, so not reported.
        let root = try XMLReader.rootElement(
            of: Array(#"<!-- urn:tamayuz:criteria:1 --><items xmlns="urn:test:items"><broken"#.utf8), fileName: "r.xml")
        #expect(root.name == "items")
        #expect(root.namespaceURI == "urn:test:items")
    }

    @Test func theRootProbeRefusesADoctypeAndEmptyInput() {
        let doctype = MarkedSource(
            """
            <?xml version="1.0"?>
            1️⃣<!DOCTYPE items [<!ENTITY x "y">]>
            <items/>
            """)
        let refused = XMLTesting.failure { () throws(XMLFailure) in
            _ = try XMLReader.rootElement(of: doctype.bytes, fileName: doctype.fileName)
        }
        #expect(refused.first?.location == doctype["1️⃣"])
        #expect(refused.first?.message.hasPrefix("DOCTYPE is not allowed") == true)
        let empty = XMLTesting.failure { () throws(XMLFailure) in
            _ = try XMLReader.rootElement(of: [], fileName: "e.xml")
        }
        #expect(empty.map(\.message) == ["Document is empty"])
    }
}
