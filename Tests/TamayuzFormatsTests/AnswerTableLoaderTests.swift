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

    static func framework() throws -> Framework {
        try Fixtures.framework("<area id=\"A\"><title xml:lang=\"en\">A</title><title xml:lang=\"ar\">أ</title>\(Fixtures.yesNo("osi"))\(Fixtures.yesNo("hci"))</area>")
    }

    static func messages(_ table: String, columns: AnswerTableLoader.Columns = .init()) throws -> [String] {
        do {
            _ = try AnswerTableLoader.load(bytes: Array(table.utf8), fileName: "t.csv", framework: framework(), columns: columns)
            return []
        } catch {
            return (error as? DiagnosticError)?.diagnostics.map(\.description) ?? ["\(error)"]
        }
    }

    @Test func aTableThatAnswersNoIndicatorIsRefusedWithTheNearestIds() throws {
        #expect(try Self.messages("id,name,OSI,hcl\nx,X,yes,no\n") == [
            "t.csv:1:1: error: the table answers no indicator of 't': no column is named by an indicator id (did you mean 'OSI' for 'osi', 'hcl' for 'hci'?)",
        ])
        #expect(try Self.messages("id,name,notes\nx,X,n\n") == [
            "t.csv:1:1: error: the table answers no indicator of 't': no column is named by an indicator id",
        ])
    }

    @Test func headersAreTrimmedAsCellsAre() throws {
        let (rows, warnings) = try AnswerTableLoader.load(
            bytes: Array(" id ,name, osi ,osi2\nx,X,yes,1\n".utf8), fileName: "t.csv", framework: Self.framework())
        #expect(rows.count == 1 && rows[0].agency.id == "x" && rows[0].answers.count == 1)
        #expect(warnings.map(\.description) == ["t.csv:1:1: warning: columns that are not indicators of 't' are ignored: osi2 (did you mean 'osi'?)"])
    }

    @Test func aNameColumnNamedOnPurposeMustExist() throws {
        #expect(try Self.messages("id,name,osi\nx,X,yes\n", columns: .init(name: "title", nameIsRequired: true)) == [
            "t.csv:1:1: error: no 'title' column (the agency name); the columns are: id, name, osi — name the name column with --name-column",
        ])
        #expect(try Self.messages("id,osi\nx,yes\n").isEmpty)
    }
}
