/// Where a finding is: a place in an input file, or the file as a whole.
///
/// A place has a 1-based line and column (the column counts Unicode scalars; 0 when only the
/// line is known) and prints as `file:line:column`, the form editors and CI logs understand. The
/// file as a whole (`wholeFile(_:)`) is where findings about a file that cannot be read go —
/// missing, a folder, too large, empty — and those no line can be given for; it prints as
/// `file`, as compilers print a finding about a whole file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let file: String
    /// The 1-based line; nil for the file as a whole.
    public let line: Int?
    /// The 1-based column on `line`, 0 when unknown; nil for the file as a whole.
    public let column: Int?

    /// A place in `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    private init(wholeFile file: String) {
        self.file = file
        self.line = nil
        self.column = nil
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
        guard let line, let column, column > 0 else { return self }
        return SourceLocation(file: file, line: line, column: column + offset)
    }

    /// The same line with its column unknown; itself for the file as a whole.
    public var withoutColumn: SourceLocation {
        guard let line else { return self }
        return SourceLocation(file: file, line: line, column: 0)
    }

    /// `file:line:column`, or `file` for the file as a whole.
    public var description: String {
        guard let line, let column else { return file }
        return "\(file):\(line):\(column)"
    }

    /// By file, then the file as a whole before any place in it, then by line and column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}
