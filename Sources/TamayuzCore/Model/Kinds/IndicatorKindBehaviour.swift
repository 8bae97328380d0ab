/// What one kind of indicator does with its answers: reads them from text, scores them, gives
/// them to expressions, combines evaluators' answers and proposes better answers for an
/// improvement plan.
///
/// Each kind is one type in this folder holding the kind's parameters; ``IndicatorKind/behaviour``
/// is the one switch that picks it. A new kind is one more such type and one more case there
/// (docs/adding-a-kind.md lists the few sites outside the engine: reading it from XML, the
/// schema, the template and the reports' descriptions).
///
/// A kind reads only the answer values of its own kind; any other value is refused (nil, or
/// `.missing` in expressions). The loaders never produce one, so that is a guard, not a path.
protocol IndicatorKindBehaviour: Sendable {
    /// A short name for messages and explanations ("yes/no", "ordinal", …).
    var name: String { get }
    /// Whether an assessment answers it (a derived value is computed instead).
    var isAnswered: Bool { get }
    /// The type of its answer in expressions.
    var expressionType: ExpressionType { get }

    /// Reads an answer written as text (already trimmed of white space); `id` names the
    /// indicator in the message of a refusal.
    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError>
    /// The score of an answer in [0, 1].
    func score(_ value: AnswerValue, scales: [Scale]) -> Double?
    /// The value of an answer in expressions.
    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue
    /// The evaluators' middle answer, from one or more answers (see ``Jury``).
    func consensus(_ values: [AnswerValue]) -> AnswerValue?
    /// The best answer the kind allows, for an improvement plan; nil when there is none.
    func bestValue(scales: [Scale]) -> AnswerValue?
    /// The next step up from `current`, for an improvement plan; nil at the top.
    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue?
}

/// Why an answer written as text does not fit its indicator; the message names the indicator
/// and says what it takes.
public struct AnswerTextError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}
