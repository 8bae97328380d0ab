/// What people type, read forgivingly (in XML values and workbook cells alike): Arabic-Indic
/// and Eastern Arabic-Indic digits and the Arabic decimal separator as Western digits and a
/// point, `yes`/`no` in Arabic, level labels in any language whatever their diacritics.
enum TypedAnswer {
    /// The text with Arabic-Indic digits (٠–٩, ۰–۹) as 0–9 and the Arabic decimal separator (٫)
    /// as a point.
    static func westernDigits(_ text: String) -> String {
        // Most answers are ASCII: returned as they are, with no new string per answer.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0660...0x0669: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9: result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)
            case 0x066B: result.unicodeScalars.append(".")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A percentage typed with its sign (`85%`, `85 %`, `٨٥٪`): the number before it.
    static func withoutPercentSign(_ text: String) -> String {
        guard let last = text.last, last == "%" || last == "٪" else { return text }
        return String(text.dropLast().reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Text compared as a label: letter case folded, Arabic diacritics and tatweel dropped,
    /// runs of white space made one space.
    static func folded(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) && $0.value != 0x0670 && $0.value != 0x0640 }
        return String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
