/// An attribute of an element, with where its name and its value are in the source.
///
/// `valueLocation` is the first character after the opening quote; `location(ofValueOffset:)`
/// points inside the value (e.g. at an expression's syntax error) exactly, even when the value
/// holds references such as `&lt;` or line breaks.
package struct XMLAttribute: Sendable, Hashable {
    /// The local name, without any prefix.
    package var name: String
    /// The namespace of the attribute, `nil` for an unprefixed attribute.
    package var namespaceURI: String?
    /// The value, with references replaced and whitespace normalised as XML requires.
    package var value: String
    /// Where the attribute's name starts.
    package var location: SourceLocation {
        get { location(line: line, column: column) }
        set {
            file = newValue.file
            (line, column) = Self.stored(newValue)
        }
    }
    /// Where the attribute's value starts: the first character after the opening quote.
    package var valueLocation: SourceLocation {
        get { location(line: valueLine, column: valueColumn) }
        set {
            file = newValue.file
            (valueLine, valueColumn) = Self.stored(newValue)
        }
    }

    /// The value as written, when it differs character for character from `value` (references,
    /// line breaks); nil otherwise.
    package var rawValue: String?

    // Both locations are in the element's file: the name is stored once, since documents hold
    // many attributes and every copy of a name would be counted. Line 0 stores the file as a
    // whole: the place of an attribute read without places (`XMLReader.Locations.rootOnly`).
    private var file: String
    private var line: Int
    private var column: Int
    private var valueLine: Int
    private var valueColumn: Int

    package init(
        name: String, namespaceURI: String? = nil, value: String,
        location: SourceLocation, valueLocation: SourceLocation, rawValue: String? = nil
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.value = value
        self.file = location.file
        (self.line, self.column) = Self.stored(location)
        (self.valueLine, self.valueColumn) = Self.stored(valueLocation)
        self.rawValue = rawValue
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        line > 0 ? SourceLocation(file: file, line: line, column: column) : .wholeFile(file)
    }

    private static func stored(_ location: SourceLocation) -> (line: Int, column: Int) {
        (location.line ?? 0, location.column ?? 0)
    }

    /// Where the character at `offset` (in Unicode scalars) of the parsed value stands in the
    /// source: a reference (`&lt;`, `&#60;`) is one character of the value, and a line break in the
    /// source starts a new line.
    package func location(ofValueOffset offset: Int) -> SourceLocation {
        guard let rawValue, valueLine > 0, valueColumn > 0 else { return valueLocation.advanced(by: offset) }
        var line = valueLine
        var column = valueColumn
        var remaining = offset
        var scalars = rawValue.unicodeScalars.makeIterator()
        var pendingCarriageReturn = false
        while remaining > 0, let scalar = scalars.next() {
            if scalar == "\n" && pendingCarriageReturn {
                pendingCarriageReturn = false
                continue  // CRLF is one line break and one character of the value
            }
            pendingCarriageReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                line += 1
                column = 1
            } else if scalar == "&" {
                column += 1
                while let next = scalars.next() {
                    column += 1
                    if next == ";" { break }
                }
            } else {
                column += 1
            }
            remaining -= 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
