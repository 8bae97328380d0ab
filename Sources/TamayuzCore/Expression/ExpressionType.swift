/// The type of an expression or of an indicator's answer.
///
/// The raw values are the words used in error messages ("'+' needs numbers, got boolean").
public enum ExpressionType: String, Sendable, Hashable, CaseIterable {
    /// A finite `Double`: counts, percentages, scores, levels.
    case number
    /// `true` or `false`: yes/no answers, conditions.
    case boolean
    /// Text: string literals and the level id of an ordinal answer.
    case string
}
