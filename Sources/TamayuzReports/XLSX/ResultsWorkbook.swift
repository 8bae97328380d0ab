import TamayuzCore
import TamayuzWorkbook

/// The results as a workbook for the jury (`tamayuz report --format xlsx`, `tamayuz score
/// --format xlsx`): Ranking (one row per agency), Indicators (agency × indicator, long),
/// Evaluators (each assessment's total, completeness and area scores beside the one counted),
/// Agreement and Disagreements (the jury's), and Plan (each agency's improvement path, when the
/// run computed plans). `self-assess --format xlsx` writes an agency's own: Ranking (its row),
/// Indicators and Plan.
///
/// Every sheet is one table ( ``ResultsTable`` ): the header row frozen, filter buttons on, right
/// to left in Arabic; totals and scores are numbers formatted at the framework's precision, and
/// no text is ever written as a formula.
public enum ResultsWorkbook {
    package static func make(_ comparison: CycleComparison, options: ReportOptions) -> Workbook {
        let sheets = Sheets(comparison: comparison, language: options.language)
        var workbook = Workbook(sheets: [sheets.ranking(), sheets.indicators(), sheets.evaluators()])
        if comparison.isRanking {
            workbook.sheets += [sheets.agreement(), sheets.disagreements()]
        }
        if comparison.standings.contains(where: { $0.plan != nil }) {
            workbook.sheets.append(sheets.plan())
        }
        return workbook
    }

    /// An agency's own workbook (`tamayuz self-assess --format xlsx`): its row of the Ranking
    /// sheet (total, band, eligibility, completeness, areas), its Indicators and its improvement
    /// path on the Plan sheet — the same path the text and JSON outputs show.
    package static func selfAssessment(_ result: SelfAssessmentResult, options: ReportOptions) -> Workbook {
        var comparison = CycleComparison.unranked([result.card], profiles: [nil], framework: result.framework)
        comparison.standings[0].plan = result.plan
        let sheets = Sheets(comparison: comparison, language: options.language)
        return Workbook(sheets: [sheets.ranking(), sheets.indicators(), sheets.plan()])
    }

    /// The workbook's bytes (an .xlsx package).
    package static func bytes(_ comparison: CycleComparison, options: ReportOptions) throws(WorkbookWriter.Failure) -> [UInt8] {
        try WorkbookWriter.bytes(make(comparison, options: options))
    }
}

/// The sheets, each from the comparison alone.
struct Sheets {
    let comparison: CycleComparison
    let language: Language
    var framework: Framework { comparison.framework }
    var precision: Int { framework.precision }

    func say(_ phrase: ResultsPhrase) -> String {
        phrase.text(language)
    }

    func name(_ agency: Agency) -> String {
        agency.name.text(language)
    }

    /// A score in [0, 1] as a percentage at the framework's precision, or empty.
    func percent(_ score: Double?) -> ResultsTable.Cell {
        score.map { .number($0 * 100, places: precision) } ?? .empty
    }

    func ranking() -> Worksheet {
        let areas = framework.areas
        var table = ResultsTable(say(.sheetRanking), language: language, columns: [
            (say(.rank), 8), (say(.agencyID), 16), (say(.agency), 36), (say(.total), 10), (say(.band), 14),
            (say(.rankChange), 10), (say(.eligible), 10), (say(.reason), 40), (say(.completeness), 12),
        ] + areas.map { (framework.nodes[$0].id + " — " + framework.nodes[$0].title.text(language), 14) })
        for standing in comparison.standings {
            let card = standing.card
            let change: ResultsTable.Cell = standing.rankChange.map { .number(Double($0), places: 0) }
                ?? (standing.isNew ? .text(say(.new)) : .empty)
            let reasons = card.ineligibility.map { framework.rules[$0.rule].message.text(language) }
            table.append([
                standing.rank.map { .number(Double($0), places: 0) } ?? .empty,
                .text(standing.agency.id), .text(name(standing.agency)),
                .number(card.displayTotal, places: precision),
                card.band.map { .text(framework.bands[$0].label.text(language)) } ?? .empty,
                change, .text(say(card.isEligible ? .yes : .no)),
                reasons.isEmpty ? .empty : .text(reasons.joined(separator: "; ")),
                .number(card.completeness * 100, places: precision),
            ] + areas.map { card.nodes[$0].counts ? percent(card.nodes[$0].score) : .empty })
        }
        return table.finished
    }

    func indicators() -> Worksheet {
        var table = ResultsTable(say(.sheetIndicators), language: language, columns: [
            (say(.agencyID), 16), (say(.agency), 30), (say(.area), 10), (say(.indicator), 12), (say(.title), 44),
            (say(.status), 14), (say(.score), 10), (say(.answer), 30),
        ])
        let areaOf = areaOfEachNode()
        for standing in comparison.standings {
            let card = standing.card
            for index in framework.indicators {
                let node = framework.nodes[index]
                let score = card.nodes[index]
                table.append([
                    .text(standing.agency.id), .text(name(standing.agency)),
                    areaOf[index].map { .text(framework.nodes[$0].id) } ?? .empty,
                    .text(node.id), .text(node.title.text(language)),
                    .text(NodeFigures.status(score.status)),
                    score.counts ? percent(score.score) : .empty,
                    answer(index, card: card),
                ])
            }
        }
        return table.finished
    }

    /// The answer: a number as a number, any other answer in words, a derived value computed.
    private func answer(_ index: Int, card: ScoreCard) -> ResultsTable.Cell {
        guard let indicator = framework.nodes[index].indicator else { return .empty }
        if case .derived = indicator.kind { return card.derivedValues[index].map { .number($0, places: 2) } ?? .empty }
        switch card.sheet.values[index] {
        case let .number(number)?: return .number(number, places: 2)
        case let value?: return .text(AnswerText.human(value, kind: indicator.kind, framework: framework, language: language))
        case nil: return .empty
        }
    }

    /// The top-level area of each node (nil for the root).
    private func areaOfEachNode() -> [Int?] {
        var areas = [Int?](repeating: nil, count: framework.nodes.count)
        for index in framework.nodes.indices where index > 0 {
            let parent = framework.nodes[index].parent ?? 0
            areas[index] = parent == 0 ? index : areas[parent]
        }
        return areas
    }

    func evaluators() -> Worksheet {
        let areas = framework.areas
        var table = ResultsTable(say(.sheetEvaluators), language: language, columns: [
            (say(.agencyID), 16), (say(.agency), 30), (say(.role), 18), (say(.assessor), 16), (say(.total), 10),
            (say(.completeness), 12),
        ] + areas.map { (framework.nodes[$0].id, 10) })
        for standing in comparison.standings {
            let verdict = standing.verdict
            let card = standing.card
            var rows: [(String, String, Double, Double, [Double?])] = []
            if let own = verdict.selfSummary {
                rows.append((say(.selfAssessment), own.assessor.id, own.displayTotal, own.completeness, own.areaScores))
            }
            for summary in verdict.evaluators {
                rows.append((say(.evaluator), summary.assessor.id, summary.displayTotal, summary.completeness, summary.areaScores))
            }
            rows.append((say(.combined), "", card.displayTotal, card.completeness,
                         areas.map { card.nodes[$0].counts ? card.nodes[$0].score : nil }))
            for entry in rows {
                table.append([
                    .text(standing.agency.id), .text(name(standing.agency)), .text(entry.0),
                    entry.1.isEmpty ? .empty : .text(entry.1),
                    .number(entry.2, places: precision), .number(entry.3 * 100, places: precision),
                ] + entry.4.map(percent))
            }
        }
        return table.finished
    }
}
