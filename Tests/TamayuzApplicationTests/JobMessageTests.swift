import TamayuzApplication
import TamayuzCore
import Testing

@Suite struct JobMessageTests {
    @Test func printsAsTheToolAlwaysHas() {
        let place = SourceLocation(file: "a.xml", line: 3, column: 7)
        #expect(JobMessage.diagnostic(.warning(at: place, "w")).description == "a.xml:3:7: warning: w")
        #expect(JobMessage.note(.error, "unknown profile 'x'", about: "c.xml").description == "c.xml: error: unknown profile 'x'")
        #expect(JobMessage.note(.warning, "rank changes compare different criteria").description == "warning: rank changes compare different criteria")
        #expect(JobMessage.note(.error, "e").severity == .error)
    }

    @Test func anInputThatCannotBeReadAtAllIsNoInput() {
        let whole = SourceLocation.wholeFile("a.xml")
        #expect(JobFailure.kind(of: DiagnosticError([.error(at: whole, "is a directory, not a file")])) == .noInput)
        #expect(JobFailure.kind(of: DiagnosticError([.error(at: SourceLocation(file: "a.xml", line: 2, column: 1), "bad")])) == .invalidInput)
    }

    /// A broken file beside a good one: the run fails as invalid input with the broken file's
    /// findings, located in it.
    @Test func aBrokenAssessmentFailsTheRun() throws {
        let truncated = Samples.path("Tests/TamayuzCLITests/Hostile/truncated.xml")
        let good = Samples.path("samples/quality-track/mun_wadi_alnoor.self.xml")
        let failure = try #require(failure { () throws(JobFailure) in
            try ScoringRun(criteria: Samples.qualityCriteria, inputs: [good, truncated]).run()
        })
        #expect(failure.kind == .invalidInput)
        #expect(!failure.messages.isEmpty)
        #expect(failure.messages.allSatisfy { $0.description.hasPrefix(truncated + ":") })
    }
}
