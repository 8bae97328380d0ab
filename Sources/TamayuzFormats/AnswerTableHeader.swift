import TamayuzCore

/// An answer table's header row, read against the framework: which column holds the agency id,
/// name and kind, and which answer which indicator. Headers are trimmed as cells are. A table
/// that answers no indicator is refused (every agency would score 0, all tied at rank 1), and a
/// header that nearly names an indicator (`OSI` for `osi`) is pointed out.
struct AnswerTableHeader {
    var names: [String]
    var id: Int
    var name: Int?
    var kind: Int?
    /// Each answering column and its indicator's node.
    var indicators: [(column: Int, node: Int)] = []
    /// Columns that answer nothing, each with the indicator it may have meant.
    var ignored: [(name: String, meant: String?)] = []

    init(
        _ header: [String], fileName: String, framework: Framework, columns: AnswerTableLoader.Columns
    ) throws(DiagnosticError) {
        names = header.map(\.trimmedWhitespace)
        let first = SourceLocation(file: fileName, line: 1, column: 1)
        let listed = names.joined(separator: ", ")
        guard let id = names.firstIndex(of: columns.id) else {
            throw DiagnosticError(first, "no '\(columns.id)' column (the agency id); the columns are: \(listed) — name the id column with --id-column")
        }
        self.id = id
        name = names.firstIndex(of: columns.name)
        if name == nil, columns.nameIsRequired {
            throw DiagnosticError(first, "no '\(columns.name)' column (the agency name); the columns are: \(listed) — name the name column with --name-column")
        }
        kind = names.firstIndex(of: columns.kind)
        try checkRepeats(fileName: fileName)
        let answered = framework.indicators.filter { framework.nodes[$0].indicator?.kind.isAnswered == true }.map { framework.nodes[$0].id }
        for (position, header) in names.enumerated() where position != id && position != name && position != kind {
            if let node = framework.nodeIndex[header], let indicator = framework.nodes[node].indicator, indicator.kind.isAnswered {
                indicators.append((position, node))
            } else {
                ignored.append((header, NearestName.nearest(to: header, in: answered)))
            }
        }
        guard !indicators.isEmpty else {
            throw DiagnosticError(first, "the table answers no indicator of '\(framework.id)': no column is named by an indicator id\(hints)")
        }
    }

    private func checkRepeats(fileName: String) throws(DiagnosticError) {
        var seen: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            if let earlier = seen[name] {
                throw DiagnosticError(
                    SourceLocation(file: fileName, line: 1, column: position + 1),
                    "column \(position + 1) repeats the header '\(name)' of column \(earlier + 1): one column per indicator")
            }
            seen[name] = position
        }
    }

    /// The warning about the columns that answer nothing, if any.
    func ignoredWarning(fileName: String, framework: Framework) -> Diagnostic? {
        guard !ignored.isEmpty else { return nil }
        let list = ignored.map { column in column.meant.map { "\(column.name) (did you mean '\($0)'?)" } ?? column.name }
        return .warning(at: SourceLocation(file: fileName, line: 1, column: 1), "columns that are not indicators of '\(framework.id)' are ignored: \(list.joined(separator: ", "))")
    }

    /// "; did you mean …" for the columns that nearly name an indicator.
    private var hints: String {
        let meant = ignored.compactMap { column in column.meant.map { "'\(column.name)' for '\($0)'" } }
        return meant.isEmpty ? "" : " (did you mean \(meant.joined(separator: ", "))?)"
    }
}
