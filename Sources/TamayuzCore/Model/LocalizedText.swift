/// Text that people read, given in one or more languages (`xml:lang`), e.g. a title in English
/// and Arabic. Languages keep the order the author wrote them in.
public struct LocalizedText: Sendable, Hashable {
    /// (language, text) pairs; the language is a BCP 47 tag such as `en` or `ar`, or "" when the
    /// author gave none.
    public private(set) var entries: [(language: String, text: String)]

    public init(_ entries: [(language: String, text: String)] = []) {
        self.entries = entries
    }

    public init(en: String, ar: String? = nil) {
        entries = [("en", en)]
        if let ar { entries.append(("ar", ar)) }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The languages present, in the author's order.
    public var languages: [String] { entries.map(\.language) }

    /// The text tagged `tag` exactly (a language's tag, or "" for untagged), or nil.
    public func exactly(_ tag: String) -> String? {
        entries.first { $0.language == tag }?.text
    }

    /// The text in `language` exactly, or nil.
    public func exactly(_ language: Language) -> String? {
        exactly(language.rawValue)
    }

    /// The text in `language`, else English, else untagged, else the first given; "" if none.
    public func text(_ language: Language) -> String {
        exactly(language) ?? exactly(.en) ?? exactly("") ?? entries.first?.text ?? ""
    }

    public mutating func add(_ text: String, language: String) {
        entries.append((language, text))
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.language == $1.language && $0.text == $1.text }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.language)
            hasher.combine(entry.text)
        }
    }
}
