import TamayuzCore

/// Reads an assessment workbook (``AssessmentWorkbookLayout``: what `tamayuz template --format
/// xlsx` writes, filled in by hand, Excel, LibreOffice or openpyxl) into the same `Assessment`
/// an XML file gives, with every check the XML loader makes; findings are located at the cell
/// (`sub.xlsx:Answers!E14: error: …`) and name the indicator. A blank answer is an indicator not
/// answered. The package is read defensively (``WorkbookPackage``).
public enum WorkbookReader {
    /// Whether a path names a workbook (by its extension, `.xlsx` or `.xlsm`: the latter is
    /// read only to be refused).
    public static func isWorkbook(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
    }

    /// Loads a workbook against the framework; throws all its errors (with warnings) or returns
    /// the assessment with its warnings.
    public static func load(bytes: [UInt8], fileName path: String, framework: Framework) throws(DiagnosticError) -> (Assessment, [Diagnostic]) {
        let (details, answers, cellFindings) = try sheets(bytes: bytes, path: path, maximumRows: rows(of: framework) + 1_000)
        var header = WorkbookHeader(details: details, path: path)
        var rows = WorkbookAnswers(framework: framework, path: path)
        rows.read(answers)
        let assessment = header.assessment(framework: framework, answers: rows.answers)
        let findings = DiagnosticError(cellFindings + header.diagnostics + rows.diagnostics)
        if !findings.errors.isEmpty { throw findings }
        return (assessment, findings.diagnostics)
    }

    /// The answers sheet's rows for the framework: the header, a row a node, a row a checklist
    /// option (a thousand more are allowed for notes typed below).
    static func rows(of framework: Framework) -> Int {
        framework.indicators.reduce(framework.nodes.count) { rows, index in
            guard case let .checklist(options, _)? = framework.nodes[index].indicator?.kind else { return rows }
            return rows + options.count
        }
    }

    /// Checks a workbook's package and layout only (when no criteria are given).
    public static func checkStructure(bytes: [UInt8], fileName path: String) throws(DiagnosticError) {
        let (details, _, findings) = try sheets(bytes: bytes, path: path, maximumRows: 1_000_000)
        var header = WorkbookHeader(details: details, path: path)
        _ = header.fields()
        let all = DiagnosticError(findings + header.diagnostics)
        if !all.errors.isEmpty { throw all }
    }

    /// The details and answers sheets' cells, and the findings about single cells.
    private static func sheets(bytes: [UInt8], path: String, maximumRows: Int) throws(DiagnosticError) -> (SheetCells, SheetCells, [Diagnostic]) {
        let package = try WorkbookPackage(bytes: bytes, path: path)
        var cells = try WorkbookCells(package, partNames: package.partNames)
        let parts = try cells.sheetParts()
        typealias Layout = AssessmentWorkbookLayout
        guard let detailsPart = parts[Layout.detailsSheet], let answersPart = parts[Layout.answersSheet] else {
            throw WorkbookPackage.failure(path, nil, "not a Tamayuz assessment workbook: it needs the sheets '\(Layout.answersSheet)' and '\(Layout.detailsSheet)' (make one with tamayuz template --format xlsx)")
        }
        let details = try cells.read(sheet: Layout.detailsSheet, part: detailsPart, maximumRows: 1_000, columns: 3)
        let answers = try cells.read(sheet: Layout.answersSheet, part: answersPart, maximumRows: maximumRows, columns: Layout.Column.allCases.count)
        return (details, answers, cells.diagnostics)
    }
}
