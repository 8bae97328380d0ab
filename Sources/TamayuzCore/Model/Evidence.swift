/// What an indicator asks in evidence, and what its absence does.
public struct EvidenceRequirement: Sendable, Hashable {
    public enum Policy: String, Sendable, Hashable {
        case none, optional, required
    }

    /// What a missing required evidence does to the indicator's score.
    public enum Effect: Sendable, Hashable {
        /// The indicator scores 0.
        case zero
        /// The indicator's score is capped at this value in [0, 1].
        case cap(Double)
    }

    public var policy: Policy
    public var whenMissing: Effect
    public var description: LocalizedText

    public init(policy: Policy, whenMissing: Effect = .zero, description: LocalizedText = LocalizedText()) {
        self.policy = policy
        self.whenMissing = whenMissing
        self.description = description
    }

    public static let none = EvidenceRequirement(policy: .none)
}
