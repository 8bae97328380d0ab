/// Escaping for HTML text and attribute values: the only way input reaches the report.
///
/// Both contexts escape all five significant characters (`& < > " '`), so a value is safe in
/// element content and in a quoted attribute alike. Code points that HTML forbids even when
/// escaped (C0 and C1 controls other than tab, line feed and carriage return, and the
/// non-characters) become U+FFFD, so no input can make the document invalid either.
enum HTMLEscaping {
    /// `text` escaped for element content or a double-quoted attribute value.
    static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return output
    }

    /// Appends `text`, escaped, to `output`.
    static func append(_ text: String, to output: inout String) {
        // Fast path: nothing to escape.
        if !text.utf8.contains(where: needsAttention) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if isForbidden(scalar) {
                    output.unicodeScalars.append("\u{FFFD}")
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// Whether a UTF-8 byte may start something to escape or replace (ASCII specials, controls,
    /// and lead bytes of C1 controls and non-characters, which are checked precisely later).
    private static func needsAttention(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x00..<0x20: byte != 0x09 && byte != 0x0A && byte != 0x0D
        case 0x7F, 0xC2, 0xEF, 0xF0...0xF4: true
        default: false
        }
    }

    /// Code points that are errors in an HTML document however they are written.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }
}
