/// Turns expression text into tokens, one at a time as the parser asks, ending with an `.end`
/// token at the end of the text.
///
/// Works on Unicode scalars, so token spans are scalar offsets. Whitespace (space, tab, line
/// feed, carriage return) separates tokens and is otherwise ignored.
///
/// The lexer sees at most ``ExpressionLimits/maximumLength`` + 1 scalars of the text. Reaching
/// past the limit is the "too long" error, so an error earlier in the text (a nesting bomb in
/// the first few hundred characters, say) is reported first, and a huge text costs no more
/// memory than a long one.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private let totalLength: Int
    private var position = 0

    /// A lexer over `source`.
    init(_ source: String) {
        let limit = ExpressionLimits.maximumLength
        self.scalars = Array(source.unicodeScalars.prefix(limit + 1))
        self.totalLength = scalars.count > limit ? source.unicodeScalars.count : scalars.count
    }

    private var limit: Int { ExpressionLimits.maximumLength }
    private var isTruncated: Bool { scalars.count > limit }

    /// The next token; `.end` once the text is used up, and again on every later call.
    mutating func next() throws(ExpressionError) -> ExpressionToken {
        while position < Swift.min(scalars.count, limit), Self.isWhitespace(scalars[position]) { position += 1 }
        if isTruncated, position >= limit { throw .tooLong(SourceSpan(start: limit, end: totalLength)) }
        let start = position
        guard position < scalars.count else {
            return ExpressionToken(kind: .end, span: SourceSpan(at: start), text: "")
        }
        let token: ExpressionToken
        do throws(ExpressionError) {
            let scalar = scalars[position]
            if Self.isDigit(scalar) {
                token = try number()
            } else if Self.isIdentifierStart(scalar) {
                token = identifierOrKeyword()
            } else if scalar == "\"" {
                token = try string()
            } else {
                token = try symbol()
            }
        } catch {
            // An error in a token cut off at the limit is the text being too long.
            if isTruncated, error.span.end > limit || position > limit {
                throw .tooLong(SourceSpan(start: limit, end: totalLength))
            }
            throw error
        }
        if token.span.end > limit { throw .tooLong(SourceSpan(start: limit, end: totalLength)) }
        return token
    }

    // MARK: Numbers

    /// A number: `digits ["." digits] [("e" | "E") ["+" | "-"] digits]`. The lexer takes the
    /// whole run of letters, digits, `_` and `.` (and an exponent sign) so that `1.2.3` or `12ab`
    /// is reported as one malformed number.
    private mutating func number() throws(ExpressionError) -> ExpressionToken {
        let start = position
        while position < scalars.count {
            let scalar = scalars[position]
            if Self.isIdentifierContinuation(scalar) {
                position += 1
            } else if scalar == "+" || scalar == "-", scalars[position - 1] == "e" || scalars[position - 1] == "E",
                position + 1 < scalars.count, Self.isDigit(scalars[position + 1])
            {
                position += 1
            } else {
                break
            }
        }
        let span = SourceSpan(start: start, end: position)
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard span.length <= ExpressionLimits.maximumNumberLength else { throw .numberTooLong(span) }
        guard Self.isWellFormedNumber(scalars[start..<position]) else { throw .malformedNumber(text, span) }
        guard let value = Double(text), value.isFinite else { throw .numberOutOfRange(text, span) }
        return ExpressionToken(kind: .number(value), span: span, text: text)
    }

    private static func isWellFormedNumber(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = text.startIndex
        func digits() -> Bool {
            let first = index
            while index < text.endIndex, isDigit(text[index]) { index += 1 }
            return index > first
        }
        guard digits() else { return false }
        if index < text.endIndex, text[index] == "." {
            index += 1
            guard digits() else { return false }
        }
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            index += 1
            if index < text.endIndex, text[index] == "+" || text[index] == "-" { index += 1 }
            guard digits() else { return false }
        }
        return index == text.endIndex
    }

    // MARK: Identifiers

    /// An identifier `[A-Za-z_][A-Za-z0-9_.]*`, or a keyword when it spells one exactly.
    private mutating func identifierOrKeyword() -> ExpressionToken {
        let start = position
        while position < scalars.count, Self.isIdentifierContinuation(scalars[position]) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        let span = SourceSpan(start: start, end: position)
        if let keyword = ExpressionToken.Keyword(rawValue: text) {
            return ExpressionToken(kind: .keyword(keyword), span: span, text: text)
        }
        return ExpressionToken(kind: .identifier(text), span: span, text: text)
    }

    // MARK: Strings

    /// A string in double quotes; `\"` and `\\` are the only escapes.
    private mutating func string() throws(ExpressionError) -> ExpressionToken {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        var length = 0
        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar {
            case "\"":
                position += 1
                let span = SourceSpan(start: start, end: position)
                let text = String(String.UnicodeScalarView(scalars[start..<position]))
                return ExpressionToken(kind: .string(String(value)), span: span, text: text)
            case "\\":
                guard position + 1 < scalars.count else {
                    throw .unterminatedString(SourceSpan(start: start, end: scalars.count))
                }
                let escaped = scalars[position + 1]
                guard escaped == "\"" || escaped == "\\" else {
                    throw .unknownEscape(escaped, SourceSpan(start: position, end: position + 2))
                }
                value.append(escaped)
                position += 2
            default:
                value.append(scalar)
                position += 1
            }
            length += 1
            if length > ExpressionLimits.maximumStringLength {
                throw .stringTooLong(SourceSpan(start: start, end: position))
            }
        }
        throw .unterminatedString(SourceSpan(start: start, end: scalars.count))
    }

    // MARK: Symbols

    private mutating func symbol() throws(ExpressionError) -> ExpressionToken {
        let start = position
        let scalar = scalars[position]
        let following = position + 1 < scalars.count ? scalars[position + 1] : nil
        let twoCharacter: ExpressionToken.Symbol? =
            switch (scalar, following) {
            case ("=", "="): .equal
            case ("!", "="): .notEqual
            case ("<", "="): .lessOrEqual
            case (">", "="): .greaterOrEqual
            default: nil
            }
        if let symbol = twoCharacter {
            position += 2
            return ExpressionToken(
                kind: .symbol(symbol), span: SourceSpan(start: start, end: position), text: symbol.rawValue)
        }
        if let symbol = ExpressionToken.Symbol(rawValue: String(scalar)) {
            position += 1
            return ExpressionToken(
                kind: .symbol(symbol), span: SourceSpan(start: start, end: position), text: symbol.rawValue)
        }
        let doubled = following == scalar && (scalar == "&" || scalar == "|")
        throw .unexpectedCharacter(scalar, SourceSpan(start: start, end: start + (doubled ? 2 : 1)))
    }

    // MARK: Character classes

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar) || scalar == "."
    }
}

// MARK: - Messages

extension ExpressionError {
    static func tooLong(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("expression is too long (more than 4,096 characters)", span: span)
    }

    static func numberTooLong(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("number is too long (more than \(ExpressionLimits.maximumNumberLength) characters)", span: span)
    }

    static func malformedNumber(_ text: String, _ span: SourceSpan) -> ExpressionError {
        ExpressionError("malformed number '\(text)'", span: span)
    }

    static func numberOutOfRange(_ text: String, _ span: SourceSpan) -> ExpressionError {
        ExpressionError("number '\(text)' is out of range", span: span)
    }

    static func unterminatedString(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("unterminated string", span: span)
    }

    static func unknownEscape(_ escaped: Unicode.Scalar, _ span: SourceSpan) -> ExpressionError {
        ExpressionError(#"unknown escape '\\#(Character(escaped))' in string; only \" and \\ are allowed"#, span: span)
    }

    static func stringTooLong(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("string is too long (more than 1,000 characters)", span: span)
    }

    static func unexpectedCharacter(_ scalar: Unicode.Scalar, _ span: SourceSpan) -> ExpressionError {
        let shown: String =
            if scalar.value >= 0x20, scalar.value < 0x7F {
                "'\(Character(scalar))'"
            } else if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
            {
                "U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))"
            } else {
                "'\(Character(scalar))' (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)))"
            }
        let hint: String =
            switch scalar {
            case "=": "; use '==' to compare"
            case "!": "; use 'not' to negate, '!=' to compare"
            case "&": "; use 'and'"
            case "|": "; use 'or'"
            case "%": "; there is no '%' operator"
            case "'": "; strings use double quotes"
            case "\u{201C}", "\u{201D}": "; strings use straight double quotes (\")"
            default: ""
            }
        return ExpressionError("unexpected character \(shown)\(hint)", span: span)
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: Swift.max(0, length - count)) + self
    }
}
