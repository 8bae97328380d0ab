import TamayuzXML
import Testing

/// Positions are asserted at markers (`1️⃣`…) placed in the fixtures, never hand-counted.
@Suite("Exact source locations")
struct LocationTests {
    @Test func elementsAreAtTheirOpeningAngleBracket() throws {
        let source = MarkedSource(
            """
            <?xml version="1.0"?>
            1️⃣<framework xmlns="urn:x">
              2️⃣<area>نص عربي قبل العنصر 3️⃣<indicator/></area>
            \t4️⃣<area
               id="a2"/>5️⃣<last/>
            </framework>
            """)
        let root = try source.parse()
        #expect(root.location == source["1️⃣"])
        #expect(root.children[0].location == source["2️⃣"])
        #expect(root.children[0].children[0].location == source["3️⃣"])
        #expect(root.children[1].location == source["4️⃣"])
        #expect(root.children[2].location == source["5️⃣"])
    }

    @Test func attributeNamesAndValues() throws {
        let source = MarkedSource(
            """
            <r 1️⃣a="2️⃣x > y"  3️⃣b = '4️⃣قيمة'
               5️⃣p:c="6️⃣"
               xmlns:p="urn:p" 7️⃣d="8️⃣&amp;z"/>
            """)
        let root = try source.parse()
        let expected: [(String, Character, Character)] = [
            ("a", "1️⃣", "2️⃣"), ("b", "3️⃣", "4️⃣"), ("c", "5️⃣", "6️⃣"), ("d", "7️⃣", "8️⃣"),
        ]
        #expect(root.attributes.map(\.name) == expected.map(\.0))
        for (attribute, (name, at, value)) in zip(root.attributes, expected) {
            #expect(attribute.location == source[at], "\(name)")
            #expect(attribute.valueLocation == source[value], "\(name)")
        }
        #expect(root[attribute: "a"] == "x > y")
    }

    @Test func pointingInsideAValue() throws {
        let source = MarkedSource(#"<rule when="score >= 3 and 1️⃣@bad"/>"#)
        let value = try #require(try source.parse().attribute("when"))
        let offset = value.value.unicodeScalars.distance(
            from: value.value.unicodeScalars.startIndex,
            to: value.value.unicodeScalars.firstIndex(of: "@")!)
        #expect(value.valueLocation.advanced(by: offset) == source["1️⃣"])
    }

    @Test func markupThatLooksLikeStartTagsIsSkipped() throws {
        let wrapped = MarkedSource(
            """
            <r><!-- <fake> <also a="1"> --><?pi <fake2>?><![CDATA[ <fake3> ]]>1️⃣<real a="--> ?> ]]>"/>
            <b>text > with &lt;fake4&gt;</b></r>
            """)
        let root = try wrapped.parse()
        #expect(root.children.map(\.name) == ["real", "b"])
        #expect(root.children[0].location == wrapped["1️⃣"])
    }

    @Test func lineBreaksCRLFAndLoneCR() throws {
        let source = MarkedSource("<r>\r\n1️⃣<a/>\r\n  2️⃣<b\r\n 3️⃣c='1'/>\r4️⃣<d/></r>")
        let root = try source.parse()
        #expect(root.children[0].location == source["1️⃣"])
        #expect(root.children[1].location == source["2️⃣"])
        #expect(root.children[1].attributes[0].location == source["3️⃣"])
        #expect(root.children[2].location == source["4️⃣"])
        #expect(source["3️⃣"].line == 4)
        #expect(source["4️⃣"].line == 5, "a lone CR ends a line too")
    }

    @Test func byteOrderMarkIsNotAColumn() throws {
        let source = MarkedSource("1️⃣<r> 2️⃣<c/></r>")
        let root = try XMLReader.parse([0xEF, 0xBB, 0xBF] + source.bytes, fileName: source.fileName, schema: nil)
        #expect(root.location == source["1️⃣"])
        #expect(root.children[0].location == source["2️⃣"])
    }

    @Test func emptyElementTagsAndSelfClosingWithoutSpace() throws {
        let source = MarkedSource("<r>1️⃣<a/>2️⃣<b x='1'/>3️⃣<c\n/>4️⃣<d></d></r>")
        let root = try source.parse()
        #expect(root.children.map(\.location) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣"].map { source[$0] })
    }

    @Test func locationsInALargeDocumentStayExact() throws {
        // Well past libxml2's internal buffer sizes, so its input is shrunk while parsing.
        var text = "<r>\n"
        for index in 0..<20_000 {
            text += "  <item id=\"\(index)\">قيمة \(index)</item>\n"
        }
        let source = MarkedSource(text + "  1️⃣<last 2️⃣n='3️⃣v'/>\n</r>")
        let root = try source.parse()
        #expect(root.children.count == 20_001)
        let last = try #require(root.children.last)
        #expect(last.location == source["1️⃣"])
        #expect(last.attributes[0].location == source["2️⃣"])
        #expect(last.attributes[0].valueLocation == source["3️⃣"])
        #expect(root.children[12_345].location.line == 12_347)
        #expect(root.children[12_345].location.column == 3)
    }

    @Test func wellFormednessErrorInALargeDocumentIsExact() throws {
        var text = "<r>\n"
        for index in 0..<20_000 {
            text += "  <item>ما \(index)</item>\n"
        }
        let source = MarkedSource(text + "  <bad a='1' 1️⃣a='2'/>\n</r>")
        let diagnostics = source.failure()
        #expect(diagnostics.first?.message == "Attribute a redefined")
        #expect(diagnostics.first?.location.line == source["1️⃣"].line)
    }

    @Test func locationDescription() {
        #expect(Location(file: "a.xml", line: 3, column: 7).description == "a.xml:3:7")
        #expect(
            Diagnostic.error(at: Location(file: "a.xml", line: 3, column: 7), "bad").description
                == "a.xml:3:7: error: bad")
        #expect(Location.wholeFile("a.xml").description == "a.xml")
        #expect(Diagnostic.error(at: .wholeFile("a.xml"), "missing").description == "a.xml: error: missing")
    }

    @Test func theWholeFileIsNoPlaceInIt() {
        let whole = Location.wholeFile("a.xml")
        #expect(whole.isWholeFile && whole.line == nil && whole.column == nil)
        #expect(!Location(file: "a.xml", line: 1, column: 1).isWholeFile)
        #expect(whole.advanced(by: 3) == whole && whole.withoutColumn == whole)
        #expect(Location(file: "a.xml", line: 2, column: 5).advanced(by: 3) == Location(file: "a.xml", line: 2, column: 8))
        #expect(Location(file: "a.xml", line: 2, column: 5).withoutColumn == Location(file: "a.xml", line: 2, column: 0))
        // The file as a whole comes before any place in it, and after the files before it.
        let sorted = [Location(file: "a.xml", line: 1, column: 1), whole, Location.wholeFile("0.xml")].sorted()
        #expect(sorted == [Location.wholeFile("0.xml"), whole, Location(file: "a.xml", line: 1, column: 1)])
    }
}
