/// An owned, immutable Swift copy of an element and everything under it.
///
/// No C pointer escapes this module: once `XMLReader` returns, the libxml2 document is gone.
package struct XMLElement: Sendable, Hashable {
    /// The local name, without any prefix.
    package var name: String
    /// The element's namespace, `nil` when it is in no namespace.
    package var namespaceURI: String?
    /// Where the `<` that opens the start tag is.
    package var location: SourceLocation
    /// The attributes in document order. Namespace declarations (`xmlns`, `xmlns:p`) are not
    /// attributes; `xml:lang` and other prefixed attributes are, with their namespace.
    package var attributes: [XMLAttribute]
    /// The element children in document order.
    package var children: [XMLElement]
    /// The direct text and CDATA children concatenated, comments and processing instructions
    /// ignored. Not trimmed.
    package var text: String
    /// The `xml:lang` in effect here, inherited from ancestors; `nil` when none is declared or the
    /// nearest declaration is empty (`xml:lang=""` withdraws the language, as XML specifies).
    package var language: String?

    package init(
        name: String, namespaceURI: String? = nil, location: SourceLocation,
        attributes: [XMLAttribute] = [], children: [XMLElement] = [], text: String = "",
        language: String? = nil
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.location = location
        self.attributes = attributes
        self.children = children
        self.text = text
        self.language = language
    }

    /// The attribute in no namespace with this local name.
    package func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.name == name && $0.namespaceURI == nil }
    }

    /// The value of the attribute in no namespace with this local name (without copying the
    /// attribute's other fields: values are read far more often than places).
    package subscript(attribute name: String) -> String? {
        guard let index = attributes.firstIndex(where: { $0.name == name && $0.namespaceURI == nil }) else { return nil }
        return attributes[index].value
    }

    /// The element children with this local name, in any namespace, in document order.
    package func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The first element child with this local name, in any namespace.
    package func firstChild(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }
}
