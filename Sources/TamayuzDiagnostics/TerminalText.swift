/// Text from inputs made safe for a terminal; the one sanitiser every byte the tool writes to a
/// terminal or a text output passes (`Diagnostic.description`, table cells, and the CLI's
/// `Console` for every line it writes).
///
/// - Control characters (C0, DEL, C1 — ESC among them, so no OSC 52 clipboard write, OSC 8 link
///   or screen clearing) become U+FFFD. Line breaks and tabs survive only where `keepLayout`
///   asks for them (whole outputs), never in a single cell or message, so a line break in a
///   name or file name cannot forge a row.
/// - With `keepingStyles`, only the tool's own colour sequences survive (`ESC[0m`, `ESC[1m`,
///   `ESC[31m`, `ESC[32m`: bold, red, green, reset, which can neither hide text nor move the
///   cursor).
/// - Bidirectional embeddings, overrides and isolates left open (an unclosed U+202E reverses
///   the rest of the line) are closed at the end of the text and, with `keepLayout`, at the end
///   of each line; a stray closer is dropped.
public enum TerminalText {
    /// The colour sequences the text renderers write.
    static let ownStyles: [[Unicode.Scalar]] = ["[0m", "[1m", "[31m", "[32m"].map { Array($0.unicodeScalars) }

    public static func safe(_ text: String, keepLayout: Bool = false, keepingStyles: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepLayout: keepLayout) || BidiNesting.isBidiControl($0) })
        else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var nesting = BidiNesting()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingStyles, scalar == "\u{1B}", let style = ownStyles.first(where: { startsStyle($0, in: scalars, at: index + 1) }) {
                out.append(scalar)
                out.append(contentsOf: style)
                index += 1 + style.count
                continue
            }
            if scalar == "\n", keepLayout { out.append(contentsOf: nesting.closeAll()) }
            if BidiNesting.isBidiControl(scalar) {
                if nesting.admit(scalar) { out.append(scalar) }
            } else {
                out.append(isControl(scalar, keepLayout: keepLayout) ? "\u{FFFD}" : scalar)
            }
            index += 1
        }
        out.append(contentsOf: nesting.closeAll())
        return String(out)
    }

    private static func startsStyle(_ style: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        start + style.count <= scalars.count && scalars[start..<start + style.count].elementsEqual(style)
    }

    private static func isControl(_ scalar: Unicode.Scalar, keepLayout: Bool) -> Bool {
        if keepLayout, scalar == "\n" || scalar == "\t" || scalar == "\r" { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// The bidirectional embeddings, overrides and isolates open on a line.
struct BidiNesting {
    private var open: [Unicode.Scalar] = []

    /// LRE, RLE, LRO, RLO and PDF; LRI, RLI, FSI and PDI.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Records an opener, or a closer that matches the innermost open one; false for a closer
    /// with nothing of its kind open (dropped).
    mutating func admit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202C:
            guard let last = open.last, last.value != 0x2069 else { return false }
            open.removeLast()
        case 0x2069:
            guard let last = open.last, last.value == 0x2069 else { return false }
            open.removeLast()
        case 0x2066...0x2068:
            open.append("\u{2069}")
        default:
            open.append("\u{202C}")
        }
        return true
    }

    /// The closers for everything still open, innermost first.
    mutating func closeAll() -> [Unicode.Scalar] {
        defer { open.removeAll() }
        return open.reversed()
    }
}
