/// Reads XML safely: from a file or from bytes, optionally validated against an XSD, into an
/// owned `XMLElement` tree with exact source locations.
///
/// Safety: a document with any DOCTYPE is refused (so no entity is ever declared, expanded or
/// loaded), nothing is read from the network or other files, and XInclude is not processed.
/// libxml2's limits stay on (text nodes up to 10 MB, names up to 50 kB) and this module adds its
/// own: elements nested more than 256 deep, text or attribute values over 10 MB, start tags with
/// more than 256 attributes (libxml2 handles those in quadratic time), encodings in which markup
/// could hide from that check (UTF-7, ISO-2022, EBCDIC, UCS-4), and files over `sizeLimit` are
/// refused. Every call has its own parser and validation contexts, so calls may run concurrently.
///
/// Warnings libxml2 reports for a document that is otherwise fine (e.g. a relative namespace URI)
/// are not returned; warnings that come with errors are part of the `XMLFailure`.
public enum XMLReader {
    /// The largest file `readFile` accepts by default: 32 MiB.
    public static let defaultSizeLimit = 32 * 1024 * 1024

    /// Parses `bytes` safely, validates the document against `schema` if given, and returns the
    /// root element.
    ///
    /// The bytes may be in any encoding the document declares or its byte-order mark shows
    /// (UTF-8, UTF-16, windows-1256, …); libxml2 decodes them.
    /// - Parameter fileName: the name used in locations.
    /// - Throws: every well-formedness error, or every schema error, with its location.
    public static func parse(_ bytes: [UInt8], fileName: String, schema: XMLSchema?) throws(XMLFailure) -> XMLElement {
        let document = try ParsedDocument.parse(bytes, fileName: fileName)
        guard let schema else {
            return try TreeConverter.convert(document).root
        }
        let validation = schema.validate(document)
        let named = validation.pending.compactMap { diagnostic -> UnsafeRawPointer? in
            if case .node(let node, _) = diagnostic.place { return node }
            return nil
        }
        let (root, locations) = try TreeConverter.convert(document, locating: .only(Set(named)))
        if validation.hasErrors {
            throw XMLFailure(diagnostics: validation.diagnostics(file: fileName, source: nil, nodes: locations))
        }
        return root
    }

    /// Reads the file at `path` (see `readFile`) and parses it (see `parse`).
    public static func read(
        fileAtPath path: String, schema: XMLSchema?, sizeLimit: Int = defaultSizeLimit
    ) throws(XMLFailure) -> XMLElement {
        try parse(readFile(atPath: path, sizeLimit: sizeLimit), fileName: path, schema: schema)
    }
}
