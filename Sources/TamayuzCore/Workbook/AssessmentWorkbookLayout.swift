/// The layout of an assessment workbook (`tamayuz template --format xlsx`, `tamayuz convert`),
/// defined once for the writer (TamayuzReports) and the reader (TamayuzFormats): the sheets'
/// names, the answers sheet's columns, the keys of the details sheet and of checklist option rows.
///
/// The answers sheet has a header row, then one row per area, criterion and indicator in the
/// framework's order, and below each checklist indicator one row per option. Column A holds the
/// row's key: the node's id, or `indicator/option` for an option row; rows whose key is an area
/// or criterion are headings. The details sheet holds what the XML's `<assessment>`,
/// `<agency>` and `<assessor>` hold, one key a row: the key in column A, the value in B, and for
/// names the language in C.
public enum AssessmentWorkbookLayout {
    public static let instructionsSheet = "Instructions"
    public static let answersSheet = "Answers"
    /// Hidden: the values the answer cells' drop-down lists offer.
    public static let listsSheet = "Lists"
    /// The assessment's details (framework, agency, assessor); only names and affiliations are open.
    public static let detailsSheet = "Details"

    /// The answers sheet's columns, in order (A, B, …).
    public enum Column: Int, CaseIterable, Sendable {
        case key, title, guidance, answerAs, answer, notApplicable, justification
        case evidenceTitle, evidenceReference, evidenceNote, comment

        /// The column's letter (A for the key).
        public var letter: String { AssessmentWorkbookLayout.columnLetters(rawValue) }
    }

    /// The row of the answers sheet that names the columns (0-based: the sheet's row 1).
    public static let headerRow = 0

    /// The keys of the details sheet.
    public enum DetailKey: String, CaseIterable, Sendable {
        case format = "tamayuz-assessment-workbook"
        case framework, frameworkVersion = "framework-version", cycle, profile
        case agency, agencyKind = "agency-kind", agencyName = "agency-name"
        case assessorRole = "assessor-role", assessor, affiliation, assessorName = "assessor-name"
    }

    /// The version of this layout, written beside `DetailKey.format`.
    public static let formatVersion = "1"

    /// Several evidence items of one answer share the evidence cells, one item a line.
    public static let evidenceSeparator: Character = "\n"

    /// The key of a checklist option's row.
    public static func optionKey(indicator: String, option: String) -> String { "\(indicator)/\(option)" }

    /// The indicator and option a row key names, when it is an option row's.
    public static func option(inKey key: String) -> (indicator: String, option: String)? {
        guard let slash = key.firstIndex(of: "/") else { return nil }
        return (String(key[..<slash]), String(key[key.index(after: slash)...]))
    }

    /// A 0-based column number as letters: 0 → A, 25 → Z, 26 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var number = column + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
