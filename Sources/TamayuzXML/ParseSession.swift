/// What one parse's C callbacks reach through the parser context's `_private` pointer: where
/// the parser's problems go and, when the document is read as a stream of events, the builder
/// that turns them into `XMLElement` values.
final class ParseSession {
    /// The parser's own errors and warnings (well-formedness, encoding, limits, a DOCTYPE).
    let collector: DiagnosticCollector
    /// Set when the document is read through SAX events (`StreamingParser`), `nil` when libxml2
    /// builds its own tree (`ParsedDocument`).
    var builder: TreeBuilder?
    /// The document element's local name and namespace, when only that is read
    /// (`StreamingParser.rootElement`).
    var root: (name: String, namespaceURI: String?)?
    /// What a schema validator plugged into the events found (`StreamValidation`).
    var validation: DiagnosticCollector?

    init(collector: DiagnosticCollector, builder: TreeBuilder? = nil) {
        self.collector = collector
        self.builder = builder
    }
}
