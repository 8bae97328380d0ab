import TamayuzCore

/// How the reports write numbers: always from the value rounded as the engine rounds
/// (``Precision``, half away from zero), never `-0`, in the report's ``DigitStyle``.
///
/// Formatting is done here rather than by a locale, so the same number is written the same way
/// on every machine. The text, JSON and CSV reports write Western digits with an ASCII minus
/// (``plain``); the HTML report its own digits, a typographic minus, and signed numbers isolated
/// left-to-right on a right-to-left page, so "+3.5" does not read "3.5+".
package struct NumberStyle: Sendable {
    package var digits: DigitStyle
    /// The sign of a negative signed difference: `-` in text, `−` (U+2212) in HTML.
    package var minus: String
    /// Whether signed numbers are isolated left-to-right (a right-to-left page).
    package var isolatesSigned: Bool

    package init(digits: DigitStyle = .western, minus: String = "-", isolatesSigned: Bool = false) {
        self.digits = digits
        self.minus = minus
        self.isolatesSigned = isolatesSigned
    }

    /// Western digits and an ASCII minus: the text, JSON and CSV reports.
    package static let plain = NumberStyle()

    /// `value` with exactly `places` decimals: `fixed(68.45, 1)` is `68.5`, `fixed(2, 2)` `2.00`.
    /// A value that is not finite prints as `—`.
    package func fixed(_ value: Double, places: Int) -> String {
        Self.decimal(value, places: places, trim: false).map(digits.convert) ?? "—"
    }

    /// `value` with at most `places` decimals, trailing zeros trimmed: `shortest(0.5, 6)` is
    /// `0.5`, `shortest(70, 6)` `70`, `shortest(1/3, 6)` `0.333333`. Not finite: `null`.
    package func shortest(_ value: Double, places: Int) -> String {
        Self.decimal(value, places: places, trim: true).map(digits.convert) ?? "null"
    }

    /// At least `minimum` and at most `maximum` decimals: `0.5` → `0.50`, `0.125` → `0.125`.
    package func between(_ value: Double, minimum: Int, maximum: Int) -> String {
        guard let text = Self.decimal(value, places: maximum, trim: true) else { return "—" }
        let decimals = text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        guard decimals < minimum else { return digits.convert(text) }
        return digits.convert(text + (decimals == 0 ? "." : "") + String(repeating: "0", count: minimum - decimals))
    }

    /// A whole number in the report's digits.
    package func integer(_ value: Int) -> String {
        digits.convert(String(value))
    }

    /// A fraction in [0, 1] as a percentage with `places` decimals: `percent(0.685, 1)` is `68.5%`.
    package func percent(_ fraction: Double, places: Int) -> String {
        fixed(fraction * 100, places: places) + digits.percentSign
    }

    /// A signed difference with `places` decimals: `+3.5`, `-2.0` (or `−2.0`), `0.0`.
    package func signed(_ value: Double, places: Int) -> String {
        let rounded = Precision.round(value, places: places)
        let text = rounded > 0 ? "+" + fixed(rounded, places: places)
            : rounded < 0 ? minus + fixed(-rounded, places: places)
            : fixed(0, places: places)
        return isolatesSigned && rounded != 0 ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// A value as an author wrote it: whole numbers without a point, others in Swift's shortest
    /// exact form (`0.1`, `1e-05`).
    package func exact(_ value: Double) -> String {
        digits.convert(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    /// `value` at `places` decimals in Western digits with a point, `0` when not finite: what
    /// sort keys and SVG coordinates use.
    package static func machine(_ value: Double, places: Int) -> String {
        decimal(value, places: places, trim: false) ?? "0"
    }

    /// The decimal digits of `value` rounded at `places`, without Foundation: the rounded value
    /// is scaled to an integer count of 10^-places units and printed from that integer.
    private static func decimal(_ value: Double, places: Int, trim: Bool) -> String? {
        guard value.isFinite else { return nil }
        let places = max(0, min(places, 9))
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (Precision.round(value, places: places) * Double(scale)).rounded()
        guard scaled.magnitude < 9e18 else { return value.description }
        let units = Int64(scaled)
        var fraction = units.magnitude % scale
        var decimals = places
        if trim {
            while decimals > 0, fraction % 10 == 0 {
                fraction /= 10
                decimals -= 1
            }
        }
        // No sign on zero: -0.04 at one decimal is "0.0", not "-0.0".
        var text = units < 0 ? "-" : ""
        text += String(units.magnitude / scale)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }
}
