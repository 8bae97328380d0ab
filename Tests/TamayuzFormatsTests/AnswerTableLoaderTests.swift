import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// An answer table's header is checked against the criteria.
@Suite struct AnswerTableLoaderTests {
    @Test func answerTableWithARepeatedColumnIsRefused() throws {
        let framework = try Fixtures.framework("<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>\(Fixtures.yesNo("a1"))</area>")
        let table = "id,name,a1,a1\nx,X,yes,no\n"
        #expect {
            _ = try AnswerTableLoader.load(bytes: Array(table.utf8), fileName: "t.csv", framework: framework)
        } throws: { error in
            let finding = (error as? DiagnosticError)?.errors.first
            return finding?.message.contains("repeats the header 'a1'") == true && finding?.location.column == 4
        }
    }
}
