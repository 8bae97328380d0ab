// The functions of the expression language: names, arities, argument types, and the arithmetic
// of the value functions.

extension Expression {
    /// A function of the expression language. The value functions (these cases) take
    /// expressions as arguments, evaluated before the call (except `if`, which evaluates only
    /// the branch it chooses); the reference functions (``Expression/Query``) take node ids.
    ///
    /// | function | arguments | result | missing arguments |
    /// |---|---|---|---|
    /// | `min(n, …)`, `max(n, …)`, `avg(n, …)`, `sum(n, …)` | one or more numbers | number | ignored; all missing → missing |
    /// | `count(b, …)` | one or more booleans | number of `true` | not counted; never missing |
    /// | `if(c, a, b)` | boolean, then two of one type | that type | missing `c` → missing; only the chosen branch is evaluated |
    /// | `abs(n)` | number | number | missing → missing |
    /// | `round(n)`, `round(n, digits)` | numbers, `digits` a whole number in -15…15 | number | missing → missing |
    /// | `score(NODE)` | a node id | number in [0, 1] | missing when not computed or not applicable |
    /// | `answered(IND)` | an indicator id | boolean | never missing |
    /// | `applicable(NODE)` | a node id | boolean | never missing |
    /// | `level(IND)` | an ordinal indicator id | number (1-based level) | missing when unanswered |
    /// | `has(IND, "option")` | a checklist indicator id, an option in quotes | boolean | never missing (unanswered → `false`) |
    public enum Function: String, Sendable, Hashable, CaseIterable {
        /// The smallest of its numbers.
        case min
        /// The largest of its numbers.
        case max
        /// The mean of its numbers.
        case avg
        /// The total of its numbers.
        case sum
        /// How many of its conditions are true.
        case count
        /// `if(condition, then, else)`.
        case `if`
        /// The magnitude of a number.
        case abs
        /// A number rounded half away from zero, to whole units or to `digits` decimals.
        case round

        /// How many arguments the function takes (the upper bound is `Int.max` for the
        /// variadic ones).
        public var arity: ClosedRange<Int> {
            switch self {
            case .min, .max, .avg, .sum, .count: 1...Int.max
            case .if: 3...3
            case .abs: 1...1
            case .round: 1...2
            }
        }

        /// The type every argument must have, or `nil` for `if`, whose arguments differ.
        public var argumentType: ExpressionType? {
            switch self {
            case .min, .max, .avg, .sum, .abs, .round: .number
            case .count: .boolean
            case .if: nil
            }
        }

        /// What to say when a call has the wrong number of arguments.
        var arityMessage: String {
            switch self {
            case .min, .max, .avg, .sum: "'\(rawValue)' needs at least one number"
            case .count: "'count' needs at least one condition"
            case .if: "'if' takes three arguments: if(condition, then, else)"
            case .abs: "'abs' takes one number"
            case .round: "'round' takes a number and optionally a number of digits: round(n) or round(n, digits)"
            }
        }
    }
}

extension Expression.Query {
    /// The names of the reference functions.
    static let functionNames: Set<String> = ["score", "answered", "applicable", "level", "has"]

    /// What to say when a reference function's arguments have the wrong shape.
    static func shapeMessage(for name: String) -> String {
        switch name {
        case "score", "applicable": "'\(name)' takes one node id"
        case "has": "'has' takes an indicator id and an option in quotes, e.g. has(A1.2, \"online\")"
        default: "'\(name)' takes one indicator id"
        }
    }

    /// The query for a reference function called with a node id and, for `has`, an option.
    static func make(_ name: String, node: Expression.Name, option: Expression.Name?) -> Expression.Query? {
        switch (name, option) {
        case ("score", nil): .score(node)
        case ("answered", nil): .answered(node)
        case ("applicable", nil): .applicable(node)
        case ("level", nil): .level(node)
        case ("has", let option?): .has(node, option: option)
        default: nil
        }
    }
}

/// The names a criteria author may have meant by a name that is not a function.
enum ExpressionFunctionSuggestion {
    private static let aliases: [String: String] = [
        "mean": "avg", "average": "avg", "total": "sum", "minimum": "min", "maximum": "max",
        "iif": "if", "ifelse": "if", "when": "if", "absolute": "abs",
    ]

    /// "unknown function 'mean'", with a suggestion when one is close.
    static func unknownFunctionMessage(_ name: String) -> String {
        guard let suggestion = suggestion(for: name) else { return "unknown function '\(name)'" }
        return "unknown function '\(name)'; did you mean '\(suggestion)'?"
    }

    static func suggestion(for name: String) -> String? {
        let lowered = name.lowercased()
        if let alias = aliases[lowered] { return alias }
        let known = Expression.Function.allCases.map(\.rawValue) + Expression.Query.functionNames.sorted()
        if known.contains(lowered) { return lowered }
        guard lowered.count >= 3 else { return nil }
        let scored = known.map { ($0, NearestName.distance(lowered, $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }
}

/// The arithmetic of the value functions, on finite numbers.
enum ExpressionArithmetic {
    /// The mean of non-empty finite numbers, without overflowing where the sum would.
    static func average(_ numbers: [Double]) -> Double {
        let count = Double(numbers.count)
        let total = numbers.reduce(0, +)
        if total.isFinite { return total / count }
        return numbers.reduce(0) { $0 + $1 / count }
    }

    /// `x` rounded to `digits` decimals (negative: to tens, hundreds, …), half away from zero,
    /// on the shortest decimal text of `x`: `round(2.675, 2)` is 2.68 as written, although the
    /// nearest `Double` to 2.675 lies just below it.
    static func round(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0, let decimal = ShortestDecimal(x) else { return x }
        // |x| = significand × 10^exponent; keep the digits down to 10^-digits.
        let dropped = -digits - decimal.exponent
        guard dropped > 0 else { return x }
        var significand = decimal.significand
        if significand.count <= dropped {
            significand = Array(repeating: 0, count: dropped - significand.count + 1) + significand
        }
        var kept = Array(significand[..<(significand.count - dropped)])
        if significand[significand.count - dropped] >= 5 {
            var index = kept.count - 1
            while index >= 0, kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0) }
        }
        let text = (x < 0 ? "-" : "") + kept.map(String.init).joined() + "e\(-digits)"
        guard let rounded = Double(text), rounded.isFinite else { return x }
        return rounded == 0 ? 0 : rounded
    }
}

/// A finite non-zero `Double` as its shortest round-tripping decimal digits and exponent:
/// |x| = significand × 10^exponent, read from `Double.description` ("2.675", "1e-05",
/// "1.2345678901234568e+17").
private struct ShortestDecimal {
    var significand: [Int]
    var exponent: Int

    init?(_ x: Double) {
        var text = Substring(x.magnitude.description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(text[text.index(after: e)...]) else { return nil }
            exponent = value
            text = text[..<e]
        }
        var digits: [Int] = []
        var seenPoint = false
        for character in text {
            if character == "." {
                seenPoint = true
            } else if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(digit)
                if seenPoint { exponent -= 1 }
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        self.significand = digits
        self.exponent = exponent
    }
}
