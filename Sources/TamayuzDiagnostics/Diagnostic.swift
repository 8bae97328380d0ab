/// A place in an input file: 1-based line and column (column counts Unicode scalars; 0 when
/// unknown). Printed as `file:line:column`, the form editors and CI logs understand; a place in
/// a workbook (a cell, a part of the package) is printed as `file:place` instead, e.g.
/// `sub.xlsx:Answers!E14`, its row and column kept as line and column for ordering.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// A workbook's cell (`Answers!E14`) or part (`xl/sharedStrings.xml`), printed instead of
    /// line and column; "" for the workbook as a whole.
    public var place: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A place in a workbook: a cell's reference (`Sheet!A1`), row and column 1-based.
    public init(file: String, place: String, row: Int = 1, column: Int = 1) {
        self.init(file: file, line: row, column: column)
        self.place = place
    }

    /// The location `offset` characters further along the same line (for a place inside an
    /// attribute value, such as an expression's syntax error).
    public func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column == 0 ? 0 : column + offset)
    }

    public var description: String {
        guard let place else { return "\(file):\(line):\(column)" }
        return place.isEmpty ? file : "\(file):\(place)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// How serious a finding is: errors make the input unusable, warnings are reported and go on.
public enum DiagnosticSeverity: String, Sendable, Hashable, Codable {
    case error
    case warning
}

/// One finding about an input, located in its file.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: DiagnosticSeverity
    public var message: String

    public init(_ severity: DiagnosticSeverity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    public static func error(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// `file:line:column: error: message`, safe to print on a terminal.
    public var description: String {
        TerminalText.safe("\(location): \(severity.rawValue): \(message)")
    }
}

/// Thrown when an input has errors; carries every finding of the file, warnings included,
/// in file order.
public struct DiagnosticError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
