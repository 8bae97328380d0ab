#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Refuses, before libxml2 sees them, inputs that would make it work in quadratic time or that
/// this check cannot see through.
///
/// libxml2 compares every attribute of a start tag with every earlier one, and appends each to the
/// element by walking its list: 100,000 attributes in a 1 MB file take it over ten seconds. So a
/// start tag may have at most `maximumAttributes` attributes (namespace declarations included).
///
/// Counting them needs the markup characters `<`, `>`, `=`, `"` and `'` to be recognisable in the
/// raw bytes. That holds for UTF-8, UTF-16 (scanned as 16-bit units) and encodings whose bytes
/// below 0x80 are always ASCII (single-byte encodings such as windows-1256 and ISO-8859-6, and
/// the common East Asian multi-byte ones). Any other encoding (UTF-7, ISO-2022, EBCDIC, UCS-4, …)
/// could hide markup from the count, and is refused, wherever in the XML declaration it is
/// named. The same scan counts namespace declarations (`maximumNamespaceDeclarations`).
enum InputGuard {
    static let maximumAttributes = 256
    /// The most namespace declarations (`xmlns`, `xmlns:p`) in a whole document. libxml2 looks a
    /// start tag's namespace up by walking every declaration in scope, so 250 levels of 255
    /// declarations each made every element below them cost 63,750 steps (a million empty
    /// elements: half a minute). Real criteria and assessments declare one or two.
    static let maximumNamespaceDeclarations = 256

    /// Readies libxml2 and throws a located error if the input must not be given to it: empty,
    /// over 2 GiB (libxml2 counts in `Int32`), or refused by `check`.
    static func admit(_ bytes: [UInt8], fileName: String) throws(DiagnosticError) {
        LibXML.initialise()
        let start = SourceLocation(file: fileName, line: 1, column: 1)
        guard !bytes.isEmpty else { throw DiagnosticError(start, "Document is empty") }
        guard bytes.count <= Int(Int32.max) else {
            throw DiagnosticError(start, "document is too large to parse (\(bytes.count) bytes)")
        }
        try check(bytes, fileName: fileName)
    }

    /// Throws a located error if the input must not be given to libxml2.
    static func check(_ bytes: [UInt8], fileName: String) throws(DiagnosticError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) in
            switch detectUnits(buffer) {
            case .bytes:
                try checkDeclaredEncoding(buffer, fileName: fileName)
                try checkAttributeCounts(ByteUnits(buffer: buffer), fileName: fileName)
            case .utf16(let bigEndian):
                try checkAttributeCounts(UTF16Units(buffer: buffer, bigEndian: bigEndian), fileName: fileName)
            case .unsupported(let name):
                throw DiagnosticError(
                    SourceLocation(file: fileName, line: 1, column: 1),
                    "\(name) documents are not supported: use UTF-8, UTF-16 or a single-byte encoding such as windows-1256"
                )
            }
        }
    }

    // MARK: - Encodings

    private enum UnitKind {
        case bytes
        case utf16(bigEndian: Bool)
        case unsupported(String)
    }

    /// How libxml2 will read the first bytes (XML 1.0 appendix F).
    private static func detectUnits(_ bytes: UnsafeBufferPointer<UInt8>) -> UnitKind {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 0x3C), (0x3C, 0x00, 0x00, 0x00),
            (0x00, 0x00, 0x3C, 0x00), (0x00, 0x3C, 0x00, 0x00):
            return .unsupported("UCS-4")
        case (0x4C, 0x6F, 0xA7, 0x94):
            return .unsupported("EBCDIC")
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, 0x00, 0x3F):
            return .utf16(bigEndian: true)
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, 0x3F, 0x00):
            return .utf16(bigEndian: false)
        default:
            return .bytes
        }
    }

    /// Encodings in which a byte below 0x80 is always that ASCII character, by canonical name
    /// (upper case, `_` written `-`); ISO-8859-n, windows-125n and CP125n are matched by pattern.
    private static let asciiTransparent: Set<String> = [
        "UTF-8", "UTF8", "UTF-16", "UTF16", "US-ASCII", "ASCII", "ISO-LATIN-1", "LATIN1", "KOI8-R", "KOI8-U",
        "SHIFT-JIS", "SJIS", "EUC-JP", "EUC-KR", "GB2312", "GBK", "GB18030", "BIG5",
    ]

    private static func isASCIITransparent(_ name: String) -> Bool {
        let canonical = name.uppercased().replacing("_", with: "-")
        if asciiTransparent.contains(canonical) { return true }
        for prefix in ["ISO-8859-", "ISO8859-", "WINDOWS-125", "CP125"] where canonical.hasPrefix(prefix) {
            let rest = canonical.dropFirst(prefix.count)
            return !rest.isEmpty && rest.count <= 2 && rest.allSatisfy(\.isASCIIDigitCharacter)
        }
        return false
    }

    /// Refuses an encoding declaration this guard cannot see through, or one that contradicts a
    /// UTF-8 byte-order mark (libxml2 2.9 would follow the declaration and garble the text);
    /// located at the declared name.
    private static func checkDeclaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(DiagnosticError)
    {
        guard let (name, offset) = declaredEncoding(bytes) else { return }
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let message: String
        if !isASCIITransparent(name) {
            message =
                "encoding '\(name)' is not supported: use UTF-8, UTF-16 or a single-byte encoding such as windows-1256"
        } else if hasByteOrderMark, !["UTF-8", "UTF8"].contains(name.uppercased()) {
            message = "the file starts with a UTF-8 byte-order mark but declares encoding '\(name)'"
        } else {
            return
        }
        var tracker = PositionTracker(bytes: bytes, start: hasByteOrderMark ? 3 : 0)
        let position = tracker.advance(to: offset)
        throw DiagnosticError(SourceLocation(file: fileName, line: position.line, column: position.column), message)
    }

    /// The `encoding` of an XML declaration at the start of ASCII-compatible bytes, and where its
    /// value starts. The whole declaration is read, to its `>`, however long (spaces before
    /// `encoding=` once hid a UTF-7 declaration from a 512-byte window); linear in its length.
    private static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let rest = bytes[start...]
        guard rest.starts(with: Array("<?xml".utf8)) else { return nil }
        let declaration = rest[..<(ByteUnits(buffer: bytes).index(of: 0x3E, from: start) ?? bytes.count)]
        guard let found = keyword("encoding", in: declaration) else { return nil }
        var index = found
        func skipSpaces() {
            while index < declaration.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(declaration[index]) { index += 1 }
        }
        skipSpaces()
        guard index < declaration.endIndex, declaration[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        guard index < declaration.endIndex,
            declaration[index] == UInt8(ascii: "\"") || declaration[index] == UInt8(ascii: "'")
        else { return nil }
        let quote = declaration[index]
        let valueStart = index + 1
        guard let valueEnd = declaration[valueStart...].firstIndex(of: quote) else { return nil }
        return (String(decoding: declaration[valueStart..<valueEnd], as: UTF8.self), valueStart)
    }

    /// The index just after the first occurrence of `word` in `text`.
    private static func keyword(_ word: String, in text: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let word = Array(word.utf8)
        var index = text.startIndex
        while index + word.count <= text.endIndex {
            if text[index..<(index + word.count)].elementsEqual(word) { return index + word.count }
            index += 1
        }
        return nil
    }

    // MARK: - Counting attributes

    /// Counts `=` outside quoted values from each `<` to the `>` that ends its tag. libxml2 never
    /// lets a tag run past a raw `<`, and stops reading attributes at the first syntax error, up
    /// to which this count agrees with it; so the count is never below libxml2's. Comments, CDATA
    /// and processing instructions are not skipped: a fake tag inside one can only raise the
    /// count. The attribute names before the `=`s are read back to count namespace declarations
    /// (each name once, so the scan stays linear in the input).
    private static func checkAttributeCounts<Units: CodeUnits>(_ units: Units, fileName: String) throws(DiagnosticError) {
        var index = 0
        var namespaceDeclarations = 0
        while let open = units.index(of: Markup.lessThan, from: index) {
            index = open + 1
            var count = 0
            var quote: UInt16?
            while index < units.count {
                let unit = units[index]
                if unit == Markup.lessThan { break }
                index += 1
                if let open = quote {
                    if unit == open { quote = nil }
                } else if unit == Markup.doubleQuote || unit == Markup.singleQuote {
                    quote = unit
                } else if unit == Markup.greaterThan {
                    break
                } else if unit == Markup.equals {
                    count += 1
                    if isNamespaceDeclaration(units, before: index - 1) { namespaceDeclarations += 1 }
                    if count > maximumAttributes {
                        throw DiagnosticError(
                            units.location(of: open, fileName: fileName),
                            "start tag has more than \(maximumAttributes) attributes; at most \(maximumAttributes) are allowed"
                        )
                    }
                    if namespaceDeclarations > maximumNamespaceDeclarations {
                        throw DiagnosticError(
                            units.location(of: open, fileName: fileName),
                            "the document declares more than \(maximumNamespaceDeclarations) namespaces; at most \(maximumNamespaceDeclarations) are allowed"
                        )
                    }
                }
            }
        }
    }

    /// Whether the name before the `=` at `equals` is `xmlns` or `xmlns:…`. Reads back over
    /// spaces and the name only, stopping at markup, so no unit is read back twice.
    private static func isNamespaceDeclaration<Units: CodeUnits>(_ units: Units, before equals: Int) -> Bool {
        var end = equals
        while end > 0, Markup.isSpace(units[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !Markup.isSpace(units[start - 1]), !Markup.isDelimiter(units[start - 1]) { start -= 1 }
        // "xmlns", then the end of the name or a colon.
        guard end - start >= 5, units[start] == 0x78, units[start + 1] == 0x6D, units[start + 2] == 0x6C,
              units[start + 3] == 0x6E, units[start + 4] == 0x73
        else { return false }
        return end - start == 5 || units[start + 5] == 0x3A
    }
}

/// The markup characters the guard looks for, as code units.
private enum Markup {
    static let lessThan: UInt16 = 0x3C
    static let greaterThan: UInt16 = 0x3E
    static let equals: UInt16 = 0x3D
    static let doubleQuote: UInt16 = 0x22
    static let singleQuote: UInt16 = 0x27
    /// XML white space. A switch, not a set: it is asked of every unit of every attribute name.
    @inline(__always) static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0A, 0x0D: true
        default: false
        }
    }

    @inline(__always) static func isDelimiter(_ unit: UInt16) -> Bool {
        switch unit {
        case lessThan, greaterThan, equals, doubleQuote, singleQuote: true
        default: false
        }
    }
}

/// The input seen as a sequence of code units, for the markup characters only.
private protocol CodeUnits {
    var count: Int { get }
    subscript(index: Int) -> UInt16 { get }
    func index(of unit: UInt16, from start: Int) -> Int?
    func location(of index: Int, fileName: String) -> SourceLocation
}

private struct ByteUnits: CodeUnits {
    let buffer: UnsafeBufferPointer<UInt8>
    var count: Int { buffer.count }
    subscript(index: Int) -> UInt16 { UInt16(buffer[index]) }

    func index(of unit: UInt16, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
            let found = memchr(base + start, Int32(unit), buffer.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    func location(of index: Int, fileName: String) -> SourceLocation {
        var tracker = PositionTracker(bytes: buffer, start: buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        let position = tracker.advance(to: index)
        return SourceLocation(file: fileName, line: position.line, column: position.column)
    }
}

private struct UTF16Units: CodeUnits {
    let buffer: UnsafeBufferPointer<UInt8>
    let bigEndian: Bool
    var count: Int { buffer.count / 2 }

    subscript(index: Int) -> UInt16 {
        let first = UInt16(buffer[2 * index])
        let second = UInt16(buffer[2 * index + 1])
        return bigEndian ? first << 8 | second : second << 8 | first
    }

    func index(of unit: UInt16, from start: Int) -> Int? {
        var index = start
        while index < count {
            if self[index] == unit { return index }
            index += 1
        }
        return nil
    }

    func location(of target: Int, fileName: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = self[0] == 0xFEFF ? 1 : 0
        while index < target {
            let unit = self[index]
            if unit == 0x0A || (unit == 0x0D && (index + 1 >= count || self[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if unit != 0x0D && !(0xDC00...0xDFFF).contains(unit) {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: fileName, line: line, column: column)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
