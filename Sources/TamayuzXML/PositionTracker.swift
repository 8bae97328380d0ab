/// A line and a column, 1-based, the column counted in Unicode scalars.
struct LineColumn: Equatable {
    var line: Int
    var column: Int
}

/// Turns byte offsets in UTF-8 text into lines and columns, moving forward only, so that
/// locating every start tag of a document costs one pass over it.
///
/// A line ends at LF, CRLF or a lone CR (XML treats all three as one line break). A column counts
/// Unicode scalars: every byte that is not a UTF-8 continuation byte.
struct PositionTracker {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private var position = LineColumn(line: 1, column: 1)

    /// Starts at `start`, line 1 column 1 (`start` skips a byte-order mark).
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.offset = min(max(start, 0), bytes.count)
    }

    /// The position of the byte at `target`, which must not be before the last one asked for.
    mutating func advance(to target: Int) -> LineColumn {
        let target = min(target, bytes.count)
        assert(target >= offset, "PositionTracker only moves forward")
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                position.line += 1
                position.column = 1
            } else if byte == UInt8(ascii: "\r") {
                if offset + 1 >= bytes.count || bytes[offset + 1] != UInt8(ascii: "\n") {
                    position.line += 1
                    position.column = 1
                }
            } else if byte & 0xC0 != 0x80 {
                position.column += 1
            }
            offset += 1
        }
        return position
    }
}
