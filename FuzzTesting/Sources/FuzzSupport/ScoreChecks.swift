import TamayuzCore

/// Oracles that hold for every framework and assessment the loaders accept: scoring either
/// throws a located `ScoringError` or gives finite scores in range.
public enum ScoreChecks {
    /// Scores `assessment` under every profile (and none) and checks the card.
    public static func check(_ assessment: Assessment, scorer: Scorer) {
        for profile in [nil] + scorer.framework.profiles.map(Optional.some) {
            let card: ScoreCard
            do {
                card = try scorer.score(assessment, profile: profile)
            } catch {
                continue  // a located error (e.g. division by zero in a formula) is a fine outcome
            }
            check(card, framework: scorer.framework)
        }
    }

    static func check(_ card: ScoreCard, framework: Framework) {
        guard card.total.isFinite, card.displayTotal.isFinite else {
            fuzzFailure("total \(card.total) / display \(card.displayTotal) is not finite")
        }
        for (index, node) in card.nodes.enumerated() {
            guard node.score.isFinite, node.raw.isFinite, node.weight.isFinite else {
                fuzzFailure("node \(index) has score \(node.score), raw \(node.raw), weight \(node.weight)")
            }
            guard node.score >= 0, node.score <= 1 else {
                fuzzFailure("node \(index) scores \(node.score), outside [0, 1]")
            }
        }
        for value in card.derivedValues.values where !value.isFinite {
            fuzzFailure("a derived value is \(value)")
        }
    }
}
