import CSV
import TamayuzCore

/// Reads answers from a table, one row per agency, the way published datasets and spreadsheets
/// arrive: an id column, a name column, an optional kind column, and one column per indicator
/// id (other columns are ignored and reported once). Each row becomes a self-assessment-like
/// assessment whose assessor is the table. Errors name the row (1 is the header) and column.
public enum AnswerTableLoader {
    public struct Columns: Sendable {
        public var id: String
        public var name: String
        public var kind: String

        public init(id: String = "id", name: String = "name", kind: String = "kind") {
            self.id = id
            self.name = name
            self.kind = kind
        }
    }

    public static func load(fileAtPath path: String, framework: Framework, columns: Columns = Columns()) throws(DiagnosticError) -> ([Assessment], [Diagnostic]) {
        let bytes = try InputFile.read(atPath: path)
        return try load(bytes: bytes, fileName: path, framework: framework, columns: columns)
    }

    public static func load(bytes: [UInt8], fileName: String, framework: Framework, columns: Columns = Columns()) throws(DiagnosticError) -> ([Assessment], [Diagnostic]) {
        let whole = SourceLocation(file: fileName, line: 1, column: 1)
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        guard let text = String(validating: content, as: UTF8.self) else {
            throw DiagnosticError([.error(at: whole, "the table is not valid UTF-8 text (save it as CSV UTF-8)")])
        }
        if text.contains("\0") {
            throw DiagnosticError([.error(at: whole, "the table contains NUL bytes: not a CSV text file")])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw DiagnosticError([.error(at: whole, "cannot read the table as CSV: \(error)")])
        }
        guard let header = reader.headerRow, !header.isEmpty else {
            throw DiagnosticError([.error(at: whole, "the table has no header row")])
        }
        var problems = FindingList()
        var warnings: [Diagnostic] = []
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let idColumn = column(columns.id) else {
            throw DiagnosticError([.error(at: whole, "no '\(columns.id)' column (the agency id); the columns are: \(header.joined(separator: ", ")) — name the id column with --id-column")])
        }
        let nameColumn = column(columns.name)
        let kindColumn = column(columns.kind)
        var seenColumns: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            if let earlier = seenColumns[name] {
                throw DiagnosticError([.error(
                    at: SourceLocation(file: fileName, line: 1, column: position + 1),
                    "column \(position + 1) repeats the header '\(name)' of column \(earlier + 1): one column per indicator")])
            }
            seenColumns[name] = position
        }
        var indicatorColumns: [(column: Int, node: Int)] = []
        var ignored: [String] = []
        for (position, name) in header.enumerated() where position != idColumn && position != nameColumn && position != kindColumn {
            if let node = framework.nodeIndex[name], let indicator = framework.nodes[node].indicator, indicator.kind.isAnswered {
                indicatorColumns.append((position, node))
            } else {
                ignored.append(name)
            }
        }
        if !ignored.isEmpty {
            warnings.append(.warning(at: whole, "columns that are not indicators of '\(framework.id)' are ignored: \(ignored.joined(separator: ", "))"))
        }
        var assessments: [Assessment] = []
        var seen: [String: Int] = [:]
        var row = 1
        while let fields = reader.next() {
            row += 1
            func place(_ column: Int) -> SourceLocation { SourceLocation(file: fileName, line: row, column: column + 1) }
            guard fields.count == header.count else {
                problems.append(.error(at: place(0), "row \(row) has \(fields.count) fields; the header has \(header.count)"))
                continue
            }
            let id = fields[idColumn].trimmedWhitespace
            guard isIdentifier(id) else {
                problems.append(.error(at: place(idColumn), "row \(row), column '\(columns.id)': '\(id)' is not a valid agency id (letters, digits, '_' and '.', starting with a letter)"))
                continue
            }
            if let earlier = seen[id] {
                problems.append(.error(at: place(idColumn), "row \(row), column '\(columns.id)': agency '\(id)' already has row \(earlier)"))
                continue
            }
            seen[id] = row
            var answers: [Int: Answer] = [:]
            for (column, node) in indicatorColumns {
                let cell = fields[column].trimmedWhitespace
                if cell.isEmpty { continue }
                let indicator = framework.nodes[node].indicator!
                switch AnswerParsing.parse(cell, indicator: indicator, id: framework.nodes[node].id, framework: framework) {
                case let .success(value):
                    answers[node] = Answer(value: value, location: place(column))
                case let .failure(problem):
                    problems.append(.error(at: place(column), "row \(row), column '\(header[column])': \(problem.message)"))
                }
            }
            var name = LocalizedText()
            if let nameColumn { name.add(fields[nameColumn].trimmedWhitespace, language: "") }
            let kind = kindColumn.map { fields[$0].trimmedWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
            assessments.append(Assessment(
                frameworkID: framework.id, frameworkVersion: framework.version, cycle: framework.cycle,
                agency: Agency(id: id, kind: kind, name: name), assessor: Assessor(role: .self, id: "table"),
                answers: answers, location: place(0)))
        }
        if let error = reader.error {
            problems.append(.error(at: SourceLocation(file: fileName, line: row + 1, column: 1), "cannot read row \(row + 1): \(error)"))
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics + warnings) }
        return (assessments, warnings)
    }

    /// ASCII letters and `_`, then also digits and `.`; checked by byte (the sets were once
    /// built again for every row of the table).
    private static func isIdentifier(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= 64 else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_")
        }
        return isLetter(first)
            && bytes.allSatisfy { isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") }
    }
}
