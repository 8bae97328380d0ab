import TamayuzCore
import TamayuzWorkbook

/// The jury's sheets of the results workbook and the agencies' improvement paths.
extension Sheets {
    /// Krippendorff's alpha over all areas, then each area's.
    func agreement() -> Worksheet {
        var table = ResultsTable(say(.sheetAgreement), language: language, columns: [
            (say(.scope), 30), (say(.alphaInterval), 16), (say(.alphaOrdinal), 16), (say(.pairableUnits), 16),
        ])
        let agreement = comparison.agreement
        var rows = [(say(.overall), agreement.overall)]
        for (position, area) in framework.areas.enumerated() where agreement.areas.indices.contains(position) {
            rows.append((framework.nodes[area].id + " — " + framework.nodes[area].title.text(language), agreement.areas[position]))
        }
        for (scope, alpha) in rows {
            table.append([
                .text(scope), alpha.interval.map { .number($0, places: 3) } ?? .empty,
                alpha.ordinal.map { .number($0, places: 3) } ?? .empty, .number(Double(alpha.pairableUnits), places: 0),
            ])
        }
        return table.finished
    }

    /// One row per disagreement and evaluator: the evaluator's score of the indicator beside the
    /// spread of all of them.
    func disagreements() -> Worksheet {
        var table = ResultsTable(say(.sheetDisagreements), language: language, columns: [
            (say(.agencyID), 16), (say(.indicator), 12), (say(.title), 44), (say(.spread), 12), (say(.assessor), 16),
            (say(.score), 10),
        ])
        for disagreement in comparison.agreement.disagreements {
            let node = framework.nodes[disagreement.indicator]
            for pair in disagreement.scores {
                table.append([
                    .text(disagreement.agency), .text(node.id), .text(node.title.text(language)),
                    .number(disagreement.spread * 100, places: precision), .text(pair.evaluator), percent(pair.score),
                ])
            }
        }
        return table.finished
    }

    /// Each agency's improvement path, step by step, with the running total and the band each
    /// step reaches (``ImprovementPlan``).
    func plan() -> Worksheet {
        var table = ResultsTable(say(.sheetPlan), language: language, columns: [
            (say(.agencyID), 16), (say(.step), 8), (say(.indicator), 12), (say(.title), 40), (say(.change), 50),
            (say(.quickWin), 10), (say(.effort), 8), (say(.gain), 10), (say(.totalAfter), 10), (say(.bandReached), 14),
        ])
        for standing in comparison.standings {
            guard let plan = standing.plan else { continue }
            for (position, step) in plan.steps.enumerated() {
                let node = framework.nodes[step.indicator]
                table.append([
                    .text(standing.agency.id), .number(Double(position + 1), places: 0), .text(node.id),
                    .text(node.title.text(language)), .text(PlanText.describe(step, framework: framework, language: language)),
                    step.isQuickWin ? .text(say(.yes)) : .empty, .number(Double(step.effort), places: 0),
                    .number(step.gain, places: precision + 1), .number(framework.rounded(step.newTotal), places: precision),
                    step.reachesBand.map { .text(framework.bands[$0].label.text(language)) } ?? .empty,
                ])
            }
        }
        return table.finished
    }
}
