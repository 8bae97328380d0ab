import Testing
import TamayuzCore
@testable import TamayuzFormats

/// Small pieces of the workbook reader: cell references, percentages stored as fractions, and
/// packages refused before any part is inflated.
@Suite struct WorkbookReadingTests {
    @Test(arguments: [
        ("A1", 0, 0), ("E14", 13, 4), ("Z9", 8, 25), ("AA1", 0, 26), ("XFD1048576", 1_048_575, 16_383),
    ])
    func cellReferencesAreRowAndColumn(_ reference: String, _ row: Int, _ column: Int) {
        let position = WorkbookCells.position(reference)
        #expect(position?.row == row && position?.column == column, "\(reference)")
    }

    @Test(arguments: ["", "A", "14", "A0", "XFE1", "A1048577", "a1"])
    func malformedReferencesAreRefused(_ reference: String) {
        #expect(WorkbookCells.position(reference) == nil, "\(reference)")
    }

    /// A number typed "85%" is stored 0.85 in a percent-formatted cell: read back as typed.
    @Test(arguments: [
        ("0.85", "85"), ("0.07", "7"), ("1", "100"), ("0.996", "99.6"), ("0", "0"), ("-0.5", "-50"), ("0.12345", "12.345"),
        ("8.5E-1", "85.0"),
    ])
    func percentagesMoveTheirPointNotTheirDigits(_ stored: String, _ typed: String) {
        #expect(WorkbookCells.hundredfold(stored) == typed)
    }

    @Test func aFileThatIsNotAPackageIsRefusedAsAWhole() {
        #expect {
            _ = try WorkbookPackage(bytes: Array("<assessment/>".utf8), path: "sub.xlsx")
        } throws: { error in
            let finding = (error as? DiagnosticError)?.diagnostics.first
            return finding?.description == "sub.xlsx: error: not an .xlsx workbook (not a ZIP package)"
        }
    }
}
