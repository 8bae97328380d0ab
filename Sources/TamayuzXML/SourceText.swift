import Clibxml2

/// A document's text in UTF-8, the form in which positions are computed.
///
/// A UTF-8 document is used as it is (after any byte-order mark). A document in another encoding
/// (UTF-16, windows-1256, …) is decoded with the same libxml2 converter the parser used, so the
/// start tags found in it are the elements libxml2 built.
struct SourceText {
    /// UTF-8 text.
    var bytes: [UInt8]
    /// Where line 1 column 1 is: just after a UTF-8 byte-order mark, if any.
    var start: Int
    /// Whether `bytes` are the input as given, so that libxml2's byte offsets into its input are
    /// offsets into `bytes`.
    var isInput: Bool

    /// The input as given when it is UTF-8 without any declared or detected other encoding.
    static func input(_ bytes: [UInt8]) -> SourceText {
        SourceText(bytes: bytes, start: hasUTF8ByteOrderMark(bytes) ? 3 : 0, isInput: true)
    }

    /// The text of a document libxml2 parsed, whose declared encoding is `declaredEncoding`;
    /// `nil` if it cannot be decoded (then positions fall back to libxml2's line numbers).
    static func decoding(_ bytes: [UInt8], declaredEncoding: String?) -> SourceText? {
        let detected = bytes.withUnsafeBufferPointer { buffer in
            xmlDetectCharEncoding(buffer.baseAddress, Int32(min(buffer.count, 4)))
        }
        let handler: UnsafeMutablePointer<xmlCharEncodingHandler>?
        switch detected {
        case XML_CHAR_ENCODING_UTF16LE, XML_CHAR_ENCODING_UTF16BE:
            // A byte-order mark decides; libxml2 ignores a declaration that contradicts it.
            handler = xmlGetCharEncodingHandler(detected)
        case _ where declaredEncoding.map(isUTF8Name) == false:
            handler = xmlFindCharEncodingHandler(declaredEncoding)
        case XML_CHAR_ENCODING_NONE, XML_CHAR_ENCODING_UTF8:
            return input(bytes)
        default:
            handler = xmlGetCharEncodingHandler(detected)
        }
        guard let handler else { return nil }
        defer { xmlCharEncCloseFunc(handler) }
        guard let decoded = convert(bytes, with: handler) else { return nil }
        return SourceText(bytes: decoded, start: hasUTF8ByteOrderMark(decoded) ? 3 : 0, isInput: false)
    }

    private static func isUTF8Name(_ name: String) -> Bool {
        let upper = name.uppercased()
        return upper == "UTF-8" || upper == "UTF8"
    }

    private static func hasUTF8ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// Converts the whole input to UTF-8 with a libxml2 converter.
    private static func convert(
        _ bytes: [UInt8], with handler: UnsafeMutablePointer<xmlCharEncodingHandler>
    ) -> [UInt8]? {
        guard bytes.count < Int(Int32.max) / 4,
            let input = xmlBufferCreateSize(bytes.count + 1),
            let output = xmlBufferCreateSize(bytes.count * 2 + 16)
        else { return nil }
        defer {
            xmlBufferFree(input)
            xmlBufferFree(output)
        }
        let added = bytes.withUnsafeBufferPointer { buffer in
            xmlBufferAdd(input, buffer.baseAddress, Int32(buffer.count))
        }
        guard added == 0 else { return nil }
        while input.pointee.use > 0 {
            let before = (input.pointee.use, output.pointee.use)
            let result = xmlCharEncInFunc(handler, output, input)
            if result < 0 && result != -3 { return nil }
            if (input.pointee.use, output.pointee.use) == before { return nil }
        }
        let count = Int(output.pointee.use)
        guard let content = output.pointee.content else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
