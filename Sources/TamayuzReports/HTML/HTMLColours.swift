import Foundation

/// An sRGB colour.
struct RGB: Sendable, Hashable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(_ hex: UInt32) {
        red = UInt8(truncatingIfNeeded: hex >> 16)
        green = UInt8(truncatingIfNeeded: hex >> 8)
        blue = UInt8(truncatingIfNeeded: hex)
    }

    var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }

    /// Relative luminance (WCAG 2.1).
    var luminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2.1 contrast ratio between two colours, from 1 to 21.
    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (light, dark) = a.luminance >= b.luminance ? (a.luminance, b.luminance) : (b.luminance, a.luminance)
        return (light + 0.05) / (dark + 0.05)
    }

    /// Black or white, whichever reads better on `background`.
    static func text(on background: RGB) -> RGB {
        contrast(.black, background) >= contrast(.white, background) ? .black : .white
    }

    static let black = RGB(0x000000)
    static let white = RGB(0xFFFFFF)
}

/// The report's colours. Every colour that carries text is listed in ``textPairs`` and tested
/// for a contrast of at least 4.5:1 (WCAG 2.1 AA); no information rests on colour alone.
enum HTMLColours {
    static let ink = RGB(0x1A1A1A)
    static let muted = RGB(0x545454)
    static let paper = RGB.white
    static let link = RGB(0x0B57A4)
    static let focus = RGB(0xB45309)
    static let rule = RGB(0xC8C8C8)
    static let stripe = RGB(0xF4F6F8)
    static let alertBackground = RGB(0xFFF4E5)
    static let alertInk = RGB(0x5C3200)
    static let headerBackground = RGB(0x0B3D66)
    static let headerInk = RGB.white
    static let notScoredBackground = RGB(0xEEEEEE)

    /// Chart colours (graphics: ≥ 3:1 against the paper).
    static let bar = RGB(0x3A7BBF)
    static let track = RGB(0xE3E7EB)
    static let median = RGB(0x111111)

    /// Heat-map steps for area scores in [0, 20), [20, 40), [40, 60), [60, 80), [80, 100] %.
    static let heat: [RGB] = [RGB(0xFFFFCC), RGB(0xC7E9B4), RGB(0x41B6C4), RGB(0x225EA8), RGB(0x0C2C84)]

    /// The heat step of a score in [0, 1].
    static func heatStep(_ score: Double) -> Int {
        min(heat.count - 1, max(0, Int((score * 100 + 1e-9) / 20)))
    }

    /// Band badge backgrounds, by band position (cycled).
    static let bands: [RGB] = [RGB(0xDDEFE3), RGB(0xE3ECFA), RGB(0xFDF3D6), RGB(0xFBE7DF), RGB(0xEDE6F6), RGB(0xEEEEEE)]

    /// Every (text, background) pair the report uses.
    static var textPairs: [(name: String, text: RGB, background: RGB)] {
        var pairs: [(String, RGB, RGB)] = [
            ("body", ink, paper), ("muted", muted, paper), ("link", link, paper), ("striped row", ink, stripe),
            ("muted on stripe", muted, stripe), ("link on stripe", link, stripe),
            ("alert", alertInk, alertBackground), ("header", headerInk, headerBackground),
            ("not scored", ink, notScoredBackground),
        ]
        for (step, colour) in heat.enumerated() { pairs.append(("heat \(step)", RGB.text(on: colour), colour)) }
        for (position, colour) in bands.enumerated() { pairs.append(("band \(position)", ink, colour)) }
        return pairs
    }
}
