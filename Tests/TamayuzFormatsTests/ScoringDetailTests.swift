import Testing
import TamayuzCore
@testable import TamayuzFormats

/// Reading an assessment as scoring reads it gives the sheet the whole answers give, and places
/// warnings as exactly.
@Suite struct ScoringDetailTests {
    static let framework = AssessmentErrorTests.framework

    static func document(_ answers: String, assessor: String = #"<assessor role="self"/>"#) -> String {
        """
        <assessment xmlns="urn:tamayuz:assessment:1" framework="t" framework-version="1">
          <agency id="a1" kind="municipality"><name xml:lang="en">A</name></agency>
          \(assessor)
          \(answers)
        </assessment>
        """
    }

    @Test func theSheetIsTheOneTheWholeAnswersGive() throws {
        let text = Self.document(
            """
            <answer indicator="yn" value="yes"><evidence title="Policy" ref="DOC-1"/></answer>
            <answer indicator="na" not-applicable="true"><justification>No such service.</justification></answer>
            <answer indicator="lvl" value="high"><evidence title=" " ref=""/></answer>
            <answer indicator="num" value="7.5"/>
            <answer indicator="pct" value="40"><comment>From the survey.</comment></answer>
            <answer indicator="chk" value="a"><evidence title="" ref="DOC-2"/></answer>
            """)
        let bytes = Array(text.utf8)
        let (whole, _) = try AssessmentLoader.load(bytes: bytes, fileName: "a.xml", framework: Self.framework)
        let (reduced, warnings) = try AssessmentLoader.load(
            bytes: bytes, fileName: "a.xml", framework: Self.framework, detail: .scoring)
        #expect(warnings.isEmpty)
        #expect(reduced.answers.isEmpty)
        let sheet = try #require(reduced.sheet)
        let expected = AnswerSheet(whole, nodeCount: Self.framework.nodes.count)
        #expect(sheet.values == expected.values)
        #expect(sheet.evidence == expected.evidence)
        // By hand: evidence is cited for yn (a title) and chk (a reference under a blank title),
        // not for the blank item on lvl; na is "not applicable"; num is 7.5.
        let index = Self.framework.nodeIndex
        #expect(sheet.evidence[index["yn"]!] && sheet.evidence[index["chk"]!])
        #expect(!sheet.evidence[index["lvl"]!] && !sheet.evidence[index["num"]!])
        #expect(sheet.values[index["na"]!] == .notApplicable)
        #expect(sheet.values[index["num"]!] == .number(7.5))
        #expect(reduced.location == whole.location)
        #expect(reduced.location.line == 1 && reduced.location.column == 1)
    }

    @Test func aWarningIsPlacedExactly() throws {
        let marked = Marked(
            Self.document(#"<answer indicator="yn" value="no"/>"#, assessor: #"<assessor role="self" 📍affiliation="x"/>"#))
        let (_, warnings) = try AssessmentLoader.load(
            bytes: Array(marked.text.utf8), fileName: "a.xml", framework: Self.framework, detail: .scoring)
        #expect(warnings.map(\.message) == ["'affiliation' matters only for evaluators"])
        #expect(warnings.first?.location.line == marked.line)
        #expect(warnings.first?.location.column == marked.column)
    }

    /// Answers reach the reader before the XSD has judged the document: one without the
    /// indicator the XSD requires must give the XSD's error, not stop the program (found by the
    /// assessment fuzzer).
    @Test(arguments: [AssessmentLoader.Detail.full, .scoring])
    func anAnswerWithoutItsIndicatorIsTheSchemasError(_ detail: AssessmentLoader.Detail) {
        let marked = Marked(Self.document(#"📍<answer value="yes"/>"#))
        let errors = assessmentErrors(marked, framework: Self.framework, detail: detail)
        #expect(errors.map(\.message) == ["element 'answer': The attribute 'indicator' is required but missing."])
        #expect(errors.first?.location.line == marked.line)
        #expect(errors.first?.location.column == marked.column)
    }

    /// The first read, which places only the root, is the one kept for a clean file: it gives the
    /// same sheet; a file with a finding needs the exact re-read (its places are empty).
    @Test func theFirstReadIsKeptForACleanFileAndNotForOneWithAFinding() throws {
        let clean = Array(Self.document(#"<answer indicator="num" value="7.5"/>"#).utf8)
        let (first, findings) = try AssessmentLoader.read(
            clean, fileName: "a.xml", framework: Self.framework, detail: .scoring, locations: .rootOnly)
        #expect(findings.isEmpty)
        let (loaded, _) = try AssessmentLoader.load(bytes: clean, fileName: "a.xml", framework: Self.framework, detail: .scoring)
        #expect(first.sheet?.values == loaded.sheet?.values)
        #expect(first.location == loaded.location && first.location.line == 1)

        let warned = Array(
            Self.document(#"<answer indicator="yn" value="no"/>"#, assessor: #"<assessor role="self" affiliation="x"/>"#).utf8)
        let (_, unplaced) = try AssessmentLoader.read(
            warned, fileName: "a.xml", framework: Self.framework, detail: .scoring, locations: .rootOnly)
        #expect(unplaced.map(\.location.isWholeFile) == [true])
        let (_, placed) = try AssessmentLoader.load(bytes: warned, fileName: "a.xml", framework: Self.framework, detail: .scoring)
        #expect(placed.map(\.location.line) == [3])
    }
}
