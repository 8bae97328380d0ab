/// Where a finding is: a place in an input file, or the file as a whole.
///
/// A place has a 1-based line and column (the column counts Unicode scalars; 0 when only the
/// line is known) and prints as `file:line:column`, the form editors and CI logs understand. The
/// file as a whole (`wholeFile(_:)`) is where findings about a file that cannot be read go —
/// missing, a folder, too large, empty — and those no line can be given for; it prints as
/// `file`, as compilers print a finding about a whole file. A place in a workbook (a cell, a part
/// of the package) prints as `file:place` instead, e.g. `sub.xlsx:Answers!E14`, its row and
/// column kept as line and column for ordering.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    /// The 1-based line; nil for the file as a whole.
    public let line: Int?
    /// The 1-based column on `line`, 0 when unknown; nil for the file as a whole.
    public let column: Int?
    /// A workbook's cell (`Answers!E14`) or part (`xl/sharedStrings.xml`), printed instead of
    /// line and column; nil for a place in a text file.
    public let place: String?

    /// A place in `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.place = nil
    }

    /// A place in a workbook: a cell's reference (`Sheet!A1`) or a part's name, row and column
    /// 1-based.
    public init(file: String, place: String, row: Int = 1, column: Int = 1) {
        self.file = file
        self.line = row
        self.column = column
        self.place = place
    }

    private init(wholeFile file: String) {
        self.file = file
        self.line = nil
        self.column = nil
        self.place = nil
    }

    /// The file as a whole, not a place in it.
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(wholeFile: file)
    }

    /// Whether this is the file as a whole rather than a place in it.
    public var isWholeFile: Bool { line == nil }

    /// The location `offset` characters further along the same line (for a place inside an
    /// attribute value, such as an expression's syntax error); itself when its column is unknown.
    public func advanced(by offset: Int) -> SourceLocation {
        guard place == nil, let line, let column, column > 0 else { return self }
        return SourceLocation(file: file, line: line, column: column + offset)
    }

    /// The same line with its column unknown; itself for the file as a whole.
    public var withoutColumn: SourceLocation {
        guard place == nil, let line else { return self }
        return SourceLocation(file: file, line: line, column: 0)
    }

    /// `file:line:column`, `file:place` in a workbook, or `file` for the file as a whole.
    public var description: String {
        if let place { return place.isEmpty ? file : "\(file):\(place)" }
        guard let line, let column else { return file }
        return "\(file):\(line):\(column)"
    }

    /// By file, then the file as a whole before any place in it, then by line and column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}
