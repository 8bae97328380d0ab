/// Where selected nodes of a libxml2 tree are in the source, to place diagnostics that name a node.
struct NodeLocations {
    /// Elements and attributes by node pointer.
    var nodes: [UnsafeRawPointer: SourceLocation] = [:]
    /// For each located element, its attributes' local names and locations.
    var attributes: [UnsafeRawPointer: [(name: String, location: SourceLocation)]] = [:]

    /// Where a diagnostic about `node` belongs. libxml2 names the element for an attribute's
    /// schema error (`element 'item', attribute 'kind': …`), so such a message is placed at that
    /// attribute when the element has it.
    func location(of node: UnsafeRawPointer, message: String) -> SourceLocation? {
        if let attributes = attributes[node], let name = Self.attributeName(in: message),
            let attribute = attributes.first(where: { $0.name == name })
        {
            return attribute.location
        }
        return nodes[node]
    }

    /// The local name in `…, attribute 'name': …` or `…, attribute '{namespace}name': …`.
    static func attributeName(in message: String) -> Substring? {
        guard let marker = message.firstRange(of: ", attribute '") else { return nil }
        let rest = message[marker.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let name = rest[..<end]
        if let brace = name.lastIndex(of: "}") { return name[name.index(after: brace)...] }
        return name
    }
}
