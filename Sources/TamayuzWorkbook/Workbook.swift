/// A workbook to write, as plain values: its sheets, in order. Built by an output (the
/// assessment template, a results workbook) and written by ``WorkbookWriter``.
public struct Workbook: Sendable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet] = []) {
        self.sheets = sheets
    }
}

/// One sheet: its cells, column widths, row outline levels, data validations, filter and
/// protection.
/// Rows and columns are 0-based, as in libxlsxwriter (row 0 is the sheet's row 1).
public struct Worksheet: Sendable {
    public var name: String
    /// Right-to-left (Arabic): column A on the right.
    public var rightToLeft = false
    /// Hidden from the tabs (lists that validations point at, machine-read metadata).
    public var hidden = false
    /// Protected: locked cells cannot be changed (no password: protection guards against slips,
    /// not people). Cells whose style is `unlocked` stay editable.
    public var protected = false
    /// The first row and column that scroll (`(1, 0)` keeps the header row in view).
    public var frozen: (row: Int, column: Int)?
    /// The range with filter buttons on its first row (a header row and the rows under it).
    public var autofilter: (firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int)?
    public var columns: [Int: Column] = [:]
    /// Outline level (0–7) per row, for rows grouped under an area or criterion.
    public var outlineLevels: [Int: Int] = [:]
    public private(set) var cells: [Cell] = []
    public var validations: [Validation] = []

    public init(name: String) {
        self.name = name
    }

    /// Sets a cell (a later value for the same cell replaces an earlier one when written).
    public mutating func set(_ row: Int, _ column: Int, _ value: CellValue, _ style: CellStyle = CellStyle()) {
        cells.append(Cell(row: row, column: column, value: value, style: style))
    }

    /// A column's width (in characters) and whether it is hidden.
    public struct Column: Sendable {
        public var width: Double
        public var hidden: Bool
        public var style: CellStyle?

        public init(width: Double, hidden: Bool = false, style: CellStyle? = nil) {
            self.width = width
            self.hidden = hidden
            self.style = style
        }
    }

    /// One cell's content and style.
    public struct Cell: Sendable {
        public var row: Int
        public var column: Int
        public var value: CellValue
        public var style: CellStyle
    }
}

/// What a cell holds. Text is always written as a string, never as a formula.
public enum CellValue: Sendable, Hashable {
    case text(String)
    case number(Double)
    /// No value, only the style (an unlocked answer cell left to fill).
    case blank
}

/// How a cell looks and whether it may be edited on a protected sheet.
public struct CellStyle: Sendable, Hashable {
    public var bold = false
    public var italic = false
    public var wrap = false
    /// Editable on a protected sheet.
    public var unlocked = false
    /// Background colour as 0xRRGGBB.
    public var fill: UInt32?
    /// Font size in points (nil: the default, 11).
    public var size: Double?
    /// A number format such as "0.##".
    public var numberFormat: String?

    public init(
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
public struct Validation: Sendable {
    /// The rule.
    public enum Rule: Sendable, Hashable {
        /// One of the values in a range of cells, e.g. `=Lists!$A$1:$A$5` (a drop-down list).
        case list(range: String)
        /// A decimal number between the bounds (inclusive); nil ends are open.
        case decimal(min: Double?, max: Double?)
    }

    public var row: Int
    public var column: Int
    public var rule: Rule
    /// Shown when the cell is selected (at most 32 and 255 characters).
    public var inputTitle: String
    public var inputMessage: String
    /// Shown when a value breaks the rule (at most 255 characters).
    public var errorMessage: String

    public init(row: Int, column: Int, rule: Rule, inputTitle: String = "", inputMessage: String = "", errorMessage: String = "") {
        self.row = row
        self.column = column
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorMessage = errorMessage
    }
}
