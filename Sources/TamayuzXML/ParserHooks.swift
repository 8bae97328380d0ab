import Clibxml2

/// The SAX hooks that make a libxml2 parser context safe for untrusted input, and the callback
/// that reports its errors to the parse's own `DiagnosticCollector`.
///
/// Tamayuz formats never need a DTD, so a document with any DOCTYPE is refused the moment the
/// parser sees it, before any entity is declared or any external subset read. The entity hooks
/// are a second line: they resolve nothing but XML's five predefined entities and load nothing.
enum ParserHooks {
    static let doctypeMessage = "DOCTYPE is not allowed (no DTDs or entities in Tamayuz files)"

    /// Installs the hooks on `context`'s own SAX handler and points its `_private` at `session`.
    /// `userData` is left alone: libxml2's tree builder and the schema validator's SAX plug use it.
    /// The caller keeps `session` alive for as long as the context is used.
    static func install(on context: xmlParserCtxtPtr, session: ParseSession) {
        context.pointee._private = Unmanaged.passUnretained(session).toOpaque()
        guard let sax = context.pointee.sax else { return }
        sax.pointee.serror = structuredErrorHandler
        sax.pointee.internalSubset = { userData, _, _, _ in
            ParserHooks.refuseDoctype(ParserHooks.parserContext(userData))
        }
        sax.pointee.externalSubset = { userData, _, _, _ in
            ParserHooks.refuseDoctype(ParserHooks.parserContext(userData))
        }
        sax.pointee.entityDecl = { userData, _, _, _, _, _ in
            ParserHooks.refuseDoctype(ParserHooks.parserContext(userData))
        }
        sax.pointee.unparsedEntityDecl = { userData, _, _, _, _ in
            ParserHooks.refuseDoctype(ParserHooks.parserContext(userData))
        }
        sax.pointee.getEntity = { _, name in xmlGetPredefinedEntity(name) }
        sax.pointee.getParameterEntity = { _, _ in nil }
        sax.pointee.resolveEntity = { _, _, _ in nil }
    }

    /// Records a parser error in the session's collector. The parser context is taken from the
    /// error itself, not from the callback's user data: once a schema validator is plugged into
    /// the SAX stream, libxml2 passes the plug as user data.
    static let structuredErrorHandler: xmlStructuredErrorFunc = { _, error in
        guard let error, let context = ParserHooks.parserContext(error.pointee.ctxt),
            let collector = ParserHooks.session(context)?.collector
        else { return }
        collector.add(
            error,
            at: ParserHooks.currentPlace(context, line: Int(error.pointee.line), column: Int(error.pointee.int2)))
        stopEventsIfFull(context, collector)
    }

    /// Past `FindingLimit.perFile` findings the rest of a file is not worth checking: its events
    /// are switched off (the parser still runs to the end, cheaply; `xmlStopParser` would free
    /// the input a plugged validator still reads).
    static func stopEventsIfFull(_ context: xmlParserCtxtPtr, _ collector: DiagnosticCollector) {
        if collector.hasOverflowed { context.pointee.disableSAX = 1 }
    }

    /// Records an error if libxml2 gave up converting the input from its encoding. It does not
    /// always say so itself: bytes the declared encoding cannot convert after the root element
    /// end the input quietly, as if the document ended there (its only word goes to the generic
    /// channel, which is silenced). Call after the parse, before the context is freed.
    static func reportUnconvertedInput(_ context: xmlParserCtxtPtr, to collector: DiagnosticCollector) {
        guard let input = context.pointee.input, let buffer = input.pointee.buf, buffer.pointee.error != 0,
            !collector.hasErrors
        else { return }
        let encoding = (context.pointee.encoding ?? input.pointee.encoding).map { " (\(String(cString: $0)))" } ?? ""
        collector.add(
            .lineColumn(line: Int(input.pointee.line), column: Int(input.pointee.col)), .error,
            "bytes here cannot be read in the document's encoding\(encoding): the rest of the file could not be read")
    }

    static func parserContext(_ userData: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
        userData?.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    /// The session `install` registered on `context`.
    static func session(_ context: xmlParserCtxtPtr) -> ParseSession? {
        context.pointee._private.map { Unmanaged<ParseSession>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func registeredCollector(_ context: xmlParserCtxtPtr) -> DiagnosticCollector? {
        session(context)?.collector
    }

    /// Records the refusal once and stops the parser.
    private static func refuseDoctype(_ context: xmlParserCtxtPtr?) {
        guard let context else { return }
        if let collector = registeredCollector(context), !collector.refusedDoctype {
            collector.refusedDoctype = true
            collector.add(doctypePlace(context), .error, doctypeMessage)
        }
        xmlStopParser(context)
    }

    /// The parser's input when it still reads the document itself as given (UTF-8, no converter,
    /// not stopped), so that `consumed + (cur - base)` is a byte offset into the caller's bytes.
    private static func plainInput(_ context: xmlParserCtxtPtr) -> xmlParserInputPtr? {
        guard context.pointee.instate != XML_PARSER_EOF, context.pointee.inputNr == 1,
            let input = context.pointee.input, let buffer = input.pointee.buf,
            buffer.pointee.encoder == nil, let base = input.pointee.base, let cur = input.pointee.cur,
            cur >= base
        else { return nil }
        return input
    }

    /// Where the parser is now: an exact offset for plain UTF-8 input, libxml2's count otherwise.
    private static func currentPlace(_ context: xmlParserCtxtPtr, line: Int, column: Int) -> PendingDiagnostic.Place {
        guard let input = plainInput(context), let base = input.pointee.base, let cur = input.pointee.cur else {
            return .lineColumn(line: line, column: column)
        }
        return .inputOffset(Int(input.pointee.consumed) + (cur - base))
    }

    /// Where the `<!DOCTYPE` is. The hook runs just after its name and external identifier, so
    /// the keyword is found by looking back from the parser's position.
    private static func doctypePlace(_ context: xmlParserCtxtPtr) -> PendingDiagnostic.Place {
        guard let input = context.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur,
            cur >= base
        else { return .wholeFile }
        let line = Int(input.pointee.line)
        let keyword: StaticString = "<!DOCTYPE"
        var candidate = cur - keyword.utf8CodeUnitCount
        while candidate >= base, !matches(keyword, at: candidate) {
            candidate -= 1
        }
        guard candidate >= base else { return .lineColumn(line: line, column: 0) }
        if plainInput(context) != nil {
            return .inputOffset(Int(input.pointee.consumed) + (candidate - base))
        }
        // Converted input: count back from the parser's line to the keyword's line, and find the
        // column from the line break before it if that is still in the buffer.
        var breaks = 0
        var scan = candidate
        while scan < cur {
            if scan.pointee == UInt8(ascii: "\n") { breaks += 1 }
            scan += 1
        }
        var column = 1
        scan = candidate - 1
        while scan >= base, scan.pointee != UInt8(ascii: "\n") {
            if scan.pointee & 0xC0 != 0x80 { column += 1 }
            scan -= 1
        }
        return .lineColumn(line: line - breaks, column: scan >= base ? column : 0)
    }

    private static func matches(_ keyword: StaticString, at pointer: UnsafePointer<xmlChar>) -> Bool {
        let bytes = keyword.utf8Start
        for index in 0..<keyword.utf8CodeUnitCount where pointer[index] != bytes[index] {
            return false
        }
        return true
    }
}
