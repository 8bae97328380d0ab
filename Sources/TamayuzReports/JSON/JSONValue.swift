import TamayuzCore

/// A JSON value built in memory, for small documents (a validation summary, say); rendered by
/// ``JSONWriter`` with the same number and string rules. Object members keep the order given.
/// A container whose members are all scalars (or empty containers) is written on one line.
package indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The document's text, without a final newline.
    package func rendered() -> String {
        var json = JSONWriter()
        switch self {
        case let .array(elements):
            json.array(inline: JSONValue.isLeaf(elements)) { json in
                for element in elements { element.write(asElementOf: &json) }
            }
        case let .object(members):
            json.object(inline: JSONValue.isLeaf(members.map(\.1))) { json in
                for (key, value) in members { value.write(key: key, into: &json) }
            }
        default:
            return scalar.map { JSONValue.text($0) } ?? ""
        }
        var text = json.output
        if text.last == "\n" { text.removeLast() }
        return text
    }

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(rendered())
    }

    private var scalar: JSONWriter.Scalar? {
        switch self {
        case .null: .null
        case let .bool(flag): .bool(flag)
        case let .number(number): .number(number)
        case let .string(text): .string(text)
        case .array, .object: nil
        }
    }

    private static func text(_ scalar: JSONWriter.Scalar) -> String {
        switch scalar {
        case .null: "null"
        case let .bool(flag): flag ? "true" : "false"
        case let .int(integer): String(integer)
        case let .unsigned(integer): String(integer)
        case let .number(number): JSONWriter.number(number)
        case let .string(text): JSONWriter.quoted(text)
        }
    }

    private static func isLeaf(_ values: [JSONValue]) -> Bool {
        values.allSatisfy { value in
            switch value {
            case let .array(elements): elements.isEmpty
            case let .object(members): members.isEmpty
            default: true
            }
        }
    }

    private func write(key: String, into json: inout JSONWriter) {
        switch self {
        case let .array(elements):
            json.field(key, array: JSONValue.isLeaf(elements)) { json in
                for element in elements { element.write(asElementOf: &json) }
            }
        case let .object(members):
            json.field(key, inline: JSONValue.isLeaf(members.map(\.1))) { json in
                for (key, value) in members { value.write(key: key, into: &json) }
            }
        default:
            json.field(key, scalar ?? .null)
        }
    }

    private func write(asElementOf json: inout JSONWriter) {
        switch self {
        case let .array(elements):
            json.element(array: JSONValue.isLeaf(elements)) { json in
                for element in elements { element.write(asElementOf: &json) }
            }
        case let .object(members):
            json.element(inline: JSONValue.isLeaf(members.map(\.1))) { json in
                for (key, value) in members { value.write(key: key, into: &json) }
            }
        default:
            json.element(scalar ?? .null)
        }
    }
}
