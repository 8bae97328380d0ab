import TamayuzCore
import TamayuzXML

/// Collects the findings of one file, so a loader reports all of them, not just the first (up
/// to `FindingLimit.perFile`; the rest are counted).
struct DiagnosticSink {
    private var findings = FindingList()

    var diagnostics: [Diagnostic] { findings.diagnostics }

    var hasErrors: Bool { findings.hasErrors }

    mutating func error(_ location: SourceLocation, _ message: String) {
        findings.append(.error(at: location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        findings.append(.warning(at: location, message))
    }
}

extension XMLElement {
    var sourceLocation: SourceLocation { location }

    /// The texts of the children named `name`, by their `xml:lang`.
    func localizedText(_ name: String) -> LocalizedText {
        var text = LocalizedText()
        for child in children(named: name) {
            text.add(child.text.trimmedWhitespace, language: child.language ?? "")
        }
        return text
    }

    /// A number attribute: finite, or an error at the attribute.
    func number(_ name: String, into sink: inout DiagnosticSink) -> Double? {
        guard let attribute = attribute(name) else { return nil }
        guard let value = Double(attribute.value.trimmedWhitespace), value.isFinite else {
            sink.error(attribute.valueLocation, "'\(name)' must be a finite number, not '\(attribute.value)'")
            return nil
        }
        return value
    }
}

extension String {
    /// Without leading and trailing white space (spaces, tabs, newlines).
    var trimmedWhitespace: String {
        // Most values (ids, numbers, levels) start and end with a printable ASCII character:
        // nothing to trim, and no Unicode property to look up.
        if let first = utf8.first, let last = utf8.last,
           (0x21..<0x80).contains(first), (0x21..<0x80).contains(last)
        {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
