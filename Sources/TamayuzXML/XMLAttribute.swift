/// An attribute of an element, with where its name and its value are in the source.
///
/// `valueLocation` is the first character after the opening quote, so a caller can point inside the
/// value, e.g. at `valueLocation.column + offset` for a syntax error in an expression. The offset
/// is exact when the value holds no character or entity references and no line breaks.
public struct XMLAttribute: Sendable, Hashable {
    /// The local name, without any prefix.
    public var name: String
    /// The namespace of the attribute, `nil` for an unprefixed attribute.
    public var namespaceURI: String?
    /// The value, with references replaced and whitespace normalised as XML requires.
    public var value: String
    /// Where the attribute's name starts.
    public var location: SourceLocation
    /// Where the attribute's value starts: the first character after the opening quote.
    public var valueLocation: SourceLocation

    public init(
        name: String, namespaceURI: String? = nil, value: String,
        location: SourceLocation, valueLocation: SourceLocation
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
    }
}
