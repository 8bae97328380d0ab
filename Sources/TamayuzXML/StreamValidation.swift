import Clibxml2

/// A schema validator plugged into one parse's SAX event stream (`xmlSchemaSAXPlug`): the
/// document is validated as it is read, with a validation context of its own.
///
/// The validator sees each event after the `TreeBuilder` has: its errors about an element come
/// right after that element's start or end event, and are placed where the builder says (at
/// the attribute a message names, or at the element).
final class StreamValidation {
    private let context: xmlSchemaValidCtxtPtr?
    private var plug: xmlSchemaSAXPlugPtr?
    /// The parse's session, whose builder knows which element an error is about.
    private unowned let session: ParseSession
    private let collector: DiagnosticCollector
    /// The parser the validator is plugged into, to switch its events off at the finding limit.
    private let parser: xmlParserCtxtPtr

    /// Plugs a validator for `schema` into `parser`'s SAX handler. If libxml2 cannot allocate
    /// one, the document is not accepted: `finish` reports it.
    init(schema: XMLSchema, context parser: xmlParserCtxtPtr, session: ParseSession) {
        self.session = session
        self.parser = parser
        self.collector = DiagnosticCollector(homeNamespaces: schema.targetNamespace.map { [$0] } ?? [])
        context = xmlSchemaNewValidCtxt(schema.schema)
        guard let context else {
            collector.add(.lineColumn(line: 1, column: 1), .error, "could not create a schema validator (out of memory)")
            return
        }
        xmlSchemaSetValidStructuredErrors(
            context, Self.structuredErrorHandler, Unmanaged.passUnretained(self).toOpaque())
        // libxml2 keeps these two addresses and writes through them again when unplugging, so
        // they are the context's own fields, not temporaries.
        let fields = UnsafeMutableRawPointer(parser)
        let sax = (fields + MemoryLayout<xmlParserCtxt>.offset(of: \.sax)!).assumingMemoryBound(to: xmlSAXHandlerPtr?.self)
        let userData = (fields + MemoryLayout<xmlParserCtxt>.offset(of: \.userData)!)
            .assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        plug = xmlSchemaSAXPlug(context, sax, userData)
        // The plug's handler forwards events, not structured errors: route those to the parse's
        // collector again (libxml2 then passes the plug as user data, which the handler ignores).
        parser.pointee.sax?.pointee.serror = ParserHooks.structuredErrorHandler
        if plug == nil {
            collector.add(.lineColumn(line: 1, column: 1), .error, "could not start the schema validator")
        }
    }

    deinit {
        // Unplugging writes into the parser context, so it happens in `finish`, which the parse
        // calls before freeing that context.
        precondition(plug == nil, "StreamValidation.finish() must run before the parser context is freed")
        if let context { xmlSchemaFreeValidCtxt(context) }
    }

    /// Unplugs the validator once the parse is over and returns what it found.
    func finish() -> DiagnosticCollector {
        if let plug, let context {
            let valid = xmlSchemaIsValid(context)
            xmlSchemaSAXUnplug(plug)
            self.plug = nil
            if valid == 0, !collector.hasErrors {
                collector.add(.lineColumn(line: 1, column: 1), .error, "document is not valid against the schema")
            }
        }
        return collector
    }

    private static let structuredErrorHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let validation = Unmanaged<StreamValidation>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? ""
        let place: PendingDiagnostic.Place =
            validation.session.builder?.placeOfSchemaError(message).map { .located($0) }
            ?? .lineColumn(line: Int(error.pointee.line), column: 0)
        validation.collector.add(error, at: place)
        ParserHooks.stopEventsIfFull(validation.parser, validation.collector)
    }
}
