/// The cycle's ranks after each review stage: after the evaluators' combination alone, after the
/// consensus meetings, after the site visits. At each stage every agency stands at its own latest
/// stage so far (an agency without a consensus keeps its combined result), ranked as the final
/// ranking is: eligible agencies only, by shown total, then the framework's tie-break rules.
enum StageRanking {
    /// Sets each staged agency's rank per stage; nothing to do when no agency had a stage, or when
    /// the scores were normalised (the stage totals are the raw scores, not comparable).
    static func rank(_ standings: inout [Standing], framework: Framework, normalised: Bool) {
        guard !normalised, standings.contains(where: { $0.verdict.stages != nil }) else { return }
        for stage in ReviewStages.Stage.allCases {
            let entries = standings.indices.compactMap { position in
                entry(standings[position], upTo: stage, framework: framework).map { (position, $0) }
            }
            let ranks = CompetitionRanking.rankWithTies(totals: entries.map(\.1.total), tieBreaks: entries.map(\.1.tieBreaks)).ranks
            for (slot, (position, _)) in entries.enumerated() {
                guard var stages = standings[position].verdict.stages,
                    let at = stages.results.firstIndex(where: { $0.stage == stage })
                else { continue }
                stages.results[at].rank = ranks[slot]
                standings[position].verdict.stages = stages
            }
        }
    }

    /// The framework's tie-break values of a card: each node's percentage as shown, −1 where it
    /// does not count (as the final ranking compares them).
    static func tieBreaks(_ card: ScoreCard, framework: Framework) -> [Double] {
        framework.tieBreaks.map { node in
            let score = card.nodes[node]
            return score.counts ? Precision.round(score.score * 100, places: framework.precision) : -1
        }
    }

    /// The agency's shown total and tie-break values after its latest stage up to `stage`; nil
    /// when it is not ranked there.
    private static func entry(
        _ standing: Standing, upTo stage: ReviewStages.Stage, framework: Framework
    ) -> (total: Double, tieBreaks: [Double])? {
        guard let stages = standing.verdict.stages else {
            guard standing.rank != nil else { return nil }
            return (standing.card.displayTotal, tieBreaks(standing.card, framework: framework))
        }
        let order = ReviewStages.Stage.allCases
        guard let reached = stages.results.last(where: { order.firstIndex(of: $0.stage)! <= order.firstIndex(of: stage)! }),
            reached.isRanked
        else { return nil }
        return (reached.displayTotal, reached.tieBreaks)
    }
}
