/// The cycle's ranks after each review stage: after the evaluators' combination alone, after the
/// consensus meetings, after the site visits. At each stage every ranked agency stands at its own
/// latest stage so far (an agency without a consensus keeps its combined total). Stage ranks are
/// competition ranks on the shown totals; the framework's tie-break rules fix the final rank only.
enum StageRanking {
    /// Sets each staged agency's rank per stage; nothing to do when no agency had a stage, or when
    /// the scores were normalised (the stage totals are the raw scores, not comparable).
    static func rank(_ standings: inout [Standing], normalised: Bool) {
        guard !normalised, standings.contains(where: { $0.verdict.stages != nil }) else { return }
        let ranked = standings.indices.filter { standings[$0].rank != nil }
        for stage in ReviewStages.Stage.allCases {
            let totals = ranked.map { total(of: standings[$0], upTo: stage) }
            let ranks = CompetitionRanking.rank(totals.map { [$0] })
            for (slot, position) in ranked.enumerated() {
                guard var stages = standings[position].verdict.stages,
                    let at = stages.results.firstIndex(where: { $0.stage == stage })
                else { continue }
                stages.results[at].rank = ranks[slot]
                standings[position].verdict.stages = stages
            }
        }
    }

    /// The agency's shown total after its latest stage up to `stage`.
    private static func total(of standing: Standing, upTo stage: ReviewStages.Stage) -> Double {
        guard let stages = standing.verdict.stages else { return standing.card.displayTotal }
        let order = ReviewStages.Stage.allCases
        let reached = stages.results.last { order.firstIndex(of: $0.stage)! <= order.firstIndex(of: stage)! }
        return reached?.displayTotal ?? standing.card.displayTotal
    }
}
