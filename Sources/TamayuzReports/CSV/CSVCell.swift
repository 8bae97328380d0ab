/// One CSV cell, quoted per RFC 4180 and guarded against formula injection.
///
/// Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` (and some a tab or a
/// carriage return) as a formula: an agency name such as `=HYPERLINK("http://…","click")` in an
/// input would become a live link or worse in the jury's spreadsheet (CWE-1236). The choice made
/// here (after OWASP's advice):
///
/// - A **text** cell — anything that comes from an input (names, ids, answers, labels) or is text
///   of our own — that starts with one of `= + - @ \t \r` gets a leading apostrophe: `'=HYPERLINK(…)`.
///   The apostrophe shows in the cell; the text is otherwise unchanged. Text is never guessed to
///   be a number, so an agency named `-5` is written `'-5`.
/// - A **number** cell holds a number this tool formatted itself (a total, a rank change, a
///   score): written as it is, so `-3.5` stays a number a spreadsheet can sum.
///
/// Then, per RFC 4180, a cell containing a comma, a double quote, CR or LF is enclosed in double
/// quotes with each embedded quote doubled.
package enum CSVCell: Sendable, Hashable {
    /// Text, neutralised and quoted as needed.
    case text(String)
    /// A number formatted by the tool (no neutralisation needed; quoting never is).
    case number(String)
    /// Nothing (an absent value).
    case empty

    /// A number at `places` decimals (see ``NumberStyle/fixed(_:places:)``).
    package static func fixed(_ value: Double, places: Int) -> CSVCell {
        value.isFinite ? .number(NumberStyle.plain.fixed(value, places: places)) : .empty
    }

    /// A number with at most `places` decimals, trailing zeros trimmed.
    package static func trimmed(_ value: Double, places: Int = 6) -> CSVCell {
        value.isFinite ? .number(NumberStyle.plain.shortest(value, places: places)) : .empty
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written in the file.
    package var encoded: String {
        switch self {
        case .empty:
            return ""
        case let .number(text):
            return CSVCell.quotedIfNeeded(text)
        case let .text(text):
            // The first Unicode scalar decides: "\r\n" is one Character but starts with "\r".
            let first = text.unicodeScalars.first.map(Character.init)
            let neutral = first.map { CSVCell.formulaStarts.contains($0) } == true ? "'" + text : text
            return CSVCell.quotedIfNeeded(neutral)
        }
    }

    static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"" }
            result.unicodeScalars.append(scalar)
        }
        return result + "\""
    }
}

/// A CSV document: a UTF-8 byte order mark first (so spreadsheet programs read Arabic as UTF-8),
/// records separated and ended by CRLF (RFC 4180).
struct CSVDocument {
    private(set) var text = "\u{FEFF}"

    mutating func append(_ cells: [CSVCell]) {
        text += cells.map(\.encoded).joined(separator: ",") + "\r\n"
    }

    /// A header row (text cells).
    mutating func header(_ names: [String]) {
        append(names.map(CSVCell.text))
    }
}
