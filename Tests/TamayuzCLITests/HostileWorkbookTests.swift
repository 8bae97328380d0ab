import Foundation
import Testing

/// The hostile workbooks of the corpus (`Hostile/workbook-*.xlsx`, made by
/// scripts/make-hostile-workbooks.py): `validate`, `score` and `report` each refuse them with exit
/// 65 and an error located at the package, the part or the cell; nothing is inflated beyond its
/// limits, nothing leaks and nothing is written. docs/security.md maps each to its threat.
@Suite struct HostileWorkbookTests {
    typealias Case = HostileInputTests.Case

    static let corpus: [Case] = [
        Case("workbook-zip-bomb.xlsx", .refused("xl/media/bomb.bin", "compressed 1027 to 1: the limit is 200 to 1")),
        Case("workbook-lying-size.xlsx", .refused("xl/worksheets/sheet2.xml", "inflates to more than the 1000 bytes its entry declares")),
        Case("workbook-million-strings.xlsx", .refused("xl/sharedStrings.xml", "the part declares 17000116 bytes: the limit is 16777216")),
        Case("workbook-path-traversal.xlsx", .refused("../../evil.xml", "an entry name that leaves the package")),
        Case("workbook-absolute-path.xlsx", .refused("/etc/cron.d/evil", "an entry name that leaves the package")),
        Case("workbook-duplicate-entry.xlsx", .refused("xl/worksheets/sheet2.xml", "the package has two entries of this name")),
        Case("workbook-encrypted.xlsx", .refused(" ", "an encrypted (password-protected) or old-format (.xls) workbook")),
        Case("workbook-macro.xlsx", .refused("xl/vbaProject.bin", "a macro-enabled workbook (.xlsm)")),
        Case("workbook-external-link.xlsx", .refused("xl/externalLinks/externalLink1.xml", "external links")),
        Case("workbook-doctype.xlsx", .refused("xl/sharedStrings.xml:2:1", HostileInputTests.doctype)),
        Case("workbook-million-rows.xlsx", .refused("Answers!E1000000", "row 1000000 is beyond the 1226 rows this sheet can have")),
        Case("workbook-far-column.xlsx", .refused("Answers!XFD900", "a value beyond the workbook's columns (K is the last)")),
        Case("workbook-formula.xlsx", .refused("Answers!E4", "a formula without a saved value")),
        // Found by fuzz-workbook: a package cut before its central directory's end made
        // ZIPFoundation leak its in-memory file; such a package never reaches it now.
        Case("fuzz-workbook-no-directory-end.xlsx", .refused(" ", "no whole ZIP directory at its end (cut short?)")),
        // Found by fuzz-workbook: a directory entry pointing past the end of the file made
        // ZIPFoundation's in-memory reader trap; every offset is checked first now.
        Case("fuzz-workbook-directory-past-end.xlsx", .refused(" ", "not an .xlsx workbook that can be read:")),
        // …and a stored entry's data descriptor past the end (its data is as long as its
        // uncompressed size, which the first check did not use).
        Case("fuzz-workbook-stored-descriptor-past-end.xlsx", .refused(" ", "not an .xlsx workbook that can be read:")),
    ]

    @Test(arguments: corpus) func corpusWorkbook(_ hostile: Case) throws {
        let bytes = try HostileWorkspace.contents(of: HostileWorkspace.hostileFolder.appendingPathComponent(hostile.file))
        #expect(bytes.count <= 64 * 1024, "hostile files stay small: \(hostile.file) has \(bytes.count) bytes")
        for command in HostileWorkspace.Command.allCases {
            let workspace = try HostileWorkspace()
            try workspace.add(hostile.file, bytes)
            let run = try workspace.run(command, input: hostile.file)
            // A finding about the whole workbook is `file: error: …`; the place " " stands for it.
            var expected = hostile.expected
            if expected.place == " " { expected.place = "" }
            workspace.check(run, expected, file: hostile.file, command: command)
        }
    }

    @Test func aFileThatIsNotAZipIsRefused() throws {
        let workspace = try HostileWorkspace()
        try workspace.add("text.xlsx", Data("just text, not a workbook\n".utf8))
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "text.xlsx")
            workspace.check(run, .refused("", "not an .xlsx workbook (not a ZIP package)"), file: "text.xlsx", command: command)
        }
    }

    @Test func aTruncatedWorkbookIsRefusedWithoutCrashing() throws {
        let whole = try HostileWorkspace.contents(of: HostileWorkspace.hostileFolder.appendingPathComponent("workbook-formula.xlsx"))
        for length in [4, 100, 5_000, whole.count / 2, whole.count - 10] {
            let workspace = try HostileWorkspace()
            try workspace.add("cut.xlsx", whole.prefix(length))
            let run = try workspace.run(.validate, input: "cut.xlsx")
            #expect(run.status == 65, "\(length) bytes: exit \(run.status)\n\(run.stderr)")
            #expect(run.stderr.contains("cut.xlsx") && run.stderr.contains(": error: "), "\(length): \(run.stderr)")
        }
    }
}
