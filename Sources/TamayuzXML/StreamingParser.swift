import Clibxml2

/// Parses a document as a stream of SAX2 events into an `XMLElement` tree, validating it
/// against a schema in the same pass when one is given.
///
/// libxml2 never builds its own tree: the events go to a `TreeBuilder`, and the schema's
/// validator is plugged into the event stream (`xmlSchemaSAXPlug`), so a document is read once
/// and nothing is built twice or walked again. The parser context is made safe exactly as for
/// `ParsedDocument` (`ParserHooks`: any DOCTYPE refused, no entity loaded, structured errors
/// per parse), with the same options.
enum StreamingParser {
    static func parse(
        _ bytes: [UInt8], fileName: String, schema: XMLSchema?, eachChildOfRoot: ((XMLElement) -> Void)? = nil,
        locations: XMLReader.Locations = .exact
    ) throws(DiagnosticError) -> XMLElement {
        var validation: StreamValidation?
        let session = try run(bytes, fileName: fileName) { context, input in
            let session = ParseSession(
                collector: DiagnosticCollector(),
                builder: TreeBuilder(
                    fileName: fileName, bytes: bytes, input: input, eachChildOfRoot: eachChildOfRoot, locations: locations))
            ParserHooks.install(on: context, session: session)
            installEventHandlers(on: context)
            validation = schema.map { StreamValidation(schema: $0, context: context, session: session) }
            return session
        } finish: { session in
            session.builder?.deliverEndedElement()
            return validation?.finish()
        }
        let builder = session.builder!
        session.builder = nil
        if let failure = builder.failure { throw failure }
        // The schema's findings come first: past the finding limit the events, the root's end
        // included, are switched off.
        if let findings = session.validation, findings.hasErrors {
            throw DiagnosticError(findings.diagnostics(file: fileName, source: nil))
        }
        guard let root = builder.root else { throw DiagnosticError(start(fileName), "document has no root element") }
        return root
    }

    /// The document element's local name and namespace, read without parsing further: the
    /// parser stops at the root's start tag. Errors before it (a DOCTYPE, a malformed prologue,
    /// an encoding problem) are thrown; the rest of the document is not checked.
    static func rootElement(of bytes: [UInt8], fileName: String) throws(DiagnosticError) -> (name: String, namespaceURI: String?) {
        let session = try run(bytes, fileName: fileName) { context, _ in
            let session = ParseSession(collector: DiagnosticCollector())
            ParserHooks.install(on: context, session: session)
            installEventHandlers(on: context)
            context.pointee.sax?.pointee.startElementNs = { userData, localName, _, namespace, _, _, _, _, _ in
                guard let context = ParserHooks.parserContext(userData), let localName,
                    let session = ParserHooks.session(context)
                else { return }
                session.root = (String(cString: localName), namespace.map { String(cString: $0) })
                xmlStopParser(context)
            }
            return session
        } finish: { _ in nil }
        guard let root = session.root else { throw DiagnosticError(start(fileName), "document has no root element") }
        return root
    }

    /// Admits the input (`InputGuard`), parses it with a safe context of its own that `prepare`
    /// sets up, runs `finish` while the context still exists, and throws the parser's own errors:
    /// those come first, since a limit the builder enforces may be the consequence of one
    /// (libxml2 reads on after an error to report more). `finish` returns the validator's findings.
    private static func run(
        _ bytes: [UInt8], fileName: String,
        prepare: (xmlParserCtxtPtr, UnsafeBufferPointer<UInt8>) -> ParseSession,
        finish: (ParseSession) -> DiagnosticCollector?
    ) throws(DiagnosticError) -> ParseSession {
        try InputGuard.admit(bytes, fileName: fileName)
        return try bytes.withUnsafeBufferPointer { (input) throws(DiagnosticError) -> ParseSession in
            let memory = UnsafeRawPointer(input.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let context = xmlCreateMemoryParserCtxt(memory, Int32(input.count)) else {
                throw DiagnosticError(start(fileName), "could not create an XML parser (out of memory)")
            }
            defer { xmlFreeParserCtxt(context) }
            xmlCtxtUseOptions(context, LibXML.parserOptions)
            let session = prepare(context, input)
            withExtendedLifetime(session) {
                _ = xmlParseDocument(context)
            }
            ParserHooks.reportUnconvertedInput(context, to: session.collector)
            session.validation = finish(session)
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            context.pointee._private = nil
            let collector = session.collector
            // A parse stopped at the root (`rootElement`) is well-formed as far as it went.
            guard !collector.hasErrors, context.pointee.wellFormed != 0 || session.root != nil else {
                collector.explainNULs(in: bytes)
                var diagnostics = collector.diagnostics(file: fileName, source: .input(bytes))
                if !diagnostics.contains(where: { $0.severity == .error }) {
                    diagnostics.append(.error(at: start(fileName), "document could not be parsed"))
                }
                throw DiagnosticError(diagnostics)
            }
            return session
        }
    }

    private static func start(_ fileName: String) -> SourceLocation {
        SourceLocation(file: fileName, line: 1, column: 1)
    }

    /// Points the context's element and text events at the session's `TreeBuilder`. Comments and
    /// processing instructions are dropped; libxml2's own error printers are switched off (its
    /// structured errors go to `ParserHooks`), so that a schema plug has none to wrap.
    private static func installEventHandlers(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startElementNs = { userData, localName, prefix, namespace, _, _, attributeCount, _, attributes in
            guard let context = ParserHooks.parserContext(userData), let localName,
                let session = ParserHooks.session(context)
            else { return }
            session.builder?.startElement(
                context, localName: localName, prefix: prefix, namespace: namespace,
                attributeCount: Int(attributeCount), attributes: UnsafePointer(attributes))
        }
        sax.pointee.endElementNs = { userData, _, _, _ in
            guard let context = ParserHooks.parserContext(userData), let session = ParserHooks.session(context)
            else { return }
            session.builder?.endElement(context)
        }
        let text: charactersSAXFunc = { userData, characters, count in
            guard let context = ParserHooks.parserContext(userData), let characters,
                let session = ParserHooks.session(context)
            else { return }
            session.builder?.characters(context, characters, count: Int(count))
        }
        sax.pointee.characters = text
        sax.pointee.ignorableWhitespace = text
        sax.pointee.cdataBlock = text
        sax.pointee.comment = nil
        sax.pointee.processingInstruction = nil
        sax.pointee.reference = nil
        sax.pointee.warning = nil
        sax.pointee.error = nil
        sax.pointee.fatalError = nil
    }
}
