import Cxlsxwriter
import Foundation

/// Writes a ``Workbook`` as an .xlsx file through libxlsxwriter. The library writes to a path,
/// so the workbook is written into a private temporary folder and its bytes handed back: the
/// caller writes them to the output atomically, like any other output. The same workbook gives
/// the same bytes (the document's creation date is fixed).
package enum WorkbookWriter {
    /// Why a workbook could not be written.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The workbook's bytes (an .xlsx package).
    package static func bytes(_ workbook: Workbook) throws(Failure) -> [UInt8] {
        var template = Array((NSTemporaryDirectory() + "/tamayuz-xlsx-XXXXXX").utf8CString)
        guard let folderPointer = mkdtemp(&template) else {
            throw Failure(description: "cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        let folder = String(cString: folderPointer)
        let path = folder + "/workbook.xlsx"
        defer {
            unlink(path)
            rmdir(folder)
        }
        try write(workbook, toPath: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read back the workbook written")
        }
        return [UInt8](data)
    }

    private static func write(_ workbook: Workbook, toPath path: String) throws(Failure) {
        guard let book = workbook_new(path) else { throw Failure(description: "cannot start a workbook") }
        var styles = StyleCache(book: book)
        var properties = lxw_doc_properties()
        properties.created = 946_684_800  // 2000-01-01: the same workbook, the same bytes
        workbook_set_properties(book, &properties)
        for sheet in workbook.sheets {
            guard let worksheet = sheet.name.withCString({ workbook_add_worksheet(book, $0) }) else {
                workbook_close(book)
                throw Failure(description: "cannot add the sheet '\(sheet.name)'")
            }
            fill(worksheet, with: sheet, styles: &styles)
        }
        let status = workbook_close(book)
        guard status == LXW_NO_ERROR else {
            throw Failure(description: "cannot write the workbook: \(String(cString: lxw_strerror(status)))")
        }
    }

    private static func fill(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, with sheet: Worksheet, styles: inout StyleCache) {
        if sheet.rightToLeft { worksheet_right_to_left(worksheet) }
        if sheet.hidden { worksheet_hide(worksheet) }
        if let frozen = sheet.frozen { worksheet_freeze_panes(worksheet, lxw_row_t(frozen.row), lxw_col_t(frozen.column)) }
        for (index, column) in sheet.columns.sorted(by: { $0.key < $1.key }) {
            var options = lxw_row_col_options(hidden: column.hidden ? 1 : 0, level: 0, collapsed: 0)
            let format = column.style.map { styles.format($0) } ?? nil
            worksheet_set_column_opt(worksheet, lxw_col_t(index), lxw_col_t(index), column.width, format, &options)
        }
        for (row, level) in sheet.outlineLevels.sorted(by: { $0.key < $1.key }) {
            var options = lxw_row_col_options(hidden: 0, level: UInt8(min(max(level, 0), 7)), collapsed: 0)
            worksheet_set_row_opt(worksheet, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nil, &options)
        }
        for cell in sheet.cells {
            let format = styles.format(cell.style)
            let row = lxw_row_t(cell.row)
            let column = lxw_col_t(cell.column)
            switch cell.value {
            case let .text(text): _ = text.withCString { worksheet_write_string(worksheet, row, column, $0, format) }
            case let .number(number): worksheet_write_number(worksheet, row, column, number, format)
            case .blank: worksheet_write_blank(worksheet, row, column, format)
            }
        }
        for validation in sheet.validations { add(validation, to: worksheet) }
        if let filter = sheet.autofilter {
            worksheet_autofilter(
                worksheet, lxw_row_t(filter.firstRow), lxw_col_t(filter.firstColumn), lxw_row_t(filter.lastRow), lxw_col_t(filter.lastColumn))
        }
        if sheet.protected {
            var protection = lxw_protection()
            protection.format_columns = 1
            protection.format_rows = 1
            worksheet_protect(worksheet, nil, &protection)
        }
    }

    private static func add(_ validation: Validation, to worksheet: UnsafeMutablePointer<lxw_worksheet>) {
        var rule = lxw_data_validation()
        rule.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        rule.show_error = UInt8(LXW_VALIDATION_ON.rawValue)
        rule.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        rule.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        var range = ""
        switch validation.rule {
        case let .list(source):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            range = source
        case let .decimal(low, high):
            rule.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            switch (low, high) {
            case let (low?, high?):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                rule.minimum_number = low
                rule.maximum_number = high
            case let (low?, nil):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                rule.value_number = low
            case let (nil, high?):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
                rule.value_number = high
            case (nil, nil):
                rule.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                rule.minimum_number = -1e300
                rule.maximum_number = 1e300
            }
        }
        let title = strdup(clipped(validation.inputTitle, to: 32))
        let message = strdup(clipped(validation.inputMessage, to: 255))
        let error = strdup(clipped(validation.errorMessage, to: 255))
        let formula = strdup(range)
        defer { for text in [title, message, error, formula] { free(text) } }
        if !validation.inputTitle.isEmpty { rule.input_title = title }
        if !validation.inputMessage.isEmpty { rule.input_message = message }
        if !validation.errorMessage.isEmpty { rule.error_message = error }
        if !range.isEmpty { rule.value_formula = formula }
        worksheet_data_validation_cell(worksheet, lxw_row_t(validation.row), lxw_col_t(validation.column), &rule)
    }

    /// At most `limit` characters (Excel's limits on validation texts).
    private static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

/// One libxlsxwriter format per distinct style (formats belong to the workbook).
private struct StyleCache {
    let book: UnsafeMutablePointer<lxw_workbook>
    var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    init(book: UnsafeMutablePointer<lxw_workbook>) {
        self.book = book
    }

    mutating func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if style == CellStyle() { return nil }
        if let format = formats[style] { return format }
        guard let format = workbook_add_format(book) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.wrap {
            format_set_text_wrap(format)
            format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        if style.unlocked { format_set_unlocked(format) }
        if let fill = style.fill { format_set_bg_color(format, lxw_color_t(fill)) }
        if let size = style.size { format_set_font_size(format, size) }
        if let numberFormat = style.numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        formats[style] = format
        return format
    }
}
