import TamayuzCore

/// What `tamayuz validate` prints about the files it checked: one closing line a file and a
/// count (``text(_:)``, on standard output; the findings go to standard error), or the whole outcome as JSON,
/// schema `tamayuz-validation/1` (``json(_:)``, described in docs/results-format.md), where a
/// finding about a file as a whole has a null `line` and `column`.
public enum ValidationReport {
    public static func text(_ results: [FileValidation]) -> String {
        var lines: [String] = []
        for result in results {
            let errors = result.errorCount
            let warnings = result.warningCount
            let what = result.kind.map { "\($0.rawValue)" } ?? "unknown"
            var line = "\(result.isValid ? "ok     " : "INVALID") \(result.file) (\(what)"
            if errors > 0 { line += ", \(errors) error\(errors == 1 ? "" : "s")" }
            if warnings > 0 { line += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
            line += ")"
            if let note = result.note { line += ": \(note)" }
            lines.append(line)
        }
        let invalid = results.filter { !$0.isValid }.count
        lines.append("\(results.count) file\(results.count == 1 ? "" : "s") checked: \(results.count - invalid) valid, \(invalid) invalid")
        return lines.joined(separator: "\n")
    }

    public static func json(_ results: [FileValidation]) -> String {
        var files: [JSONValue] = []
        for result in results {
            files.append(.object([
                ("file", .string(result.file)),
                ("kind", result.kind.map { .string($0.rawValue) } ?? .null),
                ("valid", .bool(result.isValid)),
                ("diagnostics", .array(result.diagnostics.map { diagnostic in
                    .object([
                        ("file", .string(diagnostic.location.file)),
                        ("line", diagnostic.location.line.map { .number(Double($0)) } ?? .null),
                        ("column", diagnostic.location.column.map { .number(Double($0)) } ?? .null),
                        ("severity", .string(diagnostic.severity.rawValue)),
                        ("message", .string(diagnostic.message)),
                    ])
                })),
            ]))
        }
        let errors = results.reduce(0) { $0 + $1.errorCount }
        let warnings = results.reduce(0) { $0 + $1.warningCount }
        return JSONValue.object([
            ("schema", .string("tamayuz-validation/1")),
            ("valid", .bool(errors == 0)),
            ("errors", .number(Double(errors))),
            ("warnings", .number(Double(warnings))),
            ("files", .array(files)),
        ]).rendered() + "\n"
    }
}
