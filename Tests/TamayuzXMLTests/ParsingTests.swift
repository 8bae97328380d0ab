import TamayuzXML
import Testing

@Suite("Parsing into XMLElement")
struct ParsingTests {
    @Test func namespacesOfElementsAndAttributes() throws {
        let root = try MarkedSource(
            """
            <framework xmlns="urn:tamayuz:criteria:1" xmlns:ev="urn:evidence" version="1" ev:kind="doc">
              <area id="a1"/>
              <ev:note ev:ref="r1" plain="p"/>
              <other xmlns="urn:other"><inner/></other>
            </framework>
            """
        ).parse()
        #expect(root.name == "framework")
        #expect(root.namespaceURI == "urn:tamayuz:criteria:1")
        #expect(root.attributes.map(\.name) == ["version", "kind"])
        #expect(root.attributes.map(\.namespaceURI) == [nil, "urn:evidence"])
        #expect(root[attribute: "kind"] == nil, "a namespaced attribute is not found by local name alone")
        #expect(root.children.map(\.name) == ["area", "note", "other"])
        #expect(root.children.map(\.namespaceURI) == ["urn:tamayuz:criteria:1", "urn:evidence", "urn:other"])
        let note = try #require(root.firstChild(named: "note"))
        #expect(note.attributes.map(\.namespaceURI) == ["urn:evidence", nil])
        #expect(note[attribute: "plain"] == "p")
        #expect(root.firstChild(named: "other")?.children.first?.namespaceURI == "urn:other")
    }

    @Test func noNamespace() throws {
        let root = try MarkedSource("<r a='1'><c/></r>").parse()
        #expect(root.namespaceURI == nil)
        #expect(root.children[0].namespaceURI == nil)
        #expect(root.attributes[0].namespaceURI == nil)
    }

    @Test func languageIsInheritedAndOverridden() throws {
        let root = try MarkedSource(
            """
            <r xml:lang="ar">
              <a><deep/></a>
              <b xml:lang="en"><c/></b>
              <d xml:lang=""><e/></d>
            </r>
            """
        ).parse()
        #expect(root.language == "ar")
        #expect(root.children.map(\.language) == ["ar", "en", nil])
        #expect(root.children[0].children[0].language == "ar")
        #expect(root.children[1].children[0].language == "en")
        #expect(root.children[2].children[0].language == nil)
        let lang = try #require(root.attributes.first)
        #expect(lang.name == "lang")
        #expect(lang.namespaceURI == "http://www.w3.org/XML/1998/namespace")
        #expect(root.attribute("lang") == nil)
    }

    @Test func noLanguageWhenNoneDeclared() throws {
        #expect(try MarkedSource("<r><c/></r>").parse().children[0].language == nil)
    }

    @Test func attributesKeepDocumentOrderAndDecodeValues() throws {
        let root = try MarkedSource(
            "<r z=\"last?\" a=\"&amp;&lt;&gt;&quot;&apos;\" m=\"&#x41;&#66;\" w=\"a\tb\n  c\" e=\"\"/>"
        ).parse()
        #expect(root.attributes.map(\.name) == ["z", "a", "m", "w", "e"])
        #expect(root[attribute: "a"] == #"&<>"'"#)
        #expect(root[attribute: "m"] == "AB")
        #expect(root[attribute: "w"] == "a b   c", "tab and line break are normalised to spaces")
        #expect(root[attribute: "e"] == "")
        #expect(root.attribute("missing") == nil)
    }

    @Test func namespaceDeclarationsAreNotAttributes() throws {
        let root = try MarkedSource(#"<r xmlns="urn:a" xmlns:p="urn:p" x="1"/>"#).parse()
        #expect(root.attributes.map(\.name) == ["x"])
    }

    @Test func textConcatenatesTextAndCDATAButNotCommentsOrChildren() throws {
        let root = try MarkedSource(
            "<r>  one <!-- hidden --><![CDATA[<two> & ]]><c>child</c>three&amp;<?pi ignored?>\n</r>"
        ).parse()
        #expect(root.text == "  one <two> & three&\n")
        #expect(root.children[0].text == "child")
    }

    @Test func arabicTextAndNames() throws {
        let root = try MarkedSource("<معيار اسم=\"قيمة\">نص عربي</معيار>").parse()
        #expect(root.name == "معيار")
        #expect(root[attribute: "اسم"] == "قيمة")
        #expect(root.text == "نص عربي")
    }

    @Test func childrenNamedAndFirstChild() throws {
        let root = try MarkedSource("<r><a n='1'/><b/><a n='2'/></r>").parse()
        #expect(root.children(named: "a").map { $0[attribute: "n"] } == ["1", "2"])
        #expect(root.children(named: "zzz").isEmpty)
        #expect(root.firstChild(named: "a")?[attribute: "n"] == "1")
        #expect(root.firstChild(named: "zzz") == nil)
    }

    @Test func xmlDeclarationCommentsAndProcessingInstructionsAroundTheRoot() throws {
        let root = try MarkedSource(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- c --><?pi x?>\n<r/>\n<!-- after -->\n"
        ).parse()
        #expect(root.name == "r")
    }

    @Test func elementsCrossTasks() async throws {
        let root = try MarkedSource("<r><c>x</c></r>").parse()
        let text = await Task.detached { root.children[0].text }.value
        #expect(text == "x")
    }
}
