import Clibxml2

/// Builds `XMLElement` values straight from libxml2's SAX2 events, so that a document is never
/// held as a libxml2 tree and then copied (see `StreamingParser`).
///
/// Locations come from a `StartTagScanner` over the decoded source, walked in step with the
/// start-element events (the n-th event is the n-th start tag), exactly as `TreeConverter` does
/// for a libxml2 tree. If the source cannot be decoded or the two ever disagree, the rest of the
/// document falls back to libxml2's line numbers with column 0. The same limits apply: elements
/// nested deeper than `TreeConverter.maximumDepth` and text or attribute values longer than
/// `TreeConverter.maximumTextLength` end the events with a located error.
///
/// A value type kept in the parse's `ParseSession`, so that each event costs one exclusive access
/// to the session rather than one per field.
struct TreeBuilder {
    private let fileName: String
    private let bytes: [UInt8]
    /// `bytes`, pinned by the caller for the whole parse.
    private let input: UnsafeBufferPointer<UInt8>
    /// The decoded source when the input is not UTF-8, for the scanner to point into.
    private var decoded: PinnedBytes?
    /// Receives the root's children one by one instead of the tree (see `XMLReader.parse`).
    private let eachChildOfRoot: ((XMLElement) -> Void)?
    /// Whether elements below the root get their places (see `XMLReader.Locations`).
    private let locatingBelowRoot: Bool
    private var scanner: StartTagScanner?
    private var scannerReady = false
    /// The elements whose end tags have not been seen yet (or whose end is not yet delivered),
    /// built in place: children and text are appended as they come.
    private var open: [XMLElement] = []
    private var namespaces: [UnsafeRawPointer: String] = [:]

    /// The document element, once its end tag has been read.
    private(set) var root: XMLElement?
    /// Set when a limit stopped the parse.
    private(set) var failure: DiagnosticError?
    /// Whether the element on top of `open` has ended: it is delivered at the next event, so that
    /// a schema validator plugged into the event stream, which reports on that element right
    /// after its end, still finds it there (see `placeOfSchemaError`).
    private var topHasEnded = false

    /// `input` points into `bytes` and must stay valid for as long as the parse runs.
    init(
        fileName: String, bytes: [UInt8], input: UnsafeBufferPointer<UInt8>,
        eachChildOfRoot: ((XMLElement) -> Void)? = nil, locations: XMLReader.Locations = .exact
    ) {
        self.fileName = fileName
        self.bytes = bytes
        self.input = input
        self.eachChildOfRoot = eachChildOfRoot
        self.locatingBelowRoot = locations == .exact
    }

    /// Where a schema error reported right after the latest event belongs: at the element its
    /// message names (`Element 'item': …`) — the latest element, or else the nearest open one of
    /// that name — and there at the attribute it names (`Element 'item', attribute 'kind': …`)
    /// if the element has it; `nil` before the first element.
    func placeOfSchemaError(_ message: String) -> SourceLocation? {
        guard var element = open.last else { return nil }
        if let named = Self.elementName(in: message), named != element.name,
            let match = open.last(where: { $0.name == named })
        {
            element = match
        }
        if let name = NodeLocations.attributeName(in: message),
            let attribute = element.attributes.first(where: { $0.name == name })
        {
            return attribute.location
        }
        return element.location
    }

    /// The local name in `Element 'name'…` or `Element '{namespace}name'…`.
    private static func elementName(in message: String) -> Substring? {
        guard message.hasPrefix("Element '") else { return nil }
        let rest = message.dropFirst("Element '".count)
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let name = rest[..<end]
        if let brace = name.lastIndex(of: "}") { return name[name.index(after: brace)...] }
        return name
    }

    // MARK: Events

    mutating func startElement(
        _ context: xmlParserCtxtPtr, localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?,
        namespace: UnsafePointer<xmlChar>?, attributeCount: Int, attributes: UnsafePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard failure == nil else { return }
        deliverEndedElement()
        if !scannerReady { prepareScanner(context) }
        let located = locatingBelowRoot || open.isEmpty
        let tag = located ? nextTag(prefix: prefix, localName: localName) : nil
        let location =
            tag.map { here($0.location) }
            ?? (located
                ? SourceLocation(file: fileName, line: Int(context.pointee.input?.pointee.line ?? 0), column: 0)
                : Self.unplaced)
        let name = String(cString: localName)
        guard open.count < TreeConverter.maximumDepth else {
            stop(context, DiagnosticError(location, "element '\(name)' is nested more than \(TreeConverter.maximumDepth) levels deep"))
            return
        }
        var language = open.last?.language
        guard
            let elementAttributes = self.attributes(
                context, attributes, count: attributeCount, of: name, at: location, tag: tag, language: &language)
        else { return }
        open.append(
            XMLElement(
                name: name, namespaceURI: uri(namespace), location: location, attributes: elementAttributes,
                language: language))
    }

    /// The element's attributes from SAX2's five pointers per attribute (local name, prefix,
    /// namespace, value start, value end), placed by the element's scanned `tag`; an `xml:lang`
    /// among them sets `language`. `nil` when a value is too long: the parse has then stopped.
    @inline(__always)
    private mutating func attributes(
        _ context: xmlParserCtxtPtr, _ pointers: UnsafePointer<UnsafePointer<xmlChar>?>?, count: Int,
        of element: String, at location: SourceLocation, tag: ScannedTag?, language: inout String?
    ) -> [XMLAttribute]? {
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(count)
        var nextScanned = 0
        for index in 0..<count {
            guard let fields = pointers?.advanced(by: 5 * index), let local = fields[0],
                let valueStart = fields[3], let valueEnd = fields[4]
            else { continue }
            let name = String(cString: local)
            var scanned: ScannedAttribute?
            if let tag, let position = scannedIndex(prefix: fields[1], localName: local, in: tag, from: &nextScanned) {
                scanned = tag.attributes[position]
            }
            let place = AttributePlace(scanned, element: location)
            guard valueEnd - valueStart <= TreeConverter.maximumTextLength else {
                stop(
                    context,
                    DiagnosticError(
                        place.name,
                        "attribute '\(name)' of element '\(element)' is longer than \(TreeConverter.maximumTextLength) bytes"))
                return nil
            }
            let value = Self.attributeValue(from: valueStart, to: valueEnd)
            let namespaceURI = uri(fields[2])
            if name == "lang", namespaceURI == TreeConverter.xmlNamespace {
                language = value.isEmpty ? nil : value
            }
            attributes.append(XMLAttribute(name: name, namespaceURI: namespaceURI, value: value, place: place))
        }
        return attributes
    }

    mutating func endElement(_ context: xmlParserCtxtPtr) {
        guard failure == nil else { return }
        deliverEndedElement()
        topHasEnded = !open.isEmpty
    }

    /// Hands the element that ended at the previous event to its parent (or to
    /// `eachChildOfRoot`, or makes it the root). Called at every event and after the last.
    mutating func deliverEndedElement() {
        guard topHasEnded, let built = open.popLast() else { return }
        topHasEnded = false
        if open.isEmpty {
            root = built
        } else if open.count == 1, let eachChildOfRoot {
            eachChildOfRoot(built)
        } else {
            open[open.count - 1].children.append(built)
        }
    }

    /// Text and CDATA: appended to the open element's text, which may not grow beyond the limit
    /// (libxml2 checks it only when it builds a tree itself).
    mutating func characters(_ context: xmlParserCtxtPtr, _ characters: UnsafePointer<xmlChar>, count: Int) {
        guard failure == nil, count > 0 else { return }
        deliverEndedElement()
        guard let last = open.indices.last else { return }
        open[last].text += String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
        if open[last].text.utf8.count > TreeConverter.maximumTextLength {
            stop(
                context,
                DiagnosticError(
                    open[last].location,
                    "text of element '\(open[last].name)' is longer than \(TreeConverter.maximumTextLength) bytes"))
        }
    }

    // MARK: Helpers

    /// Where elements and attributes below the root are when they are not placed
    /// (`XMLReader.Locations.rootOnly`): nowhere, and no file name is copied into each.
    private static let unplaced = SourceLocation.wholeFile("")

    /// Records the failure and turns the rest of the document's events off. Not `xmlStopParser`:
    /// it frees the input while a schema plug may still pass the current event's text on to the
    /// validator. The parser reads on to the end of the (size-limited) input without callbacks.
    private mutating func stop(_ context: xmlParserCtxtPtr, _ failure: DiagnosticError) {
        self.failure = failure
        context.pointee.disableSAX = 1
    }

    /// An attribute value as libxml2 hands it to SAX2: references already replaced, except that
    /// without entity substitution an ampersand (from `&amp;` or `&#38;`) arrives as `&#38;`,
    /// the only reference left, since no entity can be declared.
    private static func attributeValue(from start: UnsafePointer<xmlChar>, to end: UnsafePointer<xmlChar>) -> String {
        let bytes = UnsafeBufferPointer(start: start, count: end - start)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        let reference = Array("&#38;".utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), index + reference.count <= bytes.count,
                bytes[index..<index + reference.count].elementsEqual(reference)
            {
                unescaped.append(UInt8(ascii: "&"))
                index += reference.count
            } else {
                unescaped.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The namespace URI, made a `String` once per parse: libxml2 keeps each in its dictionary.
    private mutating func uri(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let key = UnsafeRawPointer(pointer)
        if let known = namespaces[key] { return known }
        let uri = String(cString: pointer)
        namespaces[key] = uri
        return uri
    }

    private func here(_ position: LineColumn) -> SourceLocation {
        SourceLocation(file: fileName, line: position.line, column: position.column)
    }

    /// Sets up the scanner at the first element, when the XML declaration (and so the declared
    /// encoding) has been read.
    private mutating func prepareScanner(_ context: xmlParserCtxtPtr) {
        scannerReady = true
        let declared = (context.pointee.encoding ?? context.pointee.input?.pointee.encoding).map { String(cString: $0) }
        guard let source = SourceText.decoding(bytes, declaredEncoding: declared) else { return }
        if source.isInput {
            scanner = StartTagScanner(bytes: input, start: source.start)
        } else {
            let copy = PinnedBytes(source.bytes)
            decoded = copy
            scanner = StartTagScanner(bytes: copy.buffer, start: source.start)
        }
    }

    /// The next start tag in the source, if it is this element's; otherwise positions are given
    /// up for the rest of the document.
    private mutating func nextTag(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>) -> ScannedTag? {
        guard let tag = scanner?.next() else {
            scanner = nil
            return nil
        }
        guard let scanner, scanner.name(tag.name, is: prefix, localName) else {
            assertionFailure("start tags and elements out of step at \(tag.location)")
            self.scanner = nil
            return nil
        }
        return tag
    }

    /// The scanned attribute with this name. Attributes come in source order, with the namespace
    /// declarations SAX2 leaves out in between.
    private func scannedIndex(
        prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>, in tag: ScannedTag, from start: inout Int
    ) -> Int? {
        guard let scanner else { return nil }
        for index in tag.attributes.indices[start...] where scanner.name(tag.attributes[index].name, is: prefix, localName) {
            start = index + 1
            return index
        }
        return tag.attributes.indices.first { scanner.name(tag.attributes[$0].name, is: prefix, localName) }
    }
}

/// Bytes at an address that stays put until they are released.
final class PinnedBytes {
    let buffer: UnsafeBufferPointer<UInt8>

    init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        buffer = UnsafeBufferPointer(copy)
    }

    deinit {
        buffer.deallocate()
    }
}
