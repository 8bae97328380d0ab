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

    /// Records of which the XSD requires a `name` child.
    static let recordSchema: XMLSchema = {
        do {
            return try XMLSchema(
                source: """
                    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:records"
                               xmlns="urn:test:records" elementFormDefault="qualified">
                      <xs:element name="records">
                        <xs:complexType><xs:sequence>
                          <xs:element name="record" maxOccurs="unbounded">
                            <xs:complexType>
                              <xs:sequence><xs:element name="name" type="xs:string"/></xs:sequence>
                              <xs:attribute name="id" type="xs:string" use="required"/>
                            </xs:complexType>
                          </xs:element>
                        </xs:sequence></xs:complexType>
                      </xs:element>
                    </xs:schema>
                    """, name: "records.xsd")
        } catch {
            fatalError("test schema does not compile: \(error)")
        }
    }()

    @Test func aRecordFoundInvalidAtItsEndTagIsPlacedAtItsStartTag() {
        // The validator misses the `name` only at `</record>`, after the builder has seen the
        // end: the ended record is still on the builder's stack then (it is handed over at the
        // next event), so the error lands on it, and the call throws though the record was
        // handed over.
        let source = MarkedSource(
            """
            <records xmlns="urn:test:records">
              <record id="r1"><name>one</name></record>
              1️⃣<record id="r2">
              </record>
              <record id="r3"><name>three</name></record>
            </records>
            """)
        var handed: [String] = []
        let diagnostics = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.parse(source.bytes, fileName: source.fileName, schema: Self.recordSchema) {
                handed.append($0[attribute: "id"] ?? "")
            }
        }
        #expect(handed == ["r1", "r2", "r3"])
        #expect(diagnostics.map(\.location) == [source["1️⃣"]])
        #expect(diagnostics.first?.message.contains("Missing child element(s)") == true)
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
        let nowhere = Location.wholeFile("")
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
        let refused = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.rootElement(of: doctype.bytes, fileName: doctype.fileName)
        }
        #expect(refused.first?.location == doctype["1️⃣"])
        #expect(refused.first?.message.hasPrefix("DOCTYPE is not allowed") == true)
        let empty = XMLTesting.failure { () throws(DiagnosticError) in
            _ = try XMLReader.rootElement(of: [], fileName: "e.xml")
        }
        #expect(empty.map(\.message) == ["Document is empty"])
    }
}
