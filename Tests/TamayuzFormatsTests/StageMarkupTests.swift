import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// The review stages' markup: roles, members, rationales, kinded comments, "verify on site".
@Suite struct StageMarkupTests {
    static let framework = AssessmentErrorTests.framework

    static func document(_ assessor: String, _ answers: String) -> String {
        """
        <assessment xmlns="urn:tamayuz:assessment:1" framework="t" framework-version="1">
          <agency id="a1"><name xml:lang="en">A</name></agency>
          \(assessor)
          \(answers)
        </assessment>
        """
    }

    @Test func readsAConsensusWithItsTeamAndRationales() throws {
        let xml = Self.document(
            #"<assessor role="consensus"><member id="ev_x"/><member id="ev_y" affiliation="a2"/></assessor>"#,
            #"<answer indicator="num" value="6"><rationale>raised: the plan was approved</rationale></answer><answer indicator="yn" value="yes"/>"#)
        for detail in [AssessmentLoader.Detail.full, .scoring] {
            let (assessment, warnings) = try AssessmentLoader.load(bytes: Array(xml.utf8), fileName: "c.xml", framework: Self.framework, detail: detail)
            #expect(warnings.isEmpty)
            #expect(assessment.assessor.role == .consensus)
            #expect(assessment.assessor.id == "consensus")
            #expect(assessment.assessor.members.map(\.id) == ["ev_x", "ev_y"])
            #expect(assessment.assessor.members[1].affiliations == ["a2"])
            let num = Self.framework.nodeIndex["num"]!
            #expect(assessment.rationales == [num: "raised: the plan was approved"])
        }
    }

    @Test func readsKindedCommentsAndVerifyOnSite() throws {
        let xml = Self.document(
            #"<assessor role="evaluator" id="ev_x"/>"#,
            #"<answer indicator="yn" value="no"><comment kind="strength">clear owner</comment><comment>plain</comment><comment kind="improvement">no review</comment><verify-on-site>Is the plan signed?</verify-on-site></answer>"#)
        let (assessment, _) = try AssessmentLoader.load(bytes: Array(xml.utf8), fileName: "e.xml", framework: Self.framework)
        let answer = try #require(assessment.answers[Self.framework.nodeIndex["yn"]!])
        #expect(answer.comment == "clear owner\nplain\nno review")
        #expect(answer.feedback == [FeedbackComment(kind: .strength, text: "clear owner"), FeedbackComment(kind: .improvement, text: "no review")])
        #expect(answer.verifyOnSite == "Is the plan signed?")
        #expect(answer.rationale == nil)
    }

    @Test func readsASiteVisitAndAReference() throws {
        let visit = Self.document(
            #"<assessor role="site-visit" id="visit1"><member id="ev_x"/></assessor>"#,
            #"<answer indicator="yn" value="no"><rationale>no signed plan on file</rationale></answer>"#)
        let (assessment, _) = try AssessmentLoader.load(bytes: Array(visit.utf8), fileName: "v.xml", framework: Self.framework)
        #expect(assessment.assessor.role == .siteVisit)
        #expect(assessment.assessor.id == "visit1")
        #expect(assessment.answers[Self.framework.nodeIndex["yn"]!]?.rationale == "no signed plan on file")
        let reference = Self.document(#"<assessor role="reference"/>"#, #"<answer indicator="yn" value="yes"/>"#)
        #expect(try AssessmentLoader.load(bytes: Array(reference.utf8), fileName: "r.xml", framework: Self.framework).0.assessor.role == .reference)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var assessor: String
        var answers = ""
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a consensus without its team", assessor: #"📍<assessor role="consensus"/>"#, message: "a consensus names the team that agreed it"),
        Case(name: "a member with a conflict of interest", assessor: #"<assessor role="consensus"><member id="m" affiliation="📍a1"/></assessor>"#, message: "member 'm' is affiliated with agency 'a1'"),
        Case(name: "a member named twice", assessor: #"<assessor role="consensus"><member id="m"/>📍<member id="m"/></assessor>"#, message: "member 'm' is named twice"),
        Case(name: "a site visit that verified nothing", assessor: #"<assessor role="site-visit"/>"#, answers: #"📍<answer indicator="yn" value="yes"/>"#, message: "does not say what was verified"),
        Case(name: "a stage naming an unknown indicator", assessor: #"<assessor role="site-visit"/>"#, answers: #"<answer indicator="📍zz" value="yes"><rationale>r</rationale></answer>"#, message: "unknown indicator 'zz'"),
    ]

    @Test(arguments: cases, [AssessmentLoader.Detail.full, .scoring])
    func refusesWhereTheProblemIs(_ example: Case, detail: AssessmentLoader.Detail) {
        let marked = Marked(Self.document(example.assessor, example.answers))
        let errors = assessmentErrors(marked, framework: Self.framework, detail: detail)
        let match = errors.first { $0.message.contains(example.message) }
        #expect(match != nil, "no error containing \"\(example.message)\" in \(errors.map(\.description))")
        #expect(match?.location.line == marked.line, "\(match?.description ?? "")")
        #expect(match?.location.column == marked.column, "\(match?.description ?? "")")
    }
}
