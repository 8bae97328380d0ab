/// What the engine scores: per indicator, the answer value, whether evidence was given, and
/// (for a jury's combined assessment) a score fixed from outside. Arrays are aligned with
/// `Framework.nodes`, so the hot path indexes instead of hashing.
public struct AnswerSheet: Sendable {
    /// Answer per node (nil: unanswered, or not an indicator).
    public var values: [AnswerValue?]
    /// Whether at least one evidence item was cited, per node.
    public var evidence: [Bool]
    /// Indicator scores fixed from outside (a jury's combination), per node; NaN when none.
    public var fixedScores: [Double]

    public init(nodeCount: Int) {
        values = Array(repeating: nil, count: nodeCount)
        evidence = Array(repeating: false, count: nodeCount)
        fixedScores = Array(repeating: .nan, count: nodeCount)
    }

    /// The sheet of one assessment.
    public init(_ assessment: Assessment, nodeCount: Int) {
        self.init(nodeCount: nodeCount)
        for (node, answer) in assessment.answers where node < nodeCount {
            values[node] = answer.value
            evidence[node] = !answer.evidence.isEmpty
        }
    }

    public func fixedScore(_ node: Int) -> Double? {
        fixedScores[node].isNaN ? nil : fixedScores[node]
    }
}
