import Clibxml2

/// A problem as libxml2 reported it, before it is given a source location.
struct PendingDiagnostic {
    /// How the problem's place is known.
    enum Place {
        /// A byte offset into the input, which is UTF-8 (see `SourceText.isInput`).
        case inputOffset(Int)
        /// A line and column as libxml2 counted them (a line below 1 is unknown).
        case lineColumn(line: Int, column: Int)
        /// No place in the document: the file as a whole.
        case wholeFile
        /// A node of the tree; `line` is libxml2's, for when the node cannot be located.
        case node(UnsafeRawPointer?, line: Int)
        /// Already located (an element or attribute of a document read as events).
        case located(SourceLocation)
    }

    var place: Place
    var severity: DiagnosticSeverity
    var message: String
}

/// Collects what libxml2 reports during one parse, validation or schema compilation.
///
/// Each call that drives libxml2 owns one and hands it to the C callbacks through a context
/// pointer (never through libxml2's global error handlers), so concurrent calls never mix their
/// diagnostics.
final class DiagnosticCollector {
    /// Namespaces whose names messages show without `{namespace}` (see `MessageStyle`).
    let homeNamespaces: [String]
    private(set) var pending: [PendingDiagnostic] = []
    /// Whether a DOCTYPE was refused, so that it is reported once.
    var refusedDoctype = false
    /// Whether any error was reported (counted as they come: `pending` stops growing at the limit).
    private(set) var hasErrors = false
    /// Errors kept in `pending`.
    private var errorsKept = 0
    /// Where the first error over `FindingLimit.perFile` arose; the parse stops being checked there.
    private var overflow: PendingDiagnostic.Place?

    /// Whether an error came over `FindingLimit.perFile`: the caller stops the parse.
    var hasOverflowed: Bool { overflow != nil }

    init(homeNamespaces: [String] = []) {
        self.homeNamespaces = homeNamespaces
    }

    func add(_ place: PendingDiagnostic.Place, _ severity: DiagnosticSeverity, _ message: String) {
        if severity == .error {
            hasErrors = true
            guard errorsKept < FindingLimit.perFile else {
                if overflow == nil { overflow = place }
                return
            }
            errorsKept += 1
        } else {
            // Warnings never stop the parse; past the limit they are dropped.
            guard pending.count - errorsKept < FindingLimit.perFile else { return }
        }
        pending.append(PendingDiagnostic(place: place, severity: severity, message: message))
    }

    /// Records a libxml2 structured error at `place`.
    func add(_ error: UnsafePointer<xmlError>, at place: PendingDiagnostic.Place) {
        let severity: DiagnosticSeverity = error.pointee.level == XML_ERR_WARNING ? .warning : .error
        let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error (code \(error.pointee.code))"
        add(place, severity, MessageStyle.readable(text, homeNamespaces: homeNamespaces))
    }

    /// libxml2 reads a NUL byte as the end of its input and reports a premature end there; says
    /// plainly what is wrong instead, once per NUL.
    func explainNULs(in input: [UInt8]) {
        var explained = Set<Int>()
        pending = pending.compactMap { diagnostic in
            guard case .inputOffset(let offset) = diagnostic.place, offset < input.count, input[offset] == 0 else {
                return diagnostic
            }
            guard explained.insert(offset).inserted else { return nil }
            return PendingDiagnostic(
                place: diagnostic.place, severity: .error, message: "NUL character (U+0000) is not allowed in XML")
        }
    }

    /// The diagnostics with their locations, in the order they were reported.
    ///
    /// - Parameters:
    ///   - source: the input text, for offsets; offsets are resolved in one forward pass.
    ///   - nodes: the locations of the nodes that diagnostics name.
    func diagnostics(
        file: String, source: SourceText?, nodes: NodeLocations = NodeLocations()
    ) -> [Diagnostic] {
        let pending = overflow.map {
            self.pending + [PendingDiagnostic(place: $0, severity: .error, message: FindingLimit.stoppedMessage)]
        } ?? self.pending
        var locations = pending.map { diagnostic -> SourceLocation in
            switch diagnostic.place {
            case .inputOffset, .wholeFile:
                // An offset is placed below, when the source is known.
                return .wholeFile(file)
            case .lineColumn(let line, let column):
                return Self.location(file: file, line: line, column: column)
            case .node(let node, let line):
                return node.flatMap { nodes.location(of: $0, message: diagnostic.message) }
                    ?? Self.location(file: file, line: line, column: 0)
            case .located(let location):
                return location
            }
        }
        let offsets = pending.indices.compactMap { index -> (index: Int, offset: Int)? in
            if case .inputOffset(let offset) = pending[index].place { return (index, offset) }
            return nil
        }.sorted { $0.offset < $1.offset }
        if !offsets.isEmpty, let source, source.isInput {
            source.bytes.withUnsafeBufferPointer { bytes in
                var tracker = PositionTracker(bytes: bytes, start: source.start)
                for (index, offset) in offsets {
                    let position = tracker.advance(to: max(offset, source.start))
                    locations[index] = SourceLocation(file: file, line: position.line, column: position.column)
                }
            }
        }
        return zip(pending, locations).map { diagnostic, location in
            Diagnostic(diagnostic.severity, at: location, diagnostic.message)
        }
    }

    /// A line and column as libxml2 counts them: the file as a whole when the line is unknown.
    private static func location(file: String, line: Int, column: Int) -> SourceLocation {
        line > 0 ? SourceLocation(file: file, line: line, column: max(column, 0)) : .wholeFile(file)
    }
}
