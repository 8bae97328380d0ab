import TamayuzCore
import TamayuzWorkbook

/// One sheet of the results workbook holding one table: a bold header row kept in view, filter
/// buttons over the header and the rows under it, right-to-left in Arabic. Numbers are written
/// as numbers with a number format; text is always written as text (never a formula).
struct ResultsTable {
    /// A cell of a row.
    enum Cell {
        case text(String)
        /// A number shown with `places` decimals.
        case number(Double, places: Int)
        case empty
    }

    private(set) var sheet: Worksheet
    private let width: Int
    private var row = 1

    static let header = CellStyle(bold: true, wrap: true, fill: 0xBDD7EE)

    init(_ name: String, language: Language, columns: [(heading: String, width: Double)]) {
        sheet = Worksheet(name: name)
        sheet.rightToLeft = language.isRightToLeft
        sheet.frozen = (1, 0)
        width = columns.count
        for (column, entry) in columns.enumerated() {
            sheet.columns[column] = .init(width: entry.width)
            sheet.set(0, column, .text(entry.heading), Self.header)
        }
    }

    mutating func append(_ cells: [Cell]) {
        for (column, cell) in cells.prefix(width).enumerated() {
            switch cell {
            case let .text(text): sheet.set(row, column, .text(text))
            case let .number(number, places) where number.isFinite:
                sheet.set(row, column, .number(number), CellStyle(numberFormat: Self.format(places: places)))
            case .number, .empty: break
            }
        }
        row += 1
    }

    /// The sheet, its filter over the header and every row.
    var finished: Worksheet {
        var sheet = sheet
        sheet.autofilter = (0, 0, max(row - 1, 0), width - 1)
        return sheet
    }

    /// "0", "0.0", "0.000": the number format for `places` decimals.
    static func format(places: Int) -> String {
        places <= 0 ? "0" : "0." + String(repeating: "0", count: min(places, 15))
    }
}
