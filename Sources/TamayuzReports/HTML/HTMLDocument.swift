/// Markup written verbatim into the report: the style sheet and the script. It can only be made
/// from string literals and numbers, never from a `String` read at run time, so no input can
/// reach the document unescaped.
struct TrustedMarkup: Sendable {
    let text: String

    init(_ literal: StaticString) {
        text = literal.description
    }

    /// A colour as `#rrggbb`.
    init(_ colour: RGB) {
        text = colour.hex
    }

    /// A whole number.
    init(_ number: Int) {
        text = String(number)
    }

    /// A quoted CSS string holding `value`: ASCII letters, digits and spaces as they are, every
    /// other character as a CSS escape (`\\` and its code point in hex, then a space), so that
    /// the text can neither end the string nor the `<style>` element.
    init(cssString value: String) {
        var css = "\""
        for scalar in value.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ") {
                css.unicodeScalars.append(scalar)
            } else {
                css += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        text = css + "\""
    }

    private init(joined: String) {
        text = joined
    }

    static func + (lhs: TrustedMarkup, rhs: TrustedMarkup) -> TrustedMarkup {
        TrustedMarkup(joined: lhs.text + rhs.text)
    }

    static func += (lhs: inout TrustedMarkup, rhs: TrustedMarkup) {
        lhs = lhs + rhs
    }
}

/// Attributes in the order written; a nil value leaves the attribute out, "" writes `name=""`.
typealias HTMLAttributes = KeyValuePairs<StaticString, String?>

/// Builds an HTML document. Element and attribute names are literals; every text and attribute
/// value goes through ``HTMLEscaping``: there is no method that writes a run-time string
/// unescaped.
struct HTMLBuilder {
    private(set) var html = ""

    init(capacity: Int = 1 << 16) {
        html.reserveCapacity(capacity)
    }

    /// Escaped text.
    mutating func text(_ text: String) {
        HTMLEscaping.append(text, to: &html)
    }

    /// Markup built from literals only (style sheet, script, doctype).
    mutating func trusted(_ markup: TrustedMarkup) {
        html += markup.text
    }

    /// A JSON document inside a `<script type="application/json">` data block, whose text the
    /// HTML parser does not unescape: every `<`, `>`, `&` and `'` (which JSON has only inside
    /// strings) is written as its `\u` escape, so neither `</script` nor `<!--` can occur, no
    /// markup-looking text is left for a careless reader of the file, and the JSON parses to the
    /// same value.
    mutating func jsonData(_ json: String) {
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": html += "\\u003c"
            case ">": html += "\\u003e"
            case "&": html += "\\u0026"
            case "'": html += "\\u0027"
            default: html.unicodeScalars.append(scalar)
            }
        }
    }

    /// `<name attributes>content</name>`.
    mutating func element(_ name: StaticString, _ attributes: HTMLAttributes = [:], _ content: (inout HTMLBuilder) -> Void) {
        open(name, attributes)
        content(&self)
        close(name)
    }

    /// `<name attributes>escaped text</name>`.
    mutating func element(_ name: StaticString, _ attributes: HTMLAttributes = [:], text: String) {
        open(name, attributes)
        HTMLEscaping.append(text, to: &html)
        close(name)
    }

    /// A void element (`<meta>`, `<br>`) or a self-closed SVG element (`<rect/>`).
    mutating func void(_ name: StaticString, _ attributes: HTMLAttributes = [:], selfClosing: Bool = false) {
        open(name, attributes, end: selfClosing ? "/>" : ">")
    }

    private mutating func open(_ name: StaticString, _ attributes: HTMLAttributes, end: String = ">") {
        assert(Self.isName(name), "not an element name: \(name)")
        html += "<"
        html += name.description
        for (attribute, value) in attributes {
            guard let value else { continue }
            assert(Self.isName(attribute), "not an attribute name: \(attribute)")
            html += " "
            html += attribute.description
            html += "=\""
            HTMLEscaping.append(value, to: &html)
            html += "\""
        }
        html += end
    }

    private mutating func close(_ name: StaticString) {
        html += "</"
        html += name.description
        html += ">"
    }

    /// Lower-case letters, digits, `-` and `:` (checked in debug builds: names are literals).
    private static func isName(_ name: StaticString) -> Bool {
        let text = name.description
        return !text.isEmpty && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
    }
}
