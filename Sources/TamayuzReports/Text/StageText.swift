import TamayuzCore

/// The table report's line for an agency whose review stages moved its total or its rank:
/// each stage's total and rank, in order.
enum StageText {
    static func line(_ standing: Standing, framework: Framework, language: Language) -> [String] {
        guard let stages = standing.verdict.stages, let first = stages.results.first else { return [] }
        let moved = stages.results.contains { $0.displayTotal != first.displayTotal || $0.rank != first.rank }
        guard moved else { return [] }
        let say = Phrasebook(language)
        let steps = stages.results.map { result in
            say.text(StagePhrase.stageStep, arguments: [
                say.text(name(result.stage)), NumberStyle.plain.fixed(result.displayTotal, places: framework.precision),
                result.rank.map(String.init) ?? say.text(StagePhrase.unranked),
            ])
        }
        return [say.text(StagePhrase.stagesLine, arguments: [standing.agency.id, steps.joined(separator: " → ")])]
    }

    static func name(_ stage: ReviewStages.Stage) -> StagePhrase {
        switch stage {
        case .combined: .combined
        case .consensus: .consensus
        case .siteVisit: .siteVisit
        }
    }
}
