/// A workbook to write, as plain values: its sheets, in order. Built by an output (the
/// assessment template, a results workbook) and written by ``WorkbookWriter``.
package struct Workbook: Sendable {
    package var sheets: [Worksheet]

    package init(sheets: [Worksheet] = []) {
        self.sheets = sheets
    }
}

/// One sheet: its cells, column widths, row outline levels, data validations, filter and
/// protection.
/// Rows and columns are 0-based, as in libxlsxwriter (row 0 is the sheet's row 1).
package struct Worksheet: Sendable {
    package var name: String
    /// Right-to-left (Arabic): column A on the right.
    package var rightToLeft = false
    /// Hidden from the tabs (lists that validations point at, machine-read metadata).
    package var hidden = false
    /// Protected: locked cells cannot be changed (no password: protection guards against slips,
    /// not people). Cells whose style is `unlocked` stay editable.
    package var protected = false
    /// The first row and column that scroll (`(1, 0)` keeps the header row in view).
    package var frozen: (row: Int, column: Int)?
    /// The range with filter buttons on its first row (a header row and the rows under it).
    package var autofilter: (firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)?
    package var columns: [Int: Column] = [:]
    /// Outline level (0–7) per row, for rows grouped under an area or criterion.
    package var outlineLevels: [Int: Int] = [:]
    package private(set) var cells: [Cell] = []
    package var validations: [Validation] = []

    package init(name: String) {
        self.name = name
    }

    /// Sets a cell (a later value for the same cell replaces an earlier one when written).
    package mutating func set(_ row: Int, _ column: Int, _ value: CellValue, _ style: CellStyle = CellStyle()) {
        cells.append(Cell(row: row, column: column, value: value, style: style))
    }

    /// A column's width (in characters) and whether it is hidden.
    package struct Column: Sendable {
        package var width: Double
        package var hidden: Bool
        package var style: CellStyle?

        package init(width: Double, hidden: Bool = false, style: CellStyle? = nil) {
            self.width = width
            self.hidden = hidden
            self.style = style
        }
    }

    /// One cell's content and style.
    package struct Cell: Sendable {
        package var row: Int
        package var column: Int
        package var value: CellValue
        package var style: CellStyle
    }
}

/// What a cell holds. Text is always written as a string, never as a formula.
package enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// No value, only the style (an unlocked answer cell left to fill).
    case blank
}

/// How a cell looks and whether it may be edited on a protected sheet.
package struct CellStyle: Sendable, Hashable {
    package var bold = false
    package var italic = false
    package var wrap = false
    /// Editable on a protected sheet.
    package var unlocked = false
    /// Background colour as 0xRRGGBB.
    package var fill: UInt32?
    /// Font size in points (nil: the default, 11).
    package var size: Double?
    /// A number format such as "0.##".
    package var numberFormat: String?

    package init(
        bold: Bool = false, italic: Bool = false, wrap: Bool = false, unlocked: Bool = false, fill: UInt32? = nil,
        size: Double? = nil, numberFormat: String? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.wrap = wrap
        self.unlocked = unlocked
        self.fill = fill
        self.size = size
        self.numberFormat = numberFormat
    }
}

/// A data validation on one cell: what may be typed or picked, and the message shown.
package struct Validation: Sendable {
    /// The rule.
    package enum Rule: Sendable, Hashable {
        /// One of the values in a range of cells, e.g. `=Lists!$A$1:$A$5` (a drop-down list).
        case list(range: String)
        /// A decimal number between the bounds (inclusive); nil ends are open.
        case decimal(min: Double?, max: Double?)
    }

    package var row: Int
    package var column: Int
    package var rule: Rule
    /// Shown when the cell is selected (at most 32 and 255 characters).
    package var inputTitle: String
    package var inputMessage: String
    /// Shown when a value breaks the rule (at most 255 characters).
    package var errorMessage: String

    package init(row: Int, column: Int, rule: Rule, inputTitle: String = "", inputMessage: String = "", errorMessage: String = "") {
        self.row = row
        self.column = column
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorMessage = errorMessage
    }
}
