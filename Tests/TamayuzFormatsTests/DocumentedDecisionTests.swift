import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// Where the documents once contradicted the code or each other, the decision, tested.
@Suite struct DocumentedDecisionTests {
    static let evidence = #"<evidence policy="required" when-missing="cap" cap="0.5"><description xml:lang="en">d</description><description xml:lang="ar">d</description></evidence>"#

    static func framework() throws -> Framework {
        try Fixtures.framework(area("A", #"weight="1""#, [
            indicator("claims", #"weight="1""#, kind: "<yes-no/>" + evidence),
            indicator("denies", #"weight="1""#, kind: "<yes-no/>" + evidence),
        ].joined()))
    }

    /// scoring.md: required evidence missing is listed when the answer scores above 0, and an
    /// answer that scores 0 claims nothing, so needs no evidence.
    @Test func missingEvidenceListsOnlyAnswersThatClaimSomething() throws {
        let framework = try Self.framework()
        let card = try Fixtures.score(framework, #"<answer indicator="claims" value="yes"/><answer indicator="denies" value="no"/>"#)
        #expect(card.missingEvidence.map { framework.nodes[$0].id } == ["claims"])
        #expect(card.score("claims", in: framework) == 0.5)
        #expect(card.score("denies", in: framework) == 0)
    }

    /// assessment-format.md and scoring.md: a checklist with nothing ticked is `none`; an empty
    /// value is an error, never "nothing ticked".
    @Test func anEmptyChecklistValueIsAnErrorAndNoneIsNothingTicked() throws {
        let checklist = """
            <checklist><option id="portal" points="1"><label xml:lang="en">P</label><label xml:lang="ar">P</label></option></checklist>
            """
        let framework = try Fixtures.framework(area("A", #"weight="1""#, indicator("c", #"weight="1""#, kind: checklist)))
        let errors = Fixtures.assessmentErrors(#"<answer indicator="c" value=""/>"#, framework: framework)
        #expect(errors.map(\.message) == [#"the answer to checklist 'c' is empty: list the ids of the options met, or write "none" when none is"#])
        let card = try Fixtures.score(framework, #"<answer indicator="c" value="none"/>"#)
        #expect(card.score("c", in: framework) == 0)
        #expect(card.unanswered.isEmpty)
    }
}
