/// How many findings one file may report: the first `perFile` are kept, the rest only counted.
///
/// A hostile or badly broken file (31 million empty rows in an answer table, a million
/// `<answer/>` elements) would otherwise be reported line by line, with every finding held in
/// memory first: 15 GB and hours of terminal output for a file nobody will read past its first
/// screen. Memory stays proportional to what is kept.
public enum FindingLimit {
    /// The findings kept per file; the rest are counted in one closing line.
    public static let perFile = 100

    /// The closing line for a file whose findings went over the limit, at the first one not kept.
    public static func summary(at location: SourceLocation, dropped: Int) -> Diagnostic {
        .error(at: location, "\(dropped) more \(dropped == 1 ? "finding" : "findings") from here on not shown (only the first \(perFile) of a file are)")
    }

    /// The closing line for a file whose reading stopped at the limit, placed where it stopped.
    public static let stoppedMessage = "more than \(perFile) findings: the rest of the file is not checked"
}

/// The findings about one file, kept up to `FindingLimit.perFile` and counted beyond.
public struct FindingList: Sendable {
    public private(set) var kept: [Diagnostic] = []
    /// Findings over the limit, counted but not kept.
    public private(set) var dropped = 0
    /// Where the first finding not kept is.
    private var firstDropped: SourceLocation?
    /// Whether any finding, kept or not, is an error.
    public private(set) var hasErrors = false

    public init() {}

    /// Whether the list is full: further findings are only counted.
    public var isFull: Bool { kept.count >= FindingLimit.perFile }

    public mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { hasErrors = true }
        if isFull {
            if dropped == 0 { firstDropped = diagnostic.location }
            dropped += 1
        } else {
            kept.append(diagnostic)
        }
    }

    /// The kept findings, then a line counting the others, if any.
    public var diagnostics: [Diagnostic] {
        guard let firstDropped else { return kept }
        return kept + [FindingLimit.summary(at: firstDropped, dropped: dropped)]
    }
}
