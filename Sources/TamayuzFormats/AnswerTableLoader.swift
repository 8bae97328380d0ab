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
        /// Whether a missing name column is an error (it was named on purpose) rather than a
        /// table without names.
        public var nameIsRequired: Bool

        public init(id: String = "id", name: String = "name", kind: String = "kind", nameIsRequired: Bool = false) {
            self.id = id
            self.name = name
            self.kind = kind
            self.nameIsRequired = nameIsRequired
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
        guard let headerRow = reader.headerRow, !headerRow.isEmpty else {
            throw DiagnosticError([.error(at: whole, "the table has no header row")])
        }
        let header = try AnswerTableHeader(headerRow, fileName: fileName, framework: framework, columns: columns)
        var problems = FindingList()
        var warnings: [Diagnostic] = []
        if let ignored = header.ignoredWarning(fileName: fileName, framework: framework) { warnings.append(ignored) }
        var assessments: [Assessment] = []
        var seen: [String: Int] = [:]
        var row = 1
        while let fields = reader.next() {
            row += 1
            if let assessment = readRow(fields, row: row, header: header, seen: &seen, problems: &problems, fileName: fileName, framework: framework) {
                assessments.append(assessment)
            }
        }
        if let error = reader.error {
            problems.append(.error(at: SourceLocation(file: fileName, line: row + 1, column: 1), "cannot read row \(row + 1): \(error)"))
        }
        if problems.hasErrors { throw DiagnosticError(problems.diagnostics + warnings) }
        return (assessments, warnings)
    }

    /// One row as an agency's assessment, or nil with its problems recorded.
    private static func readRow(
        _ fields: [String], row: Int, header: AnswerTableHeader, seen: inout [String: Int], problems: inout FindingList,
        fileName: String, framework: Framework
    ) -> Assessment? {
        func place(_ column: Int) -> SourceLocation { SourceLocation(file: fileName, line: row, column: column + 1) }
        guard fields.count == header.names.count else {
            problems.append(.error(at: place(0), "row \(row) has \(fields.count) fields; the header has \(header.names.count)"))
            return nil
        }
        let idHeader = header.names[header.id]
        let id = fields[header.id].trimmedWhitespace
        guard isIdentifier(id) else {
            problems.append(.error(at: place(header.id), "row \(row), column '\(idHeader)': '\(id)' is not a valid agency id (letters, digits, '_' and '.', starting with a letter)"))
            return nil
        }
        if let earlier = seen[id] {
            problems.append(.error(at: place(header.id), "row \(row), column '\(idHeader)': agency '\(id)' already has row \(earlier)"))
            return nil
        }
        seen[id] = row
        var answers: [Int: Answer] = [:]
        for (column, node) in header.indicators {
            let cell = fields[column].trimmedWhitespace
            if cell.isEmpty { continue }
            let indicator = framework.nodes[node].indicator!
            switch AnswerParsing.parse(cell, indicator: indicator, id: framework.nodes[node].id, framework: framework) {
            case let .success(value):
                answers[node] = Answer(value: value, location: place(column))
            case let .failure(problem):
                problems.append(.error(at: place(column), "row \(row), column '\(header.names[column])': \(problem.message)"))
            }
        }
        var name = LocalizedText()
        if let nameColumn = header.name { name.add(fields[nameColumn].trimmedWhitespace, language: "") }
        let kind = header.kind.map { fields[$0].trimmedWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
        return Assessment(
            frameworkID: framework.id, frameworkVersion: framework.version, cycle: framework.cycle,
            agency: Agency(id: id, kind: kind, name: name), assessor: Assessor(role: .self, id: "table"),
            answers: answers, location: place(0))
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
