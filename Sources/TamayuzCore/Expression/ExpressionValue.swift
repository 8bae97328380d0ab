/// A value during evaluation.
///
/// `.missing` stands for what is not known: an unanswered or not-applicable indicator, an
/// uncomputed score. It propagates through most operators (see ``Expression/evaluate(in:)``).
/// Numbers are always finite.
public enum ExpressionValue: Sendable, Hashable, CustomStringConvertible {
    /// A finite number.
    case number(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// Text, such as an ordinal answer's level id.
    case string(String)
    /// Not known: unanswered, not applicable, or not computed.
    case missing

    /// The value's type, or `nil` for `.missing`.
    public var type: ExpressionType? {
        switch self {
        case .number: .number
        case .boolean: .boolean
        case .string: .string
        case .missing: nil
        }
    }

    /// The text of the value in the expression language (`12`, `true`, `"yes"`), or `missing`.
    public var description: String {
        switch self {
        case .number(let value): Expression.canonical(value)
        case .boolean(let value): value ? "true" : "false"
        case .string(let value): Expression.string(value, span: SourceSpan(at: 0)).description
        case .missing: "missing"
        }
    }
}
