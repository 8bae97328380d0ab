/// Where an attribute's name and value stand in the source, and its value as written: from the
/// start tag the scanner found, or, when the scanner did not find the attribute, both at the
/// start of its element's line (column 0), as libxml2 alone can tell.
///
/// Shared by the two ways of building elements (`TreeBuilder` from SAX2 events, `TreeConverter`
/// from a libxml2 tree), which read the attribute itself from different C structures.
struct AttributePlace {
    var name: SourceLocation
    var value: SourceLocation
    var rawValue: String?

    @inline(__always)
    init(_ scanned: ScannedAttribute?, element: SourceLocation) {
        guard let scanned else {
            name = element.withoutColumn
            value = name
            return
        }
        name = SourceLocation(file: element.file, line: scanned.location.line, column: scanned.location.column)
        value = SourceLocation(file: element.file, line: scanned.valueLocation.line, column: scanned.valueLocation.column)
        rawValue = scanned.rawValue
    }
}

extension XMLAttribute {
    @inline(__always)
    init(name: String, namespaceURI: String?, value: String, place: AttributePlace) {
        self.init(
            name: name, namespaceURI: namespaceURI, value: value,
            location: place.name, valueLocation: place.value, rawValue: place.rawValue)
    }
}
