/// What an expression reads while it is evaluated for one assessment: answers, scores,
/// applicability, levels and ticked options.
///
/// The scorer implements it over the assessment being scored. Ids are those the checker
/// accepted; for an unknown id return the "not known" value (`.missing`, `nil`, `false`).
public protocol ExpressionContext {
    /// An indicator's answer, or `.missing` when it is unanswered or not applicable. Numbers
    /// must be finite.
    func answer(_ id: String) -> ExpressionValue
    /// A node's score in [0, 1], or `nil` when it is not computed or not applicable.
    func score(_ nodeID: String) -> Double?
    /// Whether a node is applicable.
    func isApplicable(_ nodeID: String) -> Bool
    /// The 1-based position of an ordinal indicator's chosen level, or `nil` when unanswered.
    func level(_ indicatorID: String) -> Int?
    /// Whether a checklist indicator's option is ticked, or `nil` when unanswered.
    func isTicked(_ indicatorID: String, _ option: String) -> Bool?
}
