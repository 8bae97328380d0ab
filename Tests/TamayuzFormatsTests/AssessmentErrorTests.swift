import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// Each check of an assessment against its criteria, located at the marker.
@Suite struct AssessmentErrorTests {
    static let framework: Framework = {
        let xml = criteriaDocument("""
            <scales><scale id="m"><title xml:lang="en">m</title>
              <level id="low" score="0"><label xml:lang="en">low</label></level>
              <level id="high" score="1"><label xml:lang="en">high</label></level></scale></scales>
            \(area("A", "", indicator("yn") + indicator("na", "not-applicable=\"allowed\"")
                + indicator("lvl", kind: "<ordinal scale=\"m\"/>")
                + indicator("num", kind: "<number min=\"0\" max=\"10\"><ramp floor=\"0\" target=\"10\"/></number>")
                + indicator("pct", kind: "<percentage/>")
                + indicator("chk", kind: "<checklist><option id=\"a\" points=\"1\"><label xml:lang=\"en\">a</label></option></checklist>")
                + indicator("der", kind: "<derived expression=\"num * 2\"><ramp floor=\"0\" target=\"20\"/></derived>")
                + indicator("rad", kind: "<radar-enabler/>") + indicator("ser", kind: "<results-series floor=\"0\" target=\"10\"/>")))
            """)
        return try! CriteriaLoader.load(bytes: Array(xml.utf8), fileName: "c.xml").0
    }()

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var answers: String
        var root = ""
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown indicator", answers: #"<answer indicator="📍zz" value="yes"/>"#, message: "unknown indicator 'zz'"),
        Case(name: "an area is not an indicator", answers: #"<answer indicator="📍A" value="yes"/>"#, message: "'A' is an area, not an indicator"),
        Case(name: "yes/no given a number", answers: #"<answer indicator="yn" value="📍3"/>"#, message: "answer \"yes\" or \"no\", not '3'"),
        Case(name: "a level the scale lacks", answers: #"<answer indicator="lvl" value="📍medium"/>"#, message: "'medium' is not a level of scale 'm'; its levels are: low, high"),
        Case(name: "number out of range", answers: #"<answer indicator="num" value="📍11"/>"#, message: "11 is out of range for 'num' (allowed: 0 to 10)"),
        Case(name: "NaN is not a number", answers: #"<answer indicator="num" value="📍NaN"/>"#, message: "needs a finite number, not 'NaN'"),
        Case(name: "overflowing number", answers: #"<answer indicator="num" value="📍1e309"/>"#, message: "needs a finite number, not '1e309'"),
        Case(name: "percentage above 100", answers: #"<answer indicator="pct" value="📍120"/>"#, message: "120 is not a percentage"),
        Case(name: "unknown checklist option", answers: #"<answer indicator="chk" value="📍a b"/>"#, message: "'b' is not an option of checklist 'chk'"),
        // Attributes 50, 40, 45, 35, 30, 25, 30: the mean 36.4; an overall of 50 is 13.6 away.
        Case(name: "RADAR overall beyond the tolerance", answers: #"<answer indicator="rad" value="📍sound 50, integrated 40, implemented 45, structured 35, measured 30, learning 25, improvement 30, overall 50"/>"#,
             message: "the overall 50 of 'rad' is more than 10 points from its attributes' mean 36.4"),
        Case(name: "RADAR percentage off the 5 % steps", answers: #"<answer indicator="rad" value="📍sound 52, integrated 40, implemented 45, structured 35, measured 30, learning 25, improvement 30"/>"#,
             message: "sound is '52': RADAR percentages go in steps of 5 from 0 to 100"),
        Case(name: "results series of one year", answers: #"<answer indicator="ser" value="📍2024 6; target 8; comparator 7"/>"#,
             message: "it needs at least two years' values"),
        Case(name: "answering a derived indicator", answers: #"<answer indicator="📍der" value="3"/>"#, message: "'der' is derived"),
        Case(name: "not applicable where not allowed", answers: #"<answer indicator="yn" not-applicable="📍true"><justification>x</justification></answer>"#, message: "cannot be answered \"not applicable\""),
        Case(name: "not applicable without a justification", answers: #"📍<answer indicator="na" not-applicable="true"/>"#, message: "without a <justification>"),
        Case(name: "duplicate answers", answers: #"<answer indicator="yn" value="yes"/>📍<answer indicator="yn" value="no"/>"#, message: "a second answer to 'yn'"),
        Case(name: "no value", answers: #"📍<answer indicator="yn"/>"#, message: "has no 'value'"),
        Case(name: "another framework", answers: "", root: #"framework="📍other" framework-version="1""#, message: "answers framework 'other', but the criteria are 't'"),
        Case(name: "another version", answers: "", root: #"framework="t" framework-version="📍2""#, message: "answers version 2 of 't', but the criteria are version 1"),
    ]

    /// Both ways of reading: keeping answers whole, and keeping what scoring reads (which reads
    /// the file again, placing every element, when there is anything to report).
    @Test(arguments: cases, [AssessmentLoader.Detail.full, .scoring])
    func reportsTheErrorWhereItIs(_ example: Case, detail: AssessmentLoader.Detail) {
        let marked = Marked("""
            <assessment xmlns="urn:tamayuz:assessment:1" \(example.root.isEmpty ? #"framework="t" framework-version="1""# : example.root)>
              <agency id="a1"><name xml:lang="en">A</name></agency>
              <assessor role="self"/>
              \(example.answers)
            </assessment>
            """)
        let errors = assessmentErrors(marked, framework: Self.framework, detail: detail)
        let match = errors.first { $0.message.contains(example.message) }
        #expect(match != nil, "no error containing \"\(example.message)\" in \(errors.map(\.description))")
        #expect(match?.location.line == marked.line, "\(match?.description ?? "")")
        #expect(match?.location.column == marked.column, "\(match?.description ?? "")")
    }
}
