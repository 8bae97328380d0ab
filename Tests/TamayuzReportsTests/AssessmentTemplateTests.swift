import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzReports

/// The blank assessment: in the namespace the loader reads, its comments in the language asked.
@Suite struct AssessmentTemplateTests {
    @Test func namespaceIsTheOneTheLoaderReads() {
        #expect(AssessmentTemplate.namespace == TamayuzSchemas.assessmentNamespace)
    }

    @Test func commentsAreInTheLanguageAsked() throws {
        let (framework, _) = try CriteriaLoader.load(bytes: Array(HTMLFixtures.criteria().utf8), fileName: "forum.xml")
        let english = AssessmentTemplate.render(framework, .init(agencyID: "ag9", evaluatorID: "ev9"))
        #expect(english.contains("<name xml:lang=\"en\">ag9</name>"))
        #expect(english.contains("List in affiliation the ids of agencies you are affiliated with (conflict of interest)."))
        #expect(english.contains("Answer: value=\"yes\" or value=\"no\""))
        let arabic = AssessmentTemplate.render(framework, .init(agencyID: "ag9", language: .ar))
        #expect(arabic.contains("<name xml:lang=\"ar\">ag9</name>"))
        #expect(arabic.contains("الإجابة: value=\"yes\" (نعم) أو value=\"no\" (لا)"))
        #expect(!arabic.contains("Answer:"))
    }
}
