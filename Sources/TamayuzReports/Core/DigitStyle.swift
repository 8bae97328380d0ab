/// The digits numbers are written in (`--digits`): Western (0123456789, `.` and `%`) or
/// Arabic-Indic (٠١٢٣٤٥٦٧٨٩ with the Arabic decimal separator ٫ and percent sign ٪).
public enum DigitStyle: String, Sendable, CaseIterable {
    case western
    case arabicIndic = "arabic-indic"

    /// The percent sign that goes with the digits.
    public var percentSign: String {
        switch self {
        case .western: "%"
        case .arabicIndic: "٪"
        }
    }

    /// `text` with its Western digits written in this style (and `.` as `٫` for Arabic-Indic).
    public func convert(_ text: String) -> String {
        switch self {
        case .western: text
        case .arabicIndic: Self.arabicIndic(text, decimalSeparator: true, skippingPlaceholders: false)
        }
    }

    /// A phrase's own digits in this style, its placeholders (`{1}`) and points left alone.
    func convertingOutsidePlaceholders(_ phrase: String) -> String {
        switch self {
        case .western: phrase
        case .arabicIndic: Self.arabicIndic(phrase, decimalSeparator: false, skippingPlaceholders: true)
        }
    }

    /// The one Arabic-Indic converter: digit `d` becomes U+0660 + d.
    private static func arabicIndic(_ text: String, decimalSeparator: Bool, skippingPlaceholders: Bool) -> String {
        var output = String.UnicodeScalarView()
        var inPlaceholder = false
        for scalar in text.unicodeScalars {
            if skippingPlaceholders, scalar == "{" { inPlaceholder = true } else if scalar == "}" { inPlaceholder = false }
            if !inPlaceholder, ("0"..."9").contains(scalar) {
                output.append(Unicode.Scalar(0x0660 + scalar.value - 0x30)!)
            } else if decimalSeparator, scalar == "." {
                output.append("\u{066B}")
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }
}
