import Clibxml2

/// A libxml2 document parsed safely from bytes, freed when released. Never leaves this module.
final class ParsedDocument {
    let pointer: xmlDocPtr
    let fileName: String
    /// The bytes the document was parsed from, kept to compute exact positions.
    let bytes: [UInt8]

    private init(pointer: xmlDocPtr, fileName: String, bytes: [UInt8]) {
        self.pointer = pointer
        self.fileName = fileName
        self.bytes = bytes
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element; a parsed document always has one.
    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }

    /// The document's text in UTF-8, decoded as libxml2 decoded it, for positions.
    func sourceText() -> SourceText? {
        SourceText.decoding(bytes, declaredEncoding: pointer.pointee.encoding.map { String(cString: $0) })
    }

    /// Parses `bytes` with a parser context of its own, refusing any DOCTYPE, loading nothing and
    /// keeping libxml2's size and depth limits. Every error and warning is collected; any error
    /// (well-formedness, namespace, encoding, limit) fails the parse.
    static func parse(_ bytes: [UInt8], fileName: String) throws(DiagnosticError) -> ParsedDocument {
        let start = SourceLocation(file: fileName, line: 1, column: 1)
        try InputGuard.admit(bytes, fileName: fileName)
        guard let context = xmlNewParserCtxt() else {
            throw DiagnosticError(start, "could not create an XML parser (out of memory)")
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector()
        let session = ParseSession(collector: collector)
        ParserHooks.install(on: context, session: session)
        let document = withExtendedLifetime(session) {
            bytes.withUnsafeBytes { buffer in
                xmlCtxtReadMemory(
                    context, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count),
                    fileName, nil, LibXML.parserOptions)
            }
        }
        ParserHooks.reportUnconvertedInput(context, to: collector)
        context.pointee._private = nil
        guard let document, !collector.hasErrors, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            collector.explainNULs(in: bytes)
            var diagnostics = collector.diagnostics(file: fileName, source: .input(bytes))
            if !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(at: start, "document could not be parsed"))
            }
            throw DiagnosticError(diagnostics)
        }
        let parsed = ParsedDocument(pointer: document, fileName: fileName, bytes: bytes)
        guard parsed.root != nil else { throw DiagnosticError(start, "document has no root element") }
        return parsed
    }
}
