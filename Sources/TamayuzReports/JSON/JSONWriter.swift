import TamayuzCore

/// A small streaming JSON writer whose output is the same bytes for the same calls: keys in the
/// order written, numbers in one fixed form, two-space indentation.
///
/// - Numbers: at most 6 decimals, rounded half away from zero, trailing zeros trimmed (`0.5`,
///   `70`, `0.333333`); `-0` prints as `0`; NaN and infinities print as `null` (a score is
///   never one, so this is a guard, not a path).
/// - Strings: escaped per RFC 8259 — `"` and `\`, every control character U+0000…U+001F
///   (`\b \f \n \r \t` by name, the others as `\u00XX`), plus U+2028 and U+2029 (valid JSON, but
///   line breaks to JavaScript). Everything else is written as UTF-8, so Arabic stays readable.
/// - Layout: a container opened with `inline: true` (and everything inside it) is written on one
///   line, `{"a": 1, "b": [2, 3]}`; others put one member per line. Empty containers are `{}` and
///   `[]`. The document ends with a newline.
///
/// ```swift
/// var json = JSONWriter()
/// json.object { json in
///     json.field("id", "A1")
///     json.field("scores", inline: true) { json in json.element(0.5); json.element(1) }
/// }
/// json.output  // {\n  "id": "A1",\n  "scores": [0.5, 1]\n}\n
/// ```
///
/// Built to stream: a thousand agencies × thousands of nodes are appended as UTF-8 bytes as they
/// are walked, with no tree of values and no intermediate strings in between;
/// `flush(atLeast:_:)` hands the bytes written so far to a sink, so a large document need never
/// be held whole; `fragment()` and `element(fragment:)` let big elements be written apart (on
/// other cores) and spliced back in order.
package struct JSONWriter: Sendable {
    /// A value that is not a container.
    package enum Scalar: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
        ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
    {
        case null
        case bool(Bool)
        case int(Int)
        /// An unsigned integer written in full (a seed).
        case unsigned(UInt64)
        case number(Double)
        case string(String)

        package init(stringLiteral value: String) { self = .string(value) }
        package init(floatLiteral value: Double) { self = .number(value) }
        package init(integerLiteral value: Int) { self = .int(value) }
        package init(booleanLiteral value: Bool) { self = .bool(value) }
        package init(nilLiteral: ()) { self = .null }

        /// `.string`, or `.null` for nil.
        package static func orNull(_ value: String?) -> Scalar { value.map(Scalar.string) ?? .null }
        /// `.number`, or `.null` for nil.
        package static func orNull(_ value: Double?) -> Scalar { value.map(Scalar.number) ?? .null }
        /// `.int`, or `.null` for nil.
        package static func orNull(_ value: Int?) -> Scalar { value.map(Scalar.int) ?? .null }
    }

    private struct Level {
        var isObject: Bool
        var inline: Bool
        var count = 0
    }

    /// The text written so far (since the last `flush(atLeast:_:)`).
    package var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The UTF-8 bytes written so far (since the last `flush(atLeast:_:)`).
    private var bytes: [UInt8] = []
    private var levels: [Level] = []

    package init() {}

    /// Hands the bytes written so far to `sink` and forgets them, so that a large document can
    /// be written out piece by piece; does nothing while fewer than `minimum` bytes are waiting.
    package mutating func flush(atLeast minimum: Int = 0, _ sink: (UnsafeRawBufferPointer) -> Void) {
        guard bytes.count >= minimum, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Top level

    /// Writes the whole document (or the whole fragment) as one object.
    package mutating func object(inline: Bool = false, _ body: (inout JSONWriter) -> Void) {
        open(isObject: true, inline: inline)
        body(&self)
        close()
        if levels.isEmpty { bytes.append(0x0A) }
    }

    /// Writes the whole document (or the whole fragment) as one array.
    package mutating func array(inline: Bool = false, _ body: (inout JSONWriter) -> Void) {
        open(isObject: false, inline: inline)
        body(&self)
        close()
        if levels.isEmpty { bytes.append(0x0A) }
    }

    // MARK: Object members

    /// `"key": value` in the current object.
    package mutating func field(_ key: String, _ value: Scalar) {
        member(key)
        write(value)
    }

    /// `"key": [ … ]` of strings, written on one line.
    package mutating func field(_ key: String, strings: [String]) {
        field(key, array: true) { json in
            for string in strings { json.element(.string(string)) }
        }
    }

    /// `"key": { … }`.
    package mutating func field(_ key: String, inline: Bool = false, object body: (inout JSONWriter) -> Void) {
        member(key)
        object(inline: inline, body)
    }

    /// `"key": { … }` written from `value` when there is one, `"key": null` when there is none.
    package mutating func field<Value>(
        _ key: String, inline: Bool = false, ifPresent value: Value?, object body: (inout JSONWriter, Value) -> Void
    ) {
        guard let value else { return field(key, .null) }
        field(key, inline: inline) { json in body(&json, value) }
    }

    /// `"key": [ … ]`.
    package mutating func field(_ key: String, array inline: Bool, _ body: (inout JSONWriter) -> Void) {
        member(key)
        array(inline: inline, body)
    }

    // MARK: Array elements

    /// One element of the current array.
    package mutating func element(_ value: Scalar) {
        member(nil)
        write(value)
    }

    /// An object element of the current array.
    package mutating func element(inline: Bool = false, object body: (inout JSONWriter) -> Void) {
        member(nil)
        object(inline: inline, body)
    }

    /// An array element of the current array.
    package mutating func element(array inline: Bool, _ body: (inout JSONWriter) -> Void) {
        member(nil)
        array(inline: inline, body)
    }

    // MARK: Fragments

    /// An empty writer placed where this one's next array element goes: same depth, same
    /// inline-ness. Write one container into it (`object` or `array`), possibly on another thread,
    /// then splice it back with `element(fragment:)`; the bytes are the ones this writer would
    /// have written itself.
    package func fragment() -> JSONWriter {
        precondition(levels.last?.isObject == false, "JSONWriter: a fragment outside an array")
        var fragment = JSONWriter()
        fragment.levels = levels
        return fragment
    }

    /// Appends `fragment` (made by `fragment()` on this writer or a copy at the same place) as the
    /// next element of the current array.
    package mutating func element(fragment: JSONWriter) {
        assert(
            !fragment.bytes.isEmpty && fragment.levels.count == levels.count
                && fragment.levels.last?.inline == levels.last?.inline,
            "JSONWriter: an empty fragment, one from another place, or one with a container left open")
        member(nil)
        bytes.append(contentsOf: fragment.bytes)
    }

    // MARK: Text of scalars

    /// The JSON text of a number: at most 6 decimals, trailing zeros trimmed, `-0` as `0`, not
    /// finite as `null`.
    package static func number(_ value: Double) -> String {
        NumberStyle.plain.shortest(value, places: 6)
    }

    /// The JSON text of a string, quoted and escaped (see the type's documentation).
    package static func quoted(_ text: String) -> String {
        var result: [UInt8] = []
        appendQuoted(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `text` quoted and escaped, as UTF-8. Runs of bytes that need no escape are copied
    /// whole; escaping works on bytes (U+2028 and U+2029 are E2 80 A8 and E2 80 A9).
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: StaticString
                var length = 1
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && utf8[index + 2] == 0xA8:
                    escape = "\\u2028"
                    length = 3
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && utf8[index + 2] == 0xA9:
                    escape = "\\u2029"
                    length = 3
                case 0x00..<0x20:
                    escape = "\\u00"
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                if escape.utf8CodeUnitCount == 4 {  // \u00XX: two lower-case hex digits follow
                    let hex: StaticString = "0123456789abcdef"
                    output.append(hex.utf8Start[Int(byte >> 4)])
                    output.append(hex.utf8Start[Int(byte & 0x0F)])
                }
                index += length
                start = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        output.append(0x22)
    }

    // MARK: Layout

    private mutating func open(isObject: Bool, inline: Bool) {
        let inline = inline || (levels.last?.inline ?? false)
        levels.append(Level(isObject: isObject, inline: inline))
        bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
    }

    private mutating func close() {
        let level = levels.removeLast()
        if level.count > 0, !level.inline {
            bytes.append(0x0A)
            indent(levels.count)
        }
        bytes.append(level.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// Separator, indentation and (in an object) the key of the next member.
    private mutating func member(_ key: String?) {
        precondition(!levels.isEmpty, "JSONWriter: a member outside any container")
        let level = levels[levels.count - 1]
        precondition(level.isObject == (key != nil), "JSONWriter: a key in an array, or an element without a key in an object")
        if level.inline {
            if level.count > 0 { append(", ") }
        } else {
            append(level.count > 0 ? ",\n" : "\n")
            indent(levels.count)
        }
        levels[levels.count - 1].count += 1
        if let key {
            // Keys are the writer's own names: when no byte needs escaping (always, in practice)
            // they go out in one piece, followed by `": ` — a third of all the bytes written are
            // separators, and each append has a cost of its own.
            if key.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }) {
                bytes.append(0x22)
                bytes.append(contentsOf: key.utf8)
                append("\": ")
            } else {
                JSONWriter.appendQuoted(key, to: &bytes)
                append(": ")
            }
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func indent(_ depth: Int) {
        let count = 2 * depth
        if count <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[0..<count])
        } else {
            for _ in 0..<depth { append("  ") }
        }
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func write(_ value: Scalar) {
        switch value {
        case .null: append("null")
        case let .bool(flag): flag ? append("true") : append("false")
        case let .int(integer): appendInteger(UInt64(integer.magnitude), negative: integer < 0)
        case let .unsigned(integer): appendInteger(integer, negative: false)
        case let .number(number): appendNumber(number)
        case let .string(text): JSONWriter.appendQuoted(text, to: &bytes)
        }
    }

    /// The decimal digits of `magnitude` (at least `width` of them, zero-padded on the left),
    /// after a `-` if `negative`.
    private mutating func appendInteger(_ magnitude: UInt64, negative: Bool, width: Int = 1) {
        if negative { bytes.append(UInt8(ascii: "-")) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0 || digits.count - start < width
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Writes `number(value)` without building a `String`: the same rounding (half away from
    /// zero at 6 decimals, through ``Precision``), trailing zeros trimmed, no sign on zero, `null`
    /// when not finite.
    private mutating func appendNumber(_ value: Double) {
        guard value.isFinite else { return append("null") }
        let scale: UInt64 = 1_000_000
        let scaled = (Precision.round(value, places: 6) * Double(scale)).rounded()
        guard scaled.magnitude < 9e18 else {
            bytes.append(contentsOf: JSONWriter.number(value).utf8)
            return
        }
        let units = Int64(scaled)
        var fraction = units.magnitude % scale
        var decimals = 6
        while decimals > 0, fraction % 10 == 0 {
            fraction /= 10
            decimals -= 1
        }
        appendInteger(units.magnitude / scale, negative: units < 0)
        if decimals > 0 {
            bytes.append(UInt8(ascii: "."))
            appendInteger(fraction, negative: false, width: decimals)
        }
    }
}
