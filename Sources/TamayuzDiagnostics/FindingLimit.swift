/// How many findings one file may report: the first `perFile` are kept, the rest only counted.
///
/// A hostile or badly broken file (31 million empty rows in an answer table, a million
/// `<answer/>` elements) would otherwise be reported line by line, with every finding held in
/// memory first: 15 GB and hours of terminal output for a file nobody will read past its first
/// screen. Memory stays proportional to what is kept.
public enum FindingLimit {
    /// The errors (and, apart, the warnings) kept per file; the rest are counted in one closing line.
    public static let perFile = 100

    /// The closing line for a file whose findings of one severity went over the limit, at the
    /// first one not kept.
    public static func summary(_ severity: DiagnosticSeverity, at location: SourceLocation, dropped: Int) -> Diagnostic {
        let what = severity == .error ? (dropped == 1 ? "error" : "errors") : (dropped == 1 ? "warning" : "warnings")
        return Diagnostic(
            severity, at: location, "\(dropped) more \(what) from here on not shown (only the first \(perFile) of a file are)",
            count: dropped)
    }

    /// The closing line for a file whose reading stopped at the limit, placed where it stopped.
    public static let stoppedMessage = "more than \(perFile) errors: the rest of the file is not checked"
}

/// The findings about one file, kept up to `FindingLimit.perFile` errors and as many warnings
/// (counted apart, so that a flood of warnings never hides an error), and counted beyond.
public struct FindingList: Sendable {
    private var kept: [Diagnostic] = []
    /// Whether any finding, kept or not, is an error.
    public private(set) var hasErrors = false
    private var errors = Overflow()
    private var warnings = Overflow()

    /// One severity's count of kept findings, and of those over the limit.
    private struct Overflow: Sendable {
        var kept = 0
        var dropped = 0
        /// Where the first finding not kept is.
        var firstDropped: SourceLocation?
    }

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        let isError = diagnostic.severity == .error
        if isError { hasErrors = true }
        var count = isError ? errors : warnings
        if count.kept < FindingLimit.perFile {
            count.kept += 1
            kept.append(diagnostic)
        } else {
            if count.dropped == 0 { count.firstDropped = diagnostic.location }
            count.dropped += 1
        }
        if isError { errors = count } else { warnings = count }
    }

    /// The kept findings, then a line counting the others of each severity, if any.
    public var diagnostics: [Diagnostic] {
        var all = kept
        if let first = errors.firstDropped { all.append(FindingLimit.summary(.error, at: first, dropped: errors.dropped)) }
        if let first = warnings.firstDropped { all.append(FindingLimit.summary(.warning, at: first, dropped: warnings.dropped)) }
        return all
    }
}
