/// Turns libxml2's messages into one-line, readable diagnostics without losing information.
enum MessageStyle {
    /// Trims the message, joins its lines, and for schema messages shows names in the "home"
    /// namespaces (the schema's target namespace) by their local name: `Element '{urn:x}item': …`
    /// becomes `element 'item': …`. Names in any other namespace keep their `{namespace}`, so a
    /// wrong namespace stays visible.
    static func readable(_ message: String, homeNamespaces: [String] = []) -> String {
        var text = message.split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        for namespace in homeNamespaces where !namespace.isEmpty {
            text = text.replacing("{\(namespace)}", with: "")
        }
        if text.hasPrefix("Element '") {
            text = "element '" + text.dropFirst("Element '".count)
        }
        return text
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
