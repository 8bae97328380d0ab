import TamayuzCore

/// A set of phrases the reports write themselves, one case per phrase, with its text in every
/// ``Language``. Each language's texts live in a file of their own (`…+English.swift`,
/// `…+Arabic.swift`), as exhaustive switches, so a phrase cannot be added without both.
package protocol Phrase: CaseIterable, Hashable, Sendable {
    /// The phrase in English.
    var english: String { get }
    /// The phrase in Modern Standard Arabic.
    var arabic: String { get }
}

extension Phrase {
    /// The phrase in `language`, placeholders unfilled.
    package func text(_ language: Language) -> String {
        switch language {
        case .en: english
        case .ar: arabic
        }
    }
}

/// The report's own words in one language and digit style: looks a ``Phrase`` up, writes the
/// digits the phrase itself holds in the report's digits, and fills its numbered placeholders
/// `{1}`, `{2}`, … with arguments already formatted.
package struct Phrasebook: Sendable {
    package let language: Language
    package let digits: DigitStyle

    package init(_ language: Language, digits: DigitStyle = .western) {
        self.language = language
        self.digits = digits
    }

    /// The phrase with its placeholders filled from `arguments`.
    package func text<P: Phrase>(_ phrase: P, arguments: [String] = []) -> String {
        Self.fill(digits.convertingOutsidePlaceholders(phrase.text(language)), arguments)
    }

    /// The phrase cut where `{1}` stands (for markup there), its `{2}`, `{3}`, … filled from
    /// `arguments`.
    func pieces<P: Phrase>(_ phrase: P, _ arguments: [String]) -> [String] {
        digits.convertingOutsidePlaceholders(phrase.text(language)).components(separatedBy: "{1}").map { piece in
            Self.fill(piece, arguments, first: 2)
        }
    }

    /// Replaces `{n}` by `arguments[n - first]` in one pass, so an argument that itself contains
    /// `{2}` (an evaluator's name from an input, say) is left as it is. Placeholders without an
    /// argument stay.
    static func fill(_ template: String, _ arguments: [String], first: Int = 1) -> String {
        guard !arguments.isEmpty else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), rest[afterOpen..<close].allSatisfy(\.isASCIIDigit),
               let number = Int(rest[afterOpen..<close]), arguments.indices.contains(number - first) {
                result += arguments[number - first]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
