/// The review stages applied to an agency's combined sheet: the final answer per indicator is the
/// site visit's if any, else the consensus's, else the evaluators' combination.
extension Jury {
    /// The agency's final card and its trail, or nil when it had no consensus and no site visit.
    func applyStages(
        _ group: AgencyAssessments, base: ScoreCard, profile: Profile?
    ) throws(ScoringError) -> (card: ScoreCard, stages: ReviewStages)? {
        let stages = [(ReviewStages.Stage.consensus, group.consensus), (.siteVisit, group.siteVisit)]
            .compactMap { stage, assessment in assessment.map { (stage, $0) } }
        guard !stages.isEmpty else { return nil }
        var cards = [(ReviewStages.Stage.combined, base, Assessment?.none)]
        var sheet = base.sheet
        for (stage, assessment) in stages {
            overlay(assessment, on: &sheet)
            var card = try scorer.score(
                sheet: sheet, agency: base.agency, assessors: base.assessors, profile: profile,
                sources: base.sources + [assessment.location])
            card.missingEvidence = base.missingEvidence
            card.partlyAnswered = base.partlyAnswered
            cards.append((stage, card, assessment))
        }
        let results = cards.map { stage, card, assessment in
            ReviewStages.StageResult(
                stage: stage, total: card.total, displayTotal: card.displayTotal, rank: nil,
                assessor: assessment?.assessor, source: assessment?.location,
                isRanked: card.isEligible && card.nodes[0].counts, tieBreaks: StageRanking.tieBreaks(card, framework: framework))
        }
        return (cards.last!.1, ReviewStages(results: results, changes: changes(cards)))
    }

    /// The stage's answers replace the sheet's: scored from the value, evidence taken as seen.
    private func overlay(_ assessment: Assessment, on sheet: inout AnswerSheet) {
        let own = assessment.sheet ?? AnswerSheet(assessment, nodeCount: framework.nodes.count)
        for index in framework.indicators {
            guard let value = own.values[index] else { continue }
            sheet.values[index] = value
            sheet.evidence[index] = true
            sheet.fixedScores[index] = .nan
        }
    }

    /// The indicators some stage changed (its score or its answer), each with every stage's step.
    private func changes(_ cards: [(ReviewStages.Stage, ScoreCard, Assessment?)]) -> [ReviewStages.Change] {
        framework.indicators.compactMap { index in
            let steps = cards.map { stage, card, assessment in
                let node = card.nodes[index]
                let answered = assessment.map { ($0.sheet?.values[index] ?? $0.answers[index]?.value) != nil } ?? false
                return ReviewStages.Step(
                    stage: stage, value: card.sheet.values[index], score: node.counts ? node.score : nil,
                    answeredHere: answered, rationale: assessment?.rationales[index])
            }
            let moved = zip(steps, steps.dropFirst()).contains { before, after in
                before.value != after.value || !Self.sameScore(before.score, after.score)
            }
            return moved ? ReviewStages.Change(indicator: index, steps: steps) : nil
        }
    }

    private static func sameScore(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case let (x?, y?): abs(x - y) < 1e-9
        case (nil, nil): true
        default: false
        }
    }
}
