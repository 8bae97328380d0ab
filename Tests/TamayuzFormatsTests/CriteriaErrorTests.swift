import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// One test per class of semantic error in criteria: the message and where it points.
let Fixtures_maturity = """
    <scales><scale id="maturity"><title xml:lang="en">m</title>
      <level id="informational" score="0.5"><label xml:lang="en">i</label></level>
      <level id="integrated" score="1"><label xml:lang="en">n</label></level></scale></scales>
    """

@Suite struct CriteriaErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var body: String
        var attributes = ""
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "duplicate id",
             body: area("A", "", indicator("A1") + "<indicator id=\"📍A1\"><title xml:lang=\"en\">x</title><yes-no/></indicator>"),
             message: "duplicate id 'A1'"),
        Case(name: "reserved id",
             body: area("A", "", "<indicator id=\"📍total\"><title xml:lang=\"en\">x</title><yes-no/></indicator>"),
             message: "reserved"),
        Case(name: "unknown scale",
             body: area("A", "", indicator("A1", kind: "<ordinal scale=\"📍nope\"/>")),
             message: "unknown scale 'nope'"),
        Case(name: "all-zero sibling weights",
             body: "📍" + area("A", "", indicator("A1", "weight=\"0\"") + indicator("A2", "weight=\"0\"")),
             message: "all the weights under 'A' are zero"),
        Case(name: "points that do not add up",
             body: "📍" + area("A", "points=\"100\"", indicator("A1", "points=\"60\"") + indicator("A2", "points=\"30\"")),
             attributes: "weighting=\"points\" scale-max=\"100\"",
             message: "the points under 'A' add up to 90, not its 100 points"),
        Case(name: "bands out of order",
             body: area("A", "", indicator("A1")) + """
                📍<bands><band id="b" min="50"><label xml:lang="en">b</label></band><band id="a" min="80"><label xml:lang="en">a</label></band><band id="c" min="0"><label xml:lang="en">c</label></band></bands>
                """,
             message: "bands are out of order"),
        Case(name: "overlapping bands",
             body: area("A", "", indicator("A1")) + """
                <bands><band id="a" min="50"><label xml:lang="en">a</label></band><band id="b" min="📍50"><label xml:lang="en">b</label></band><band id="c" min="0"><label xml:lang="en">c</label></band></bands>
                """,
             message: "bands 'a' and 'b' overlap"),
        Case(name: "bands that leave a gap at zero",
             body: area("A", "", indicator("A1")) + """
                📍<bands><band id="a" min="50"><label xml:lang="en">a</label></band></bands>
                """,
             message: "no band starts at 0"),
        Case(name: "expression syntax error points inside the attribute",
             body: area("A", "", indicator("A1") + indicator("A2", "applicable-when=\"A1 and 📍)\"")),
             message: "in 'applicable-when'"),
        Case(name: "expression error after an entity reference points at the right column",
             body: area("A", "", indicator("n", kind: "<number><ramp floor=\"0\" target=\"1\"/></number>") + indicator("A2", "applicable-when=\"n &lt; 📍)\"")),
             message: "in 'applicable-when'"),
        Case(name: "expression error on the second line of an attribute",
             body: area("A", "", indicator("A1") + indicator("A2", "applicable-when=\"A1 and\n      📍)\"")),
             message: "in 'applicable-when'"),
        Case(name: "a level that the scale lacks, compared as a string",
             body: Fixtures_maturity + area("A", "", indicator("m", kind: "<ordinal scale=\"maturity\"/>") + indicator("A2", "applicable-when=\"m == 📍&quot;integratd&quot;\"")),
             message: "\"integratd\" is not a level of scale 'maturity'"),
        Case(name: "unknown reference in an expression",
             body: area("A", "", indicator("A1") + indicator("A2", "applicable-when=\"📍B9\"")),
             message: "B9"),
        Case(name: "expression of the wrong type",
             body: area("A", "", indicator("A1") + indicator("A2", "applicable-when=\"📍1 + 2\"")),
             message: "must be a boolean expression"),
        Case(name: "applicability cannot read scores",
             body: area("A", "", indicator("A1") + indicator("A2", "applicable-when=\"📍score(A1) > 0.5\"")),
             message: "cannot read scores"),
        Case(name: "derived indicators in a cycle",
             body: area("A", "", indicator("x", kind: "<derived expression=\"📍y + 1\"><ramp floor=\"0\" target=\"1\"/></derived>")
                + indicator("y", kind: "<derived expression=\"x + 1\"><ramp floor=\"0\" target=\"1\"/></derived>")),
             message: "derived indicators form a cycle: x → y → x"),
        Case(name: "rule reading a score outside its target",
             body: area("A", "", indicator("A1")) + area("B", "", indicator("B1")) + """
                <rules><rule id="r" effect="cap" target="A" value="0.5" when="📍score(B) &lt; 0.5"><message xml:lang="en">m</message></rule></rules>
                """,
             message: "rule 'r' on 'A' reads score(B), which is not inside 'A'"),
        Case(name: "rule targeting an unknown node",
             body: area("A", "", indicator("A1")) + """
                <rules><rule id="r" effect="cap" target="📍Z" value="0.5" when="A1"><message xml:lang="en">m</message></rule></rules>
                """,
             message: "rule 'r' targets unknown node 'Z'"),
        Case(name: "profile naming an unknown node",
             body: area("A", "", indicator("A1")) + """
                <profiles><profile id="p"><title xml:lang="en">p</title><exclude node="📍Q"/></profile></profiles>
                """,
             message: "profile 'p' names unknown node 'Q'"),
        Case(name: "tie-break naming an unknown node",
             body: area("A", "", indicator("A1")) + """
                <ranking><tie-break node="📍Q"/></ranking>
                """,
             message: "tie-break names unknown node 'Q'"),
        Case(name: "ramp pointing the wrong way",
             body: area("A", "", indicator("A1", kind: "<number direction=\"lower-is-better\">📍<ramp floor=\"4\" target=\"72\"/></number>")),
             message: "lower-is-better needs the target (72) below the floor (4)"),
        Case(name: "negative weight refused by the schema",
             body: area("A", "", "<indicator id=\"A1\" 📍weight=\"-1\"><title xml:lang=\"en\">x</title><yes-no/></indicator>"),
             message: "weight"),
    ]

    @Test(arguments: cases)
    func reportsTheErrorWhereItIs(_ example: Case) {
        let marked = Marked(criteriaDocument(example.body, attributes: example.attributes))
        let errors = criteriaErrors(marked)
        let match = errors.first { $0.message.contains(example.message) }
        #expect(match != nil, "no error containing \"\(example.message)\" in \(errors.map(\.description))")
        #expect(match?.location.line == marked.line, "\(match?.description ?? "")")
        #expect(match?.location.column == marked.column, "\(match?.description ?? "")")
        #expect(match?.location.file == "c.xml")
    }

    @Test func reportsEveryErrorOfAFileNotJustTheFirst() {
        let marked = Marked(criteriaDocument(area("A", "", indicator("A1") + "<indicator id=\"📍A1\"><title xml:lang=\"en\">x</title><ordinal scale=\"nope\"/></indicator>")))
        let errors = criteriaErrors(marked)
        #expect(errors.contains { $0.message.contains("duplicate id") })
        #expect(errors.contains { $0.message.contains("unknown scale") })
    }
}
