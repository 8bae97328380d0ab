/// Making a table fit a terminal's width: a row is never wrapped; columns are shortened or left
/// out instead, in an order the caller gives.
extension TextTable {
    /// What a column holds, for choosing which to shorten or leave out first.
    enum Role: Equatable {
        case rank, agency, name, assessor, profile, total, band, change, eligible, completeness, rankRange
        case area(Int)
    }

    /// Columns left out first when a table is too wide; the areas from the last one back come
    /// after these, then ``leftOutLast``. Rank, agency, assessor, total, eligibility and the
    /// first area always stay: at a glance the standing matters more than the detail.
    static let leftOutFirst: [Role] = [.completeness, .rankRange, .profile, .name]
    /// Columns left out only once every area but the first is gone.
    static let leftOutLast: [Role] = [.change, .band]
    /// The narrowest a shortened name keeps.
    static let shortestName = 16

    /// The width of the rendered lines (header, rule and rows).
    var renderedWidth: Int {
        var widths = hasHeader ? headers.map(TextTable.width) : Array(repeating: 0, count: headers.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], TextTable.width(cell.text))
            }
        }
        return TextTable.width(indent) + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// Shortens the name column, then leaves columns out, until the table is at most `width`
    /// wide; returns the headers of the columns left out. `roles` is aligned with the columns.
    mutating func fit(width: Int?, roles: [Role]) -> [String] {
        guard let width else { return [] }
        var roles = roles
        var leftOut: [String] = []
        let areas = roles.filter { if case .area = $0 { true } else { false } }
        let order = Self.leftOutFirst + areas.dropFirst().reversed() + Self.leftOutLast
        var next = order.makeIterator()
        while renderedWidth > width {
            if let name = roles.firstIndex(of: .name), shorten(column: name, by: renderedWidth - width) { continue }
            guard let role = next.next() else { break }
            guard let column = roles.firstIndex(of: role) else { continue }
            leftOut.append(headers[column])
            remove(column: column)
            roles.remove(at: column)
        }
        return leftOut
    }

    /// Cuts the cells of `column` by `excess` columns (to no less than ``shortestName``), ending
    /// each cut text with `…`; false when it cannot be shortened.
    private mutating func shorten(column: Int, by excess: Int) -> Bool {
        let current = rows.map { TextTable.width($0[column].text) }.max() ?? 0
        let target = max(Self.shortestName, current - excess, TextTable.width(headers[column]))
        guard target < current else { return false }
        for row in rows.indices where TextTable.width(rows[row][column].text) > target {
            rows[row][column].text = TextTable.cut(rows[row][column].text, to: target)
        }
        return true
    }

    private mutating func remove(column: Int) {
        headers.remove(at: column)
        alignments.remove(at: column)
        for row in rows.indices where column < rows[row].count { rows[row].remove(at: column) }
    }

    /// A note line broken between words so that no line is wider than `width`; continuation
    /// lines are indented two more spaces than the first. Lines that fit, and styled lines (a
    /// table's header), are left as they are.
    static func wrap(_ line: String, width: Int?) -> [String] {
        guard let width, TextTable.width(line) > width, !line.contains("\u{1B}") else { return [line] }
        let leading = line.prefix { $0 == " " }
        let indent = String(repeating: " ", count: min(leading.count + 2, width / 2))
        var lines: [String] = []
        var current = String(leading)
        var started = false
        for word in line.dropFirst(leading.count).split(separator: " ") {
            if started, TextTable.width(current + " " + word) > width {
                lines.append(current)
                current = indent + word
            } else {
                current += (started ? " " : "") + word
            }
            started = true
        }
        return lines + [current]
    }

    /// `text` cut to `width` displayed columns, the last one `…`.
    static func cut(_ text: String, to width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let size = TextTable.width(String(character))
            if used + size > width - 1 { break }
            result.append(character)
            used += size
        }
        return result + "…"
    }
}
