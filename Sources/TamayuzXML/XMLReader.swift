/// Reads XML safely from bytes (files are read by the formats layer), optionally validated against
/// an XSD, into an owned `XMLElement` tree with exact source locations.
///
/// Safety: a document with any DOCTYPE is refused (so no entity is ever declared, expanded or
/// loaded), nothing is read from the network or other files, and XInclude is not processed.
/// libxml2's limits stay on (text nodes up to 10 MB, names up to 50 kB) and this module adds its
/// own: elements nested more than 256 deep, text or attribute values over 10 MB, start tags with
/// more than 256 attributes (libxml2 handles those in quadratic time), encodings in which markup
/// could hide from that check (UTF-7, ISO-2022, EBCDIC, UCS-4) are refused. Every call has its
/// own parser and validation contexts, so calls may run concurrently.
///
/// Warnings libxml2 reports for a document that is otherwise fine (e.g. a relative namespace URI)
/// are not returned; warnings that come with errors are thrown with them, in the `DiagnosticError`.
package enum XMLReader {
    /// Parses `bytes` safely, validates the document against `schema` if given, and returns the
    /// root element.
    ///
    /// The bytes may be in any encoding the document declares or its byte-order mark shows
    /// (UTF-8, UTF-16, windows-1256, …); libxml2 decodes them.
    /// - Parameter fileName: the name used in locations.
    /// - Throws: every well-formedness error, or every schema error, with its location.
    package static func parse(_ bytes: [UInt8], fileName: String, schema: XMLSchema?) throws(DiagnosticError) -> XMLElement {
        try StreamingParser.parse(bytes, fileName: fileName, schema: schema)
    }

    /// Which elements and attributes are given their place in the source.
    package enum Locations: Sendable {
        /// Every element and attribute, exactly.
        case exact
        /// The root element only; everything below it is placed nowhere (`SourceLocation.wholeFile`
        /// of no file name), and so are diagnostics about it. Finding every start tag's line and
        /// column is a fifth of the cost of reading a large document: a caller that needs places
        /// only to report problems reads with `rootOnly` and, when anything is reported, reads
        /// again with `exact`.
        case rootOnly
    }

    /// Parses like `parse(_:fileName:schema:)`, but hands each child element of the root to
    /// `child` as soon as its end tag has been read instead of keeping it in the tree, so the root
    /// comes back without element children. A document made of many independent records (an
    /// assessment's answers) is then never held whole. `child` sees elements before the
    /// document is known to be well-formed and valid: what it makes of them counts only if this
    /// call returns.
    package static func parse(
        _ bytes: [UInt8], fileName: String, schema: XMLSchema?, locations: Locations = .exact,
        eachChildOfRoot child: (XMLElement) -> Void
    ) throws(DiagnosticError) -> XMLElement {
        try withoutActuallyEscaping(child) { (child) throws(DiagnosticError) in
            try StreamingParser.parse(
                bytes, fileName: fileName, schema: schema, eachChildOfRoot: child, locations: locations)
        }
    }

    /// The document element's local name and namespace, read safely without parsing the rest
    /// of the document (which may still be malformed): to tell what kind of file it is.
    /// - Throws: the problems found before the root element's start tag.
    package static func rootElement(of bytes: [UInt8], fileName: String) throws(DiagnosticError) -> (name: String, namespaceURI: String?) {
        try StreamingParser.rootElement(of: bytes, fileName: fileName)
    }
}
