/// Checks a ZIP package's directory before ZIPFoundation reads it: every offset and size it will
/// follow must stay inside the bytes. ZIPFoundation trusts them — an in-memory archive whose
/// directory points past its end traps (a range with its bounds reversed), and one without a
/// whole end-of-directory record leaks — so a package is handed over only once this passes.
/// ZIP64 packages (over 4 GB or 65,535 entries, never a workbook within the limits) are refused.
enum ZIPDirectory {
    /// Why the package's directory cannot be followed, or nil when it can.
    static func problem(in bytes: [UInt8]) -> String? {
        guard let end = directoryEnd(bytes) else { return "no whole ZIP directory at its end (cut short?)" }
        let count = u16(bytes, end + 10)
        let size = u32(bytes, end + 12)
        let start = u32(bytes, end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF || end >= 20 && matches(bytes, end - 20, [0x50, 0x4B, 0x06, 0x07]) {
            return "a ZIP64 package (larger than a workbook can be)"
        }
        guard start + size <= end else { return "its ZIP directory points outside the file" }
        var position = start
        for _ in 0..<count {
            guard position + 46 <= start + size, matches(bytes, position, [0x50, 0x4B, 0x01, 0x02]) else {
                return "its ZIP directory is damaged"
            }
            let length = 46 + u16(bytes, position + 28) + u16(bytes, position + 30) + u16(bytes, position + 32)
            guard position + length <= start + size else { return "its ZIP directory is damaged" }
            if let problem = entryProblem(bytes, directoryEntry: position, directoryStart: start) { return problem }
            position += length
        }
        return nil
    }

    /// The entry's local header and data lie before the directory, its data descriptor (if any)
    /// inside the file; no size is a ZIP64 marker. A stored entry's data is as long as its
    /// uncompressed size (ZIPFoundation reads that much, and looks for the descriptor after it).
    private static func entryProblem(_ bytes: [UInt8], directoryEntry entry: Int, directoryStart: Int) -> String? {
        let compressed = u32(bytes, entry + 20)
        let uncompressed = u32(bytes, entry + 24)
        let local = u32(bytes, entry + 42)
        guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
            return "a ZIP64 entry (larger than a workbook can be)"
        }
        guard local + 30 <= directoryStart, matches(bytes, local, [0x50, 0x4B, 0x03, 0x04]) else {
            return "an entry of its ZIP directory points outside the file"
        }
        let data = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
        let stored = u16(bytes, entry + 10) == 0
        let length = stored || u16(bytes, local + 8) == 0 ? max(compressed, uncompressed) : compressed
        let descriptor = u16(bytes, entry + 8) & 0x8 != 0 ? 16 : 0
        let descriptorStart = data + (stored ? uncompressed : compressed)
        guard data + length <= directoryStart, descriptorStart + descriptor <= bytes.count else {
            return "an entry's data runs outside the file"
        }
        return nil
    }

    /// The end-of-central-directory record's position, found as ZIPFoundation finds it (the last
    /// signature at least 22 bytes from the end), when it is whole with its comment.
    static func directoryEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        for start in stride(from: bytes.count - 22, through: 0, by: -1) where matches(bytes, start, [0x50, 0x4B, 0x05, 0x06]) {
            return start + 22 + u16(bytes, start + 20) <= bytes.count ? start : nil
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], _ at: Int, _ signature: [UInt8]) -> Bool {
        at >= 0 && at + signature.count <= bytes.count && bytes[at..<at + signature.count].elementsEqual(signature)
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> Int {
        u16(bytes, at) | u16(bytes, at + 2) << 16
    }
}
