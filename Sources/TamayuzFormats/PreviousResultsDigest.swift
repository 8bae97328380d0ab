/// The few fields the previous cycle needs, cut out of a JSON results file in one pass, as a
/// small JSON text of the same meaning: `schema`, `kind`, `criteria.id`, `criteria.version`, and
/// per agency `id`, `rank` and `displayTotal`, each value's text as written. Everything else
/// (every agency's score tree: nearly all of a results file) is checked to be JSON and skipped,
/// so a 31 MiB file no longer becomes gigabytes of Foundation objects.
///
/// Iterative, so nesting costs no call stack. Nil when the text is not JSON, or names a key the
/// digest needs with an escape (such files are left to `JSONSerialization` whole, so their
/// outcome and message are what they always were). A container where a kept value belongs is
/// kept whole up to `keptContainerLimit` bytes, else as an empty one of its kind (it is refused
/// either way).
struct PreviousResultsDigest {
    static let keptContainerLimit = 1024
    let bytes: [UInt8]
    var index = 0

    /// - Throws: a key written twice in one object (JSONSerialization keeps either silently).
    static func digest(_ bytes: [UInt8]) throws(DuplicateKey) -> [UInt8]? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var digest = PreviousResultsDigest(bytes: bytes)
        do {
            return try digest.root()
        } catch {
            if let duplicate = error.duplicate { throw duplicate }
            return nil
        }
    }

    /// A key that an object names twice, and the byte offset of the second.
    struct DuplicateKey: Error {
        var key: String
        var offset: Int
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    struct NotJSON: Error {
        /// Set when the text is JSON but an object repeats a key.
        var duplicate: DuplicateKey?
    }

    /// The root object, reduced; anything but an object is kept as written (small or refused).
    private mutating func root() throws(NotJSON) -> [UInt8] {
        skipSpaces()
        guard peek == UInt8(ascii: "{") else { return try kept(value()) + trailer() }
        var output = Array("{".utf8)
        try members { (digest, key) throws(NotJSON) in
            switch key {
            case "schema", "kind": try digest.append(key, digest.kept(digest.value()), to: &output)
            case "criteria": try digest.append(key, digest.object(keeping: ["id", "version"]), to: &output)
            case "agencies": try digest.append(key, digest.agencies(), to: &output)
            default: _ = try digest.value()
            }
        }
        return try output + Array("}".utf8) + trailer()
    }

    /// Nothing but spaces may follow the root.
    private mutating func trailer() throws(NotJSON) -> [UInt8] {
        skipSpaces()
        guard index == bytes.count else { throw NotJSON() }
        return []
    }

    private func append(_ key: String, _ value: [UInt8], to output: inout [UInt8]) {
        if output.count > 1 { output.append(UInt8(ascii: ",")) }
        output += Array("\"\(key)\":".utf8) + value
    }

    /// The agencies array with each agency object reduced to its id, rank and total.
    private mutating func agencies() throws(NotJSON) -> [UInt8] {
        skipSpaces()
        guard peek == UInt8(ascii: "[") else { return try kept(value()) }
        index += 1
        var output = Array("[".utf8)
        skipSpaces()
        if peek == UInt8(ascii: "]") {
            index += 1
            return output + Array("]".utf8)
        }
        while true {
            skipSpaces()
            if output.count > 1 { output.append(UInt8(ascii: ",")) }
            output += try peek == UInt8(ascii: "{") ? object(keeping: ["id", "rank", "displayTotal"]) : kept(value())
            skipSpaces()
            guard let next = peek else { throw NotJSON() }
            index += 1
            if next == UInt8(ascii: "]") { return output + Array("]".utf8) }
            guard next == UInt8(ascii: ",") else { throw NotJSON() }
        }
    }

    /// An object reduced to the members named in `names` (in order, repeats included).
    private mutating func object(keeping names: Set<String>) throws(NotJSON) -> [UInt8] {
        skipSpaces()
        guard peek == UInt8(ascii: "{") else { return try kept(value()) }
        var output = Array("{".utf8)
        try members { (digest, key) throws(NotJSON) in
            let value = try digest.value()
            if names.contains(key) { digest.append(key, digest.kept(value), to: &output) }
        }
        return output + Array("}".utf8)
    }

    /// Reads an object's members, handing each key to `member`, which must read the value.
    private mutating func members(_ member: (inout PreviousResultsDigest, String) throws(NotJSON) -> Void) throws(NotJSON) {
        index += 1
        skipSpaces()
        if peek == UInt8(ascii: "}") {
            index += 1
            return
        }
        var seen = Set<ArraySlice<UInt8>>()
        while true {
            skipSpaces()
            let key = try string()
            let text = bytes[(key.lowerBound + 1)..<(key.upperBound - 1)]
            guard !text.contains(UInt8(ascii: "\\")) else { throw NotJSON() }
            guard seen.insert(text).inserted else {
                throw NotJSON(duplicate: DuplicateKey(key: String(decoding: text, as: UTF8.self), offset: key.lowerBound))
            }
            skipSpaces()
            guard peek == UInt8(ascii: ":") else { throw NotJSON() }
            index += 1
            try member(&self, String(decoding: text, as: UTF8.self))
            skipSpaces()
            guard let next = peek else { throw NotJSON() }
            index += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else { throw NotJSON() }
        }
    }

    /// A value's text as written, or an empty container of its kind when it is a large one.
    private func kept(_ range: Range<Int>) -> [UInt8] {
        let first = bytes[range.lowerBound]
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "["), range.count > Self.keptContainerLimit else {
            return Array(bytes[range])
        }
        return first == UInt8(ascii: "{") ? Array("{}".utf8) : Array("[]".utf8)
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }
}
