import TamayuzCore
import TamayuzXML

/// One cell's value as text, as a workbook stores it: a shared or inline string, a number as
/// written, a boolean as 1 or 0, a formula's cached value.
struct CellText: Sendable, Hashable {
    var text: String
    /// Stored as a number (not as text).
    var isNumber: Bool
}

/// The cells of one sheet, by 0-based row and column.
struct SheetCells: Sendable {
    var name: String
    var rows: [Int: [Int: CellText]] = [:]

    func cell(_ row: Int, _ column: Int) -> CellText? { rows[row]?[column] }
}

/// Reads named sheets of a workbook package into their cells: `[Content_Types].xml`, the
/// workbook and its relationships, the shared strings, then each sheet, every part through the
/// safe XML reader (no DOCTYPE, no entity, no network). Findings about a cell are located
/// `file:Sheet!A1`; about a part, `file:part`.
struct WorkbookCells {
    static let maximumSharedStrings = 100_000

    let package: WorkbookPackage
    var diagnostics: [Diagnostic] = []
    private var sharedStrings: [String] = []
    /// The styles (indices into the cell formats) that show numbers as percentages: a number
    /// typed "85%" is stored 0.85 in such a cell.
    private var percentStyles: Set<Int> = []

    /// Checks every XML part for a DOCTYPE before reading any, and reads the shared strings.
    init(_ package: WorkbookPackage, partNames: [String]) throws(DiagnosticError) {
        self.package = package
        for name in partNames where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
            let bytes = try package.part(name)
            do {
                _ = try XMLReader.rootElement(of: bytes, fileName: "\(package.path):\(name)")
            } catch {
                throw DiagnosticError(error.diagnostics)
            }
        }
        let types = try parse("[Content_Types].xml")
        if types.children.contains(where: { ($0[attribute: "ContentType"] ?? "").lowercased().contains("macroenabled") }) {
            throw WorkbookPackage.failure(package.path, "[Content_Types].xml", "a macro-enabled workbook (.xlsm): save it as a plain .xlsx workbook, without macros")
        }
        if package.has("xl/sharedStrings.xml") { sharedStrings = try readSharedStrings() }
        if package.has("xl/styles.xml") { percentStyles = try readPercentStyles() }
    }

    /// The part of each sheet, by the sheet's name (from the workbook and its relationships).
    func sheetParts() throws(DiagnosticError) -> [String: String] {
        let relationships = try parse("xl/_rels/workbook.xml.rels")
        var targets: [String: String] = [:]
        for relationship in relationships.children(named: "Relationship") {
            if relationship[attribute: "TargetMode"] == "External" {
                throw WorkbookPackage.failure(package.path, "xl/_rels/workbook.xml.rels", "the workbook links to other files (external links): remove the links and save it again")
            }
            guard let id = relationship[attribute: "Id"], let target = relationship[attribute: "Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var parts: [String: String] = [:]
        for sheet in try parse("xl/workbook.xml").firstChild(named: "sheets")?.children(named: "sheet") ?? [] {
            let id = sheet.attributes.first { $0.name == "id" && $0.namespaceURI != nil }?.value
            if let name = sheet[attribute: "name"], let id, let target = targets[id] { parts[name] = target }
        }
        return parts
    }

    /// A sheet's cells; at most `maximumRows` rows and `columns` columns may hold values.
    mutating func read(sheet name: String, part: String, maximumRows: Int, columns: Int) throws(DiagnosticError) -> SheetCells {
        var cells = SheetCells(name: name)
        let data = try parse(part).firstChild(named: "sheetData")
        for row in data?.children(named: "row") ?? [] {
            for cell in row.children(named: "c") {
                guard let reference = cell[attribute: "r"], let (rowIndex, column) = Self.position(reference) else {
                    throw WorkbookPackage.failure(package.path, part, "a cell without a reference (r=\"A1\"): save the workbook again with a spreadsheet program")
                }
                let location = SourceLocation(file: package.path, place: "\(name)!\(reference)", row: rowIndex + 1, column: column + 1)
                guard let value = value(of: cell, at: location) else { continue }
                if rowIndex >= maximumRows {
                    throw DiagnosticError([.error(at: location, "row \(rowIndex + 1) is beyond the \(maximumRows) rows this sheet can have")])
                }
                if column >= columns {
                    throw DiagnosticError([.error(at: location, "a value beyond the workbook's columns (\(AssessmentWorkbookLayout.columnLetters(columns - 1)) is the last)")])
                }
                cells.rows[rowIndex, default: [:]][column] = value
            }
        }
        return cells
    }

    /// The cell's value, or nil for an empty cell; a formula without a cached value is reported.
    private mutating func value(of cell: XMLElement, at location: SourceLocation) -> CellText? {
        let cached = cell.firstChild(named: "v")?.text
        if cell.firstChild(named: "f") != nil, cached == nil {
            diagnostics.append(.error(at: location, "a formula without a saved value: type the value itself, or save the workbook with a spreadsheet program that computes it"))
            return nil
        }
        switch cell[attribute: "t"] ?? "n" {
        case "s":
            guard let index = cached.flatMap({ Int($0.trimmedWhitespace) }), sharedStrings.indices.contains(index) else {
                diagnostics.append(.error(at: location, "the cell points at a shared string that does not exist"))
                return nil
            }
            return CellText(text: sharedStrings[index], isNumber: false)
        case "inlineStr":
            return (cell.firstChild(named: "is")).map { CellText(text: Self.richText($0), isNumber: false) }
        case "str", "b":
            return cached.map { CellText(text: $0, isNumber: false) }
        case "e":
            diagnostics.append(.error(at: location, "the cell holds an error (\(cached ?? "?")): type the value itself"))
            return nil
        default:
            guard let number = cached?.trimmedWhitespace else { return nil }
            let percent = cell[attribute: "s"].flatMap { Int($0) }.map(percentStyles.contains) ?? false
            return CellText(text: percent ? Self.hundredfold(number) + "%" : number, isNumber: true)
        }
    }

    /// The styles whose number format shows a percentage (built-in formats 9 and 10, or a
    /// format of the workbook's own with a `%` outside quotes).
    private func readPercentStyles() throws(DiagnosticError) -> Set<Int> {
        let styles = try parse("xl/styles.xml")
        var percentFormats: Set<Int> = [9, 10]
        for format in styles.firstChild(named: "numFmts")?.children(named: "numFmt") ?? [] {
            let code = (format[attribute: "formatCode"] ?? "").split(separator: "\"", omittingEmptySubsequences: false)
                .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            if code.contains("%"), let id = format[attribute: "numFmtId"].flatMap({ Int($0) }) { percentFormats.insert(id) }
        }
        let formats = styles.firstChild(named: "cellXfs")?.children(named: "xf") ?? []
        return Set(formats.indices.filter { percentFormats.contains(Int(formats[$0][attribute: "numFmtId"] ?? "") ?? -1) })
    }

    /// A number as written, a hundred times larger, by moving its decimal point (0.07 → 7, not
    /// 7.000000000000001); a number in exponent form is multiplied.
    static func hundredfold(_ number: String) -> String {
        let negative = number.hasPrefix("-")
        let digits = negative ? String(number.dropFirst()) : number
        guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." }), digits.filter({ $0 == "." }).count <= 1 else {
            return Double(number).map { "\($0 * 100)" } ?? number
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let padded = fraction + String(repeating: "0", count: max(0, 2 - fraction.count))
        var whole = String(parts[0]) + padded.prefix(2)
        whole = String(whole.drop { $0 == "0" })
        let rest = padded.dropFirst(2)
        let text = (whole.isEmpty ? "0" : whole) + (rest.isEmpty ? "" : "." + rest)
        return negative ? "-" + text : text
    }

    private mutating func readSharedStrings() throws(DiagnosticError) -> [String] {
        var strings: [String] = []
        var tooMany = false
        let name = "xl/sharedStrings.xml"
        let bytes = try package.part(name)
        do {
            _ = try XMLReader.parse(bytes, fileName: "\(package.path):\(name)", schema: nil) { item in
                guard !tooMany else { return }
                guard strings.count < Self.maximumSharedStrings else {
                    tooMany = true
                    return
                }
                strings.append(Self.richText(item))
            }
        } catch {
            throw DiagnosticError(error.diagnostics)
        }
        if tooMany {
            throw WorkbookPackage.failure(package.path, name, "more than \(Self.maximumSharedStrings) shared strings")
        }
        return strings
    }

    /// The text of a string item: its `<t>`, or its runs' `<t>`s joined (phonetic runs left out).
    private static func richText(_ item: XMLElement) -> String {
        if let text = item.firstChild(named: "t") { return text.text }
        return item.children(named: "r").compactMap { $0.firstChild(named: "t")?.text }.joined()
    }

    private func parse(_ name: String) throws(DiagnosticError) -> XMLElement {
        let bytes = try package.part(name)
        do {
            return try XMLReader.parse(bytes, fileName: "\(package.path):\(name)", schema: nil)
        } catch {
            throw DiagnosticError(error.diagnostics)
        }
    }

    /// The 0-based row and column of an A1 reference.
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = Substring(reference)
        for character in reference {
            guard let ascii = character.asciiValue, (65...90).contains(ascii) else { break }
            column = column * 26 + Int(ascii - 64)
            guard column <= 16_384 else { return nil }
            digits = digits.dropFirst()
        }
        guard column > 0, let row = Int(digits), row >= 1, row <= 1_048_576 else { return nil }
        return (row - 1, column - 1)
    }
}
