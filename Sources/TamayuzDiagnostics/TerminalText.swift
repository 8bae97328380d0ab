/// Text from inputs made safe for a terminal: control characters (C0, DEL, C1 — ESC among them)
/// could clear the jury's screen, retitle the window or hide lines, so each becomes U+FFFD.
/// Line breaks and tabs survive only where `keepLayout` asks for them (whole outputs), never in a
/// single cell or message.
public enum TerminalText {
    public static func safe(_ text: String, keepLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepLayout: keepLayout) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isControl(scalar, keepLayout: keepLayout) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar, keepLayout: Bool) -> Bool {
        if keepLayout, scalar == "\n" || scalar == "\t" || scalar == "\r" { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
