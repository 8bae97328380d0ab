#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An attribute as written in a start tag.
struct ScannedAttribute {
    /// The qualified name's bytes, e.g. `xml:lang`.
    var name: Range<Int>
    var location: LineColumn
    /// The first character after the opening quote.
    var valueLocation: LineColumn
    /// The value as written, kept only when it differs character for character from the parsed
    /// value (it holds references or line breaks), so offsets into the value can be mapped back.
    var rawValue: String?
}

/// A start tag as written in the source.
struct ScannedTag {
    /// The qualified name's bytes.
    var name: Range<Int>
    /// The `<` that opens the tag.
    var location: LineColumn
    /// In source order, namespace declarations included.
    var attributes: [ScannedAttribute]
}

/// Finds the start tags of a well-formed, DOCTYPE-free document in order, with where each tag and
/// each of its attributes is, in one forward pass.
///
/// The n-th start tag in the source is the n-th element in document order: comments, CDATA
/// sections, processing instructions and end tags are skipped, and since Tamayuz refuses DTDs no
/// entity can add elements. Inside a start tag values are quoted and never hold a raw `<`, so a
/// small scanner is exact. Runs on text libxml2 has already accepted; on anything unexpected it
/// returns `nil` and the caller falls back to libxml2's line numbers.
struct StartTagScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private var tracker: PositionTracker

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.offset = start
        self.tracker = PositionTracker(bytes: bytes, start: start)
    }

    /// The bytes of a name the scanner returned.
    func name(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The next start tag, or `nil` at the end of the text.
    mutating func next() -> ScannedTag? {
        while let open = firstIndex(of: UInt8(ascii: "<"), from: offset) {
            offset = open + 1
            guard offset < bytes.count else { return nil }
            switch bytes[offset] {
            case UInt8(ascii: "!"):
                if hasPrefix("<!--", at: open) {
                    skip(past: "-->", from: open + 4)
                } else if hasPrefix("<![CDATA[", at: open) {
                    skip(past: "]]>", from: open + 9)
                } else {
                    skip(past: ">", from: offset)
                }
            case UInt8(ascii: "?"):
                skip(past: "?>", from: offset + 1)
            case UInt8(ascii: "/"):
                skip(past: ">", from: offset)
            default:
                return startTag(at: open)
            }
        }
        offset = bytes.count
        return nil
    }

    private mutating func startTag(at open: Int) -> ScannedTag? {
        let location = tracker.advance(to: open)
        var cursor = open + 1
        let nameStart = cursor
        while cursor < bytes.count, !isSpace(bytes[cursor]),
            bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "/")
        {
            cursor += 1
        }
        var tag = ScannedTag(name: nameStart..<cursor, location: location, attributes: [])
        while true {
            cursor = skipSpaces(from: cursor)
            guard cursor < bytes.count else { return nil }
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") {
                offset = cursor + 1
                return tag
            }
            let attributeStart = cursor
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "=") {
                cursor += 1
            }
            let attributeName = attributeStart..<cursor
            cursor = skipSpaces(from: cursor)
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { return nil }
            cursor = skipSpaces(from: cursor + 1)
            guard cursor < bytes.count else { return nil }
            let quote = bytes[cursor]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let valueStart = cursor + 1
            guard let close = firstIndex(of: quote, from: valueStart) else { return nil }
            let nameLocation = tracker.advance(to: attributeStart)
            let valueLocation = tracker.advance(to: valueStart)
            var rawValue: String?
            if bytes[valueStart..<close].contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0A || $0 == 0x0D }) {
                rawValue = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<close]), as: UTF8.self)
            }
            tag.attributes.append(
                ScannedAttribute(name: attributeName, location: nameLocation, valueLocation: valueLocation, rawValue: rawValue))
            cursor = close + 1
        }
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private func skipSpaces(from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private func hasPrefix(_ text: StaticString, at start: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let pattern = text.utf8Start
        for index in 0..<count where bytes[start + index] != pattern[index] {
            return false
        }
        return true
    }

    /// Moves `offset` just past the next `terminator` at or after `start`, or to the end.
    private mutating func skip(past terminator: StaticString, from start: Int) {
        let first = terminator.utf8Start.pointee
        var cursor = start
        while let candidate = firstIndex(of: first, from: cursor) {
            if hasPrefix(terminator, at: candidate) {
                offset = candidate + terminator.utf8CodeUnitCount
                return
            }
            cursor = candidate + 1
        }
        offset = bytes.count
    }
}

extension StartTagScanner {
    /// Whether the qualified name at `range` is `prefix:local` (or `local` without a prefix).
    func name(_ range: Range<Int>, is prefix: UnsafePointer<UInt8>?, _ local: UnsafePointer<UInt8>) -> Bool {
        let written = name(range)
        var index = 0
        func consume(_ part: UnsafePointer<UInt8>) -> Bool {
            var pointer = part
            while pointer.pointee != 0 {
                guard index < written.count, written[index] == pointer.pointee else { return false }
                index += 1
                pointer += 1
            }
            return true
        }
        if let prefix {
            guard consume(prefix), index < written.count, written[index] == UInt8(ascii: ":") else { return false }
            index += 1
        }
        return consume(local) && index == written.count
    }
}
