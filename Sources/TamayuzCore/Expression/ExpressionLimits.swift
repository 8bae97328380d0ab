/// The limits that keep hostile criteria files from exhausting the stack or memory.
///
/// Exceeding one is a syntax error (an ``ExpressionError``), never a crash.
public enum ExpressionLimits: Sendable {
    /// The longest expression text, in Unicode scalars.
    public static let maximumLength = 4_096
    /// The deepest nesting. Every parenthesis, prefix operator (`-`, `not`), binary operator and
    /// function call around a value opens one level; `1` has none, `-(a + b)` has three
    /// (`-`, the parentheses, `+`). A chain `a + b + c` is left-nested, so each further operator
    /// adds a level: write long sums with `sum(…)`.
    public static let maximumDepth = 64
    /// The longest number literal, in characters.
    public static let maximumNumberLength = 64
    /// The longest string literal once its escapes are decoded, in Unicode scalars.
    public static let maximumStringLength = 1_000
}
