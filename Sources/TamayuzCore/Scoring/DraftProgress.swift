/// How far a draft assessment has come (`validate --draft`, `self-assess --draft`): the
/// indicators answered (or answered not applicable) of those to answer under its profile, and
/// the answers that would score but lack the evidence their indicator requires.
///
/// Worked example: a framework of 107 indicators to answer, 42 answered, 3 of them "yes" without
/// the evidence required — "42 of 107 indicators answered; 3 positive answers lack evidence".
public struct DraftProgress: Sendable, Hashable {
    public var answered: Int
    public var toAnswer: Int
    /// Answers that score above 0 without the evidence their indicator requires.
    public var positiveWithoutEvidence: Int

    public init(_ assessment: Assessment, framework: Framework, profile: Profile?) {
        let excluded = profile?.excluded ?? []
        var answered = 0
        var toAnswer = 0
        var lacking = 0
        for index in framework.indicators {
            guard let indicator = framework.nodes[index].indicator, indicator.kind.isAnswered,
                  !Self.isExcluded(index, excluded, framework)
            else { continue }
            toAnswer += 1
            guard let answer = assessment.answers[index] else { continue }
            answered += 1
            if indicator.evidence.policy == .required, answer.evidence.isEmpty,
               (indicator.kind.behaviour.score(answer.value, scales: framework.scales) ?? 0) > 0 {
                lacking += 1
            }
        }
        self.answered = answered
        self.toAnswer = toAnswer
        positiveWithoutEvidence = lacking
    }

    /// "42 of 107 indicators answered; 3 positive answers lack evidence".
    public var summary: String {
        let evidence = positiveWithoutEvidence == 1 ? "1 positive answer lacks evidence" : "\(positiveWithoutEvidence) positive answers lack evidence"
        return "\(answered) of \(toAnswer) indicators answered; \(evidence)"
    }

    private static func isExcluded(_ index: Int, _ excluded: Set<Int>, _ framework: Framework) -> Bool {
        var node: Int? = index
        while let current = node {
            if excluded.contains(current) { return true }
            node = framework.nodes[current].parent
        }
        return false
    }
}
