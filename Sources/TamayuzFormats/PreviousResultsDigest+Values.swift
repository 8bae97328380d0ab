/// JSON values read and checked (RFC 8259), without building them: where each starts and ends.
extension PreviousResultsDigest {
    /// Any value, containers nested to any depth (an explicit stack of the open ones).
    mutating func value() throws(NotJSON) -> Range<Int> {
        skipSpaces()
        let start = index
        var open: [UInt8] = []
        while true {
            skipSpaces()
            guard let first = peek else { throw NotJSON() }
            switch first {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                index += 1
                skipSpaces()
                let close = first == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if peek == close {
                    index += 1
                } else {
                    open.append(first)
                    if first == UInt8(ascii: "{") { try key() }
                    continue
                }
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: try number()
            }
            // A value ended: close what it ends, or go on to the next member or element.
            while let container = open.last {
                skipSpaces()
                guard let next = peek else { throw NotJSON() }
                index += 1
                if next == UInt8(ascii: ",") {
                    if container == UInt8(ascii: "{") { try key() }
                    break
                }
                guard next == (container == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { throw NotJSON() }
                open.removeLast()
            }
            if open.isEmpty { return start..<index }
        }
    }

    /// A member's key and its colon.
    private mutating func key() throws(NotJSON) {
        skipSpaces()
        _ = try string()
        skipSpaces()
        guard peek == UInt8(ascii: ":") else { throw NotJSON() }
        index += 1
    }

    /// A string, quotes included: escapes checked, no raw control character.
    mutating func string() throws(NotJSON) -> Range<Int> {
        let start = index
        guard peek == UInt8(ascii: "\"") else { throw NotJSON() }
        index += 1
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return start..<index
            case UInt8(ascii: "\\"):
                guard let escaped = peek else { throw NotJSON() }
                index += 1
                if escaped == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        guard let digit = peek, digit.isHexDigit else { throw NotJSON() }
                        index += 1
                    }
                } else if !Array(#""\/bfnrt"#.utf8).contains(escaped) {
                    throw NotJSON()
                }
            case ..<0x20: throw NotJSON()
            default: continue
            }
        }
        throw NotJSON()
    }

    private mutating func literal(_ word: String) throws(NotJSON) {
        let word = Array(word.utf8)
        guard bytes.count - index >= word.count, bytes[index..<(index + word.count)].elementsEqual(word) else { throw NotJSON() }
        index += word.count
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func number() throws(NotJSON) {
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, first.isDigit else { throw NotJSON() }
        if first == UInt8(ascii: "0") { index += 1 } else { digits() }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard peek?.isDigit == true else { throw NotJSON() }
            digits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard peek?.isDigit == true else { throw NotJSON() }
            digits()
        }
    }

    private mutating func digits() {
        while peek?.isDigit == true { index += 1 }
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isHexDigit: Bool {
        isDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
