import TamayuzXML
import Testing

@Suite("XSD validation")
struct SchemaTests {
    static let xsd = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   targetNamespace="urn:test:items" xmlns="urn:test:items" elementFormDefault="qualified">
          <xs:element name="items">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="item" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:simpleContent>
                      <xs:extension base="xs:string">
                        <xs:attribute name="id" type="xs:ID" use="required"/>
                        <xs:attribute name="kind" type="Kind"/>
                      </xs:extension>
                    </xs:simpleContent>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
              <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
            </xs:complexType>
          </xs:element>
          <xs:simpleType name="Kind">
            <xs:restriction base="xs:string">
              <xs:enumeration value="yes-no"/>
              <xs:enumeration value="scale"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:schema>
        """

    static let schema: XMLSchema = {
        do {
            return try XMLSchema(source: xsd, name: "items.xsd")
        } catch {
            fatalError("test schema does not compile: \(error)")
        }
    }()

    @Test func validDocumentPasses() throws {
        let root = try MarkedSource(
            """
            <items xmlns="urn:test:items" xml:lang="ar">
              <item id="i1" kind="scale">مقياس</item>
              <item id="i2">نعم</item>
            </items>
            """
        ).parse(schema: Self.schema)
        #expect(root.children.map { $0[attribute: "id"] } == ["i1", "i2"])
        #expect(root.children[0].language == "ar")
    }

    @Test func everyErrorIsReportedAtItsElementOrAttribute() {
        let source = MarkedSource(
            """
            <items xmlns="urn:test:items">
              <item id="i1" 1️⃣kind="bogus">a</item>
              2️⃣<item>b</item>
              <item id="i3" 3️⃣kind="">c</item>
            </items>
            """)
        let diagnostics = source.failure(schema: Self.schema)
        #expect(
            diagnostics == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "element 'item', attribute 'kind': [facet 'enumeration'] The value 'bogus' is not an element of the set {'yes-no', 'scale'}."
                ),
                Diagnostic.error(
                    at: source["2️⃣"], "element 'item': The attribute 'id' is required but missing."),
                Diagnostic.error(
                    at: source["3️⃣"],
                    "element 'item', attribute 'kind': [facet 'enumeration'] The value '' is not an element of the set {'yes-no', 'scale'}."
                ),
            ])
    }

    @Test func unexpectedElement() {
        let source = MarkedSource(
            """
            <items xmlns="urn:test:items">
              <item id="i1"/>
              1️⃣<note/>
            </items>
            """)
        #expect(
            source.failure(schema: Self.schema) == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "element 'note': This element is not expected. Expected is ( item ).")
            ])
    }

    @Test func wrongNamespaceStaysVisible() {
        let source = MarkedSource("1️⃣<items xmlns=\"urn:test:other\"/>")
        #expect(
            source.failure(schema: Self.schema) == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "element '{urn:test:other}items': No matching global declaration available for the validation root."
                )
            ])
    }

    @Test func xincludeElementsAreRejectedBySchema() {
        let source = MarkedSource(
            """
            <items xmlns="urn:test:items" xmlns:xi="http://www.w3.org/2001/XInclude">
              1️⃣<xi:include href="file:///etc/passwd" parse="text"/>
            </items>
            """)
        let diagnostics = source.failure(schema: Self.schema)
        #expect(diagnostics.map(\.location) == [source["1️⃣"]])
        #expect(
            diagnostics.first?.message.hasPrefix(
                "element '{http://www.w3.org/2001/XInclude}include': This element is not expected.") == true)
        #expect(!diagnostics.description.contains("root:"))
    }

    @Test func schemaLocationHintsInTheDocumentAreNotFollowed() throws {
        // If libxml2 loaded this (nonexistent, unreachable) schema it would report it.
        let root = try MarkedSource(
            """
            <items xmlns="urn:test:items" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="urn:test:items http://127.0.0.1:9/evil.xsd">
              <item id="i1"/>
            </items>
            """
        ).parse(schema: Self.schema)
        #expect(root.children.count == 1)
    }

    @Test func wellFormednessErrorsComeBeforeValidation() {
        let diagnostics = MarkedSource("<items xmlns=\"urn:test:items\"><item></items>").failure(schema: Self.schema)
        #expect(diagnostics.first?.message.hasPrefix("Opening and ending tag mismatch") == true)
    }

    @Test func oneSchemaIsSharedByConcurrentValidations() async {
        let valid = Array("<items xmlns=\"urn:test:items\"><item id=\"a\" kind=\"scale\"/></items>".utf8)
        let invalid = MarkedSource("<items xmlns=\"urn:test:items\">1️⃣<item 2️⃣kind=\"x\"/></items>")
        // In file order, as a `DiagnosticError` holds them (libxml2 reports the attribute first).
        let expected = [
            Diagnostic.error(
                at: invalid["1️⃣"], "element 'item': The attribute 'id' is required but missing."),
            Diagnostic.error(
                at: invalid["2️⃣"],
                "element 'item', attribute 'kind': [facet 'enumeration'] The value 'x' is not an element of the set {'yes-no', 'scale'}."
            ),
        ]
        let results = await withTaskGroup(of: (Bool, [Diagnostic]).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let isValid = index.isMultiple(of: 2)
                    do throws(DiagnosticError) {
                        _ = try XMLReader.parse(
                            isValid ? valid : invalid.bytes, fileName: "test.xml", schema: Self.schema)
                        return (isValid, [])
                    } catch {
                        return (isValid, error.diagnostics)
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { isValid, diagnostics in diagnostics == (isValid ? [] : expected) })
    }
}

@Suite("XSD compilation")
struct SchemaCompilationTests {
    private func compileFailure(_ source: MarkedSource) -> [Diagnostic] {
        XMLTesting.failure { () throws(DiagnosticError) in _ = try XMLSchema(source: source.text, name: source.fileName) }
    }

    @Test func errorsAreLocatedInTheSchema() {
        let source = MarkedSource(
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t">
              <xs:element name="a" 1️⃣type="Missing"/>
            </xs:schema>
            """, fileName: "broken.xsd")
        #expect(
            compileFailure(source) == [
                Diagnostic.error(
                    at: source["1️⃣"],
                    "element decl. 'a', attribute 'type': The QName value 'Missing' does not resolve to a(n) type definition."
                )
            ])
    }

    @Test func unknownSchemaElement() {
        let source = MarkedSource(
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              1️⃣<xs:elemnt name="a"/>
            </xs:schema>
            """, fileName: "typo.xsd")
        let diagnostics = compileFailure(source)
        #expect(diagnostics.map(\.location) == [source["1️⃣"]])
        #expect(diagnostics.first?.message.hasPrefix("element 'schema': The content is not valid.") == true)
    }

    @Test func malformedSchemaText() {
        let source = MarkedSource(
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n  <xs:element name=\"a\">1️⃣</xs:schema>",
            fileName: "bad.xsd")
        let diagnostics = compileFailure(source)
        #expect(diagnostics.first?.message == "Opening and ending tag mismatch: element line 2 and schema")
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func doctypeInASchemaIsRefused() {
        let source = MarkedSource(
            """
            1️⃣<!DOCTYPE xs:schema [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:annotation><xs:documentation>&x;</xs:documentation></xs:annotation></xs:schema>
            """)
        #expect(
            compileFailure(source) == [Diagnostic.error(at: source["1️⃣"], HostileInputTests.doctypeMessage)])
    }

    @Test func includesAndImportsWithALocationAreRefused() {
        let source = MarkedSource(
            """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              1️⃣<xs:include schemaLocation="file:///etc/passwd"/>
              <xs:import namespace="urn:x" 2️⃣schemaLocation="http://127.0.0.1:9/x.xsd"/>
              3️⃣<xs:redefine schemaLocation="other.xsd"/>
              <xs:import namespace="http://www.w3.org/XML/1998/namespace"/>
            </xs:schema>
            """)
        #expect(
            compileFailure(source) == [
                Diagnostic.error(
                    at: source["1️⃣"], "xs:include is not allowed: a Tamayuz schema must be self-contained"
                ),
                Diagnostic.error(
                    at: source["2️⃣"],
                    "xs:import with a schemaLocation is not allowed: a Tamayuz schema must be self-contained"),
                Diagnostic.error(
                    at: source["3️⃣"],
                    "xs:redefine is not allowed: a Tamayuz schema must be self-contained"),
            ])
    }

    @Test func importWithoutLocationLoadsNothing() throws {
        let schema = try XMLSchema(
            source: """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:import namespace="urn:elsewhere"/>
                  <xs:element name="r"/>
                </xs:schema>
                """, name: "import.xsd")
        #expect(try XMLReader.parse(Array("<r/>".utf8), fileName: "r.xml", schema: schema).name == "r")
    }

    @Test func notASchemaAtAll() {
        let diagnostics = compileFailure(MarkedSource("<html/>", fileName: "x.xsd"))
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.location.file == "x.xsd" })
    }
}
