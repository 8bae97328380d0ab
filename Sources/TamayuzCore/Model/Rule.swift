/// A rule of the framework: when its condition holds, it changes a node's score, makes the
/// agency ineligible, or raises a flag for the jury.
public struct Rule: Sendable {
    public enum Effect: Sendable, Hashable {
        /// The target keeps at most this score in [0, 1].
        case cap(Double)
        /// Adds this much (fraction of the target's range), the result kept within [0, 1].
        case bonus(Double)
        /// Takes this much away, the result kept within [0, 1].
        case penalty(Double)
        /// The agency keeps its score but is not ranked.
        case ineligible
        /// The jury is told; nothing changes.
        case flag

        public var name: String {
            switch self {
            case .cap: "cap"
            case .bonus: "bonus"
            case .penalty: "penalty"
            case .ineligible: "ineligible"
            case .flag: "flag"
            }
        }

        /// Whether the effect changes a score (and so is applied when its target is computed).
        public var changesScore: Bool {
            switch self {
            case .cap, .bonus, .penalty: true
            case .ineligible, .flag: false
            }
        }
    }

    public let id: String
    public let effect: Effect
    /// Index of the target node (0, the root, for the total).
    public let target: Int
    public let condition: CompiledExpression
    public let message: LocalizedText
    public let location: SourceLocation

    public init(id: String, effect: Effect, target: Int, condition: CompiledExpression, message: LocalizedText, location: SourceLocation) {
        self.id = id
        self.effect = effect
        self.target = target
        self.condition = condition
        self.message = message
        self.location = location
    }
}
