/// A language the tool writes in: its own words, and the criteria texts it picks from a
/// ``LocalizedText``. The raw value is the BCP 47 tag (`en`, `ar`) that `xml:lang`, HTML `lang`
/// and the `--lang` option use.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en
    case ar

    /// Whether the language is written right to left (the HTML page's `dir`).
    public var isRightToLeft: Bool {
        switch self {
        case .en: false
        case .ar: true
        }
    }

    /// `rtl` or `ltr`, as HTML's `dir` attribute takes it.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }
}
