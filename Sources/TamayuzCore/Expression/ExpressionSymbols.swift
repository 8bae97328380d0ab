/// What a reference in an expression means, as the model tells it at load time.
public enum ReferenceKind: Sendable, Hashable {
    /// An indicator's answer, of this type: yes/no → boolean; ordinal → string (the chosen
    /// level's id); number, percentage and derived → number; checklist → number (the points
    /// ticked).
    case answer(ExpressionType)
}

/// The names an expression may refer to, supplied by the framework being loaded, for
/// ``ExpressionChecker``.
public protocol ExpressionSymbols: Sendable {
    /// The type of an indicator's answer, or `nil` if no indicator has this id.
    func answerType(of id: String) -> ExpressionType?
    /// Whether a node (area, criterion, indicator, …) with this id exists, for `score()` and
    /// `applicable()`.
    func nodeExists(_ id: String) -> Bool
    /// Whether the id is an ordinal indicator, for `level()`.
    func isOrdinal(_ id: String) -> Bool
    /// For `has()`: whether the checklist indicator `id` has an option `option`, or `nil` when
    /// `id` is not a checklist.
    func checklistHasOption(_ id: String, _ option: String) -> Bool?
}
