import TamayuzCore

/// Monospace columns padded by displayed width: Unicode scalars counted one each (Arabic letters
/// included), combining marks, enclosing marks and format characters (ZWJ, bidi marks) zero.
struct TextTable {
    enum Alignment { case left, right }

    struct Cell {
        var text: String
        /// An ANSI SGR code wrapped around the text when colour is on.
        var style: String?

        init(_ text: String, style: String? = nil) {
            self.text = TerminalText.safe(text)
            self.style = style
        }
    }

    static let bold = "1"
    static let green = "32"
    static let red = "31"

    var headers: [String] = []
    var alignments: [Alignment] = []
    var rows: [[Cell]] = []
    var indent = ""
    var hasHeader = true

    init(indent: String = "", hasHeader: Bool = true) {
        self.indent = indent
        self.hasHeader = hasHeader
    }

    mutating func column(_ header: String, alignment: Alignment = .left) {
        headers.append(header)
        alignments.append(alignment)
    }

    /// The lines: header, a rule of dashes, then the rows; columns two spaces apart.
    func render(colour: Bool) -> [String] {
        var widths = hasHeader ? headers.map(TextTable.width) : Array(repeating: 0, count: headers.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], TextTable.width(cell.text))
            }
        }
        func line(_ cells: [Cell]) -> String {
            indent + cells.enumerated().map { column, cell in
                TextTable.pad(cell.text, to: widths[column], alignment: alignments[column], colour: colour ? cell.style : nil)
            }.joined(separator: "  ")
        }
        var lines: [String] = []
        if hasHeader {
            lines.append(line(headers.map { Cell($0, style: TextTable.bold) }))
            lines.append(indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        lines += rows.map(line)
        return lines
    }

    /// How many columns `text` takes in a monospace terminal.
    static func width(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: width += 1
            }
        }
        return width
    }

    /// `text` padded with spaces to `width`, its style wrapped around the text only.
    static func pad(_ text: String, to width: Int, alignment: Alignment, colour style: String?) -> String {
        let padding = String(repeating: " ", count: max(0, width - TextTable.width(text)))
        let shown = styled(text, style)
        return alignment == .left ? shown + padding : padding + shown
    }

    static func styled(_ text: String, _ style: String?) -> String {
        guard let style, !text.isEmpty else { return text }
        return "\u{1B}[" + style + "m" + text + "\u{1B}[0m"
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
