import Clibxml2

/// The nodes whose locations a conversion records, to place diagnostics that name a node.
enum NodeSelection {
    case none
    case all
    case only(Set<UnsafeRawPointer>)

    func contains(_ node: UnsafeRawPointer) -> Bool {
        switch self {
        case .none: false
        case .all: true
        case .only(let nodes): nodes.contains(node)
        }
    }
}

/// Copies a libxml2 tree into `XMLElement` values, giving every element and attribute its exact
/// location, and refusing elements nested deeper than `maximumDepth` and text or attribute
/// values longer than `maximumTextLength`.
///
/// Locations come from a `StartTagScanner` over the decoded source, walked in step with the tree
/// (the n-th element is the n-th start tag). If the source cannot be decoded or the two ever
/// disagree, the rest of the tree falls back to libxml2's line numbers with column 0. Recursion
/// is bounded by the depth limit, which is checked before descending.
struct TreeConverter {
    /// Deeper elements are refused. libxml2 refuses depth beyond 257 itself; this is the
    /// project's own limit, enforced whatever libxml2 does.
    static let maximumDepth = 256
    /// The longest text or attribute value accepted, in UTF-8 bytes: libxml2's own limit without
    /// `XML_PARSE_HUGE` (`XML_MAX_TEXT_LENGTH`), which libxml2 2.9 does not apply to a text node
    /// delivered in one piece.
    static let maximumTextLength = Int(XML_MAX_TEXT_LENGTH)
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    private let fileName: String
    private var scanner: StartTagScanner?
    private let selection: NodeSelection
    private var locations = NodeLocations()
    private var namespaces: [UnsafeMutablePointer<xmlNs>: String] = [:]

    private init(fileName: String, scanner: StartTagScanner?, selection: NodeSelection) {
        self.fileName = fileName
        self.scanner = scanner
        self.selection = selection
    }

    /// The root element as a Swift value, and the locations of the selected nodes.
    static func convert(
        _ document: ParsedDocument, locating selection: NodeSelection = .none
    ) throws(DiagnosticError) -> (root: XMLElement, locations: NodeLocations) {
        guard let root = document.root else {
            throw DiagnosticError(
                SourceLocation(file: document.fileName, line: 1, column: 1), "document has no root element")
        }
        func run(_ scanner: StartTagScanner?) throws(DiagnosticError) -> (XMLElement, NodeLocations) {
            var converter = TreeConverter(fileName: document.fileName, scanner: scanner, selection: selection)
            let element = try converter.element(root, depth: 1, language: nil)
            return (element, converter.locations)
        }
        guard let source = document.sourceText() else { return try run(nil) }
        return try source.bytes.withUnsafeBufferPointer { (bytes) throws(DiagnosticError) in
            try run(StartTagScanner(bytes: bytes, start: source.start))
        }
    }

    private mutating func element(
        _ node: xmlNodePtr, depth: Int, language inherited: String?
    ) throws(DiagnosticError) -> XMLElement {
        let tag = nextTag(matching: node)
        let location =
            tag.map { here($0.location) }
            ?? SourceLocation(file: fileName, line: xmlGetLineNo(node), column: 0)
        let name = String(cString: node.pointee.name)
        guard depth <= Self.maximumDepth else {
            throw DiagnosticError(location, "element '\(name)' is nested more than \(Self.maximumDepth) levels deep")
        }
        let located = record(node, at: location)
        var language = inherited
        let attributes = try self.attributes(
            of: node, named: name, at: location, tag: tag, listingPlaces: located, language: &language)
        var children: [XMLElement] = []
        children.reserveCapacity(Self.elementChildCount(node))
        var text = ""
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(try element(current, depth: depth + 1, language: language))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                break
            }
        }
        guard text.utf8.count <= Self.maximumTextLength else {
            throw DiagnosticError(location, "text of element '\(name)' is longer than \(Self.maximumTextLength) bytes")
        }
        return XMLElement(
            name: name, namespaceURI: namespaceURI(node.pointee.ns), location: location,
            attributes: attributes, children: children, text: text, language: language)
    }

    /// The element's attributes, placed by its scanned `tag` and recorded where selected (all of
    /// their places listed when the element itself was); an `xml:lang` among them sets `language`.
    @inline(__always)
    private mutating func attributes(
        of node: xmlNodePtr, named element: String, at location: SourceLocation, tag: ScannedTag?, listingPlaces located: Bool,
        language: inout String?
    ) throws(DiagnosticError) -> [XMLAttribute] {
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(Self.attributeCount(node))
        var nextScanned = 0
        var property = node.pointee.properties
        while let attribute = property {
            property = attribute.pointee.next
            let name = String(cString: attribute.pointee.name)
            let namespace = namespaceURI(attribute.pointee.ns)
            let value = Self.value(of: attribute)
            var scanned: ScannedAttribute?
            if let tag, let position = scannedIndex(of: attribute, in: tag, from: &nextScanned) {
                scanned = tag.attributes[position]
            }
            let place = AttributePlace(scanned, element: location)
            guard value.utf8.count <= Self.maximumTextLength else {
                throw DiagnosticError(
                    place.name, "attribute '\(name)' of element '\(element)' is longer than \(Self.maximumTextLength) bytes")
            }
            record(attribute, at: place.name)
            if located {
                locations.attributes[UnsafeRawPointer(node), default: []].append((name, place.name))
            }
            if name == "lang", namespace == Self.xmlNamespace {
                language = value.isEmpty ? nil : value
            }
            attributes.append(XMLAttribute(name: name, namespaceURI: namespace, value: value, place: place))
        }
        return attributes
    }

    /// Arrays are sized once: an element's attributes and element children are counted first.
    private static func attributeCount(_ node: xmlNodePtr) -> Int {
        var count = 0
        var property = node.pointee.properties
        while let attribute = property {
            count += 1
            property = attribute.pointee.next
        }
        return count
    }

    private static func elementChildCount(_ node: xmlNodePtr) -> Int {
        var count = 0
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { count += 1 }
            child = current.pointee.next
        }
        return count
    }

    private func here(_ position: LineColumn) -> SourceLocation {
        SourceLocation(file: fileName, line: position.line, column: position.column)
    }

    /// Records the node's location if it is selected; returns whether it was.
    @discardableResult
    private mutating func record<Node>(_ node: UnsafeMutablePointer<Node>, at location: SourceLocation) -> Bool {
        let key = UnsafeRawPointer(node)
        guard selection.contains(key) else { return false }
        locations.nodes[key] = location
        return true
    }

    /// The next start tag in the source, if it is this element's; otherwise positions are given
    /// up for the rest of the document.
    private mutating func nextTag(matching node: xmlNodePtr) -> ScannedTag? {
        guard let tag = scanner?.next() else {
            scanner = nil
            return nil
        }
        guard let scanner, scanner.name(tag.name, is: node.pointee.ns?.pointee.prefix, node.pointee.name) else {
            assertionFailure("start tags and elements out of step at \(tag.location)")
            self.scanner = nil
            return nil
        }
        return tag
    }

    /// The scanned attribute that is `attribute`. Attributes come in source order, with the
    /// namespace declarations the tree leaves out in between.
    private func scannedIndex(
        of attribute: xmlAttrPtr, in tag: ScannedTag, from start: inout Int
    ) -> Int? {
        guard let scanner else { return nil }
        let prefix = attribute.pointee.ns?.pointee.prefix
        for index in tag.attributes.indices[start...]
        where scanner.name(tag.attributes[index].name, is: prefix, attribute.pointee.name) {
            start = index + 1
            return index
        }
        return tag.attributes.indices.first {
            scanner.name(tag.attributes[$0].name, is: prefix, attribute.pointee.name)
        }
    }

    private mutating func namespaceURI(_ namespace: UnsafeMutablePointer<xmlNs>?) -> String? {
        guard let namespace, let href = namespace.pointee.href else { return nil }
        if let known = namespaces[namespace] { return known }
        let uri = String(cString: href)
        namespaces[namespace] = uri
        return uri
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        guard let first = attribute.pointee.children else { return "" }
        if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE, let content = first.pointee.content {
            return String(cString: content)
        }
        guard let content = xmlNodeGetContent(UnsafePointer<xmlNode>(OpaquePointer(attribute))) else { return "" }
        defer { tamayuz_xml_free(content) }
        return String(cString: content)
    }
}
