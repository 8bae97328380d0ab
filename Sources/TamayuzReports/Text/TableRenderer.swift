import TamayuzCore

/// The terminal report (`--format table`): for a ranking, the ``StandingsTable`` (one aligned row
/// per standing, fitted to `options.width`, the ineligibility reasons and the area codes below),
/// then the notes the jury must see (remaining ties, excluded evaluators, warnings, agreement);
/// for assessments scored one by one (`tamayuz score`), the same table without ranks when there
/// are several, one block per assessment when there is one or with `--explain`. With
/// `options.explain`, each agency's ``ExplanationText`` trace follows.
///
/// Columns are padded by displayed width (``TextTable/width(_:)``), so Arabic names line up.
/// Colour (bold header, green rises, red falls) only when `options.colour`; the CLI decides
/// (a terminal, and no `NO_COLOR`).
public struct TableRenderer: ReportRenderer {
    public static let identifier = "table"

    public init() {}

    public func render(_ comparison: CycleComparison, options: ReportOptions) -> String {
        let lines = comparison.isRanking ? ranking(comparison, options: options) : scores(comparison, options: options)
        return lines.flatMap { TextTable.wrap($0, width: options.width) }.map(TextTable.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    // MARK: Ranking

    private func ranking(_ comparison: CycleComparison, options: ReportOptions) -> [String] {
        let showsRobustness = comparison.standings.contains { $0.robustness != nil }
        var lines = StandingsTable(comparison: comparison, options: options).lines()
        let notes = juryNotes(comparison, language: options.language, showsRobustness: showsRobustness)
        if !notes.isEmpty { lines += [""] + notes }
        if options.explain {
            let explanation = ExplanationText(comparison: comparison, language: options.language)
            for standing in comparison.standings {
                lines += [""] + explanation.lines(for: standing)
            }
        }
        return lines
    }

    /// What the jury must see under the table: ties left standing, each agency's notes, the
    /// flags raised, warnings, what the rank ranges mean, and the evaluators' agreement.
    private func juryNotes(_ comparison: CycleComparison, language: Language, showsRobustness: Bool) -> [String] {
        var notes: [String] = []
        for group in comparison.remainingTies {
            let rank = comparison.standings.first { $0.agency.id == group.first }?.rank.map(String.init) ?? "?"
            notes.append(say(.warningLine, language, say(.remainingTie, language, group.joined(separator: ", "), rank)))
        }
        for standing in comparison.standings {
            notes += agencyNotes(standing, framework: comparison.framework, language: language)
        }
        for standing in comparison.standings {
            for firing in standing.card.flags {
                let rule = comparison.framework.rules[firing.rule]
                notes.append(say(.flagLine, language, standing.agency.id, rule.message.text(language), rule.id))
            }
        }
        for warning in comparison.warnings { notes.append(WarningText.line(warning, Phrasebook(language))) }
        if showsRobustness, let sensitivity = comparison.options.sensitivity {
            notes.append(say(.robustnessNote, language, String(sensitivity.draws), NumberStyle.plain.shortest(sensitivity.range * 100, places: 6)))
        }
        if comparison.evaluatorCount > 0 {
            notes += AgreementText(comparison: comparison, language: language).lines()
        }
        return notes
    }

    /// One agency's notes: the criterion that broke its tie, its partly answered indicators, the
    /// evaluators left out of its jury and how its review stages moved it.
    private func agencyNotes(_ standing: Standing, framework: Framework, language: Language) -> [String] {
        var notes: [String] = []
        if let rule = standing.tieBrokenBy, let rank = standing.rank, rule < framework.tieBreaks.count {
            let node = framework.nodes[framework.tieBreaks[rule]]
            notes.append(say(.tieBroken, language, standing.agency.id, String(rank), node.title.text(language)))
        }
        if !standing.card.partlyAnswered.isEmpty {
            let ids = standing.card.partlyAnswered.map { framework.nodes[$0].id }
            notes.append(say(.partlyAnswered, language, standing.agency.id, ids.joined(separator: ", ")))
        }
        for exclusion in standing.verdict.exclusions {
            notes.append(say(.exclusion, language, exclusion.evaluator.id, exclusion.agency, exclusion.source.description))
        }
        notes += StageText.line(standing, framework: framework, language: language)
        return notes
    }

    // MARK: Scores one by one

    /// One row per assessment when there are several (and no `--explain`); otherwise a block each.
    private func scores(_ comparison: CycleComparison, options: ReportOptions) -> [String] {
        guard comparison.standings.count > 1, !options.explain else { return blocks(comparison, options: options) }
        var lines = StandingsTable(comparison: comparison, options: options).lines()
        if !comparison.warnings.isEmpty { lines.append("") }
        for warning in comparison.warnings { lines.append(WarningText.line(warning, Phrasebook(options.language))) }
        return lines
    }

    private func blocks(_ comparison: CycleComparison, options: ReportOptions) -> [String] {
        let explanation = ExplanationText(comparison: comparison, language: options.language)
        var lines: [String] = []
        for (position, standing) in comparison.standings.enumerated() {
            if position > 0 { lines.append("") }
            lines += summaryLines(standing, framework: comparison.framework, options: options)
            lines += areaLines(standing.card, framework: comparison.framework, explanation: explanation, options: options)
            lines += ruleLines(standing.card, framework: comparison.framework, options: options)
            if options.explain {
                lines += [""] + explanation.lines(for: standing)
            }
        }
        if !comparison.warnings.isEmpty { lines.append("") }
        for warning in comparison.warnings { lines.append(WarningText.line(warning, Phrasebook(options.language))) }
        return lines
    }

    /// The assessment's labelled fields: agency, assessor, profile, total, band, eligibility,
    /// completeness, and the indicators missing evidence or unanswered.
    private func summaryLines(_ standing: Standing, framework: Framework, options: ReportOptions) -> [String] {
        let card = standing.card
        let language = options.language
        let precision = framework.precision
        var fields: [(String, String)] = [
            (say(.agency, language), standing.agency.id + "  " + standing.agency.name.text(language)),
            (say(.assessor, language), Self.assessorText(card, language: language)),
        ]
        if let profile = card.profileID { fields.append((say(.profile, language), profile)) }
        fields += [
            (say(.total, language), NumberStyle.plain.fixed(card.displayTotal, places: precision) + " / " + NumberStyle.plain.shortest(framework.scaleMax, places: 6)),
            (say(.band, language), Self.bandLabel(card, framework: framework, language: language)),
            (say(.eligible, language), Self.eligibility(card, framework: framework, language: language)),
            (say(.completeness, language), NumberStyle.plain.percent(card.completeness, places: precision)),
        ]
        if !card.missingEvidence.isEmpty {
            fields.append((say(.missingEvidence, language), card.missingEvidence.map { framework.nodes[$0].id }.joined(separator: ", ")))
        }
        if !card.unanswered.isEmpty {
            fields.append((say(.unanswered, language), card.unanswered.map { framework.nodes[$0].id }.joined(separator: ", ")))
        }
        return Self.labelled(fields, colour: options.colour)
    }

    /// `label  value` lines, the values aligned after the widest label (bold in colour).
    static func labelled(_ fields: [(label: String, value: String)], colour: Bool) -> [String] {
        let labelWidth = fields.map { TextTable.width($0.label) }.max() ?? 0
        return fields.map { label, value in
            TextTable.pad(label, to: labelWidth, alignment: .left, colour: colour ? TextTable.bold : nil) + "  " + value
        }
    }

    /// `Areas`, then each area's scores.
    private func areaLines(_ card: ScoreCard, framework: Framework, explanation: ExplanationText, options: ReportOptions) -> [String] {
        [TextTable.styled(say(.areas, options.language), options.colour ? TextTable.bold : nil)]
            + Self.areaScores(card, framework: framework, explanation: explanation)
    }

    /// Each area's id, title and score, or why it does not count, indented and aligned.
    static func areaScores(_ card: ScoreCard, framework: Framework, explanation: ExplanationText) -> [String] {
        var areas = TextTable(indent: "  ", hasHeader: false)
        areas.column("")
        areas.column("")
        areas.column("", alignment: .right)
        for area in framework.areas {
            let score = card.nodes[area]
            let value = score.counts ? NumberStyle.plain.percent(score.score, places: framework.precision) : explanation.statusText(area, card: card)
            areas.rows.append([.init(framework.nodes[area].id), .init(framework.nodes[area].title.text(explanation.language)), .init(value)])
        }
        return areas.render(colour: false)
    }

    /// `Rules fired`, then each rule: the score it changed, from and to, or its note.
    private func ruleLines(_ card: ScoreCard, framework: Framework, options: ReportOptions) -> [String] {
        let firings = card.firings + card.ineligibility + card.flags
        guard !firings.isEmpty else { return [] }
        let language = options.language
        var lines = [TextTable.styled(say(.rulesFired, language), options.colour ? TextTable.bold : nil)]
        for firing in firings {
            let rule = framework.rules[firing.rule]
            if rule.effect.changesScore {
                lines.append("  " + say(.explainRule, language, rule.id, RuleText.effect(rule.effect, language: language), framework.nodes[rule.target].id,
                                        NumberStyle.plain.fixed(firing.before, places: 3), NumberStyle.plain.fixed(firing.after, places: 3)))
            } else {
                lines.append("  " + say(.explainRuleNote, language, rule.id, EngineWords.effect(rule.effect, Phrasebook(language)), rule.message.text(language)))
            }
        }
        return lines
    }

    // MARK: Cells shared with other renderers

    /// Ranks held by more than one standing (shown as `=2`).
    static func sharedRanks(_ standings: [Standing]) -> Set<Int> {
        var seen: Set<Int> = []
        var shared: Set<Int> = []
        for rank in standings.compactMap(\.rank) where !seen.insert(rank).inserted { shared.insert(rank) }
        return shared
    }

    /// `1`, `=2` for a shared rank, `—` for an unranked agency.
    static func rankText(_ rank: Int?, shared: Set<Int>) -> String {
        guard let rank else { return "—" }
        return (shared.contains(rank) ? "=" : "") + String(rank)
    }

    static func bandLabel(_ card: ScoreCard, framework: Framework, language: Language) -> String {
        card.band.map { framework.bands[$0].label.text(language) } ?? "—"
    }

    /// `✓`, or `ineligible: ` and the messages of the ineligibility rules that fired.
    static func eligibility(_ card: ScoreCard, framework: Framework, language: Language) -> String {
        guard !card.isEligible else { return "✓" }
        return Phrasebook(language)(.ineligible, ineligibilityReasons(card, framework: framework, language: language))
    }

    /// The messages (or ids) of the ineligibility rules that fired, `; ` between them.
    static func ineligibilityReasons(_ card: ScoreCard, framework: Framework, language: Language) -> String {
        card.ineligibility.map { firing in
            let rule = framework.rules[firing.rule]
            let message = rule.message.text(language)
            return message.isEmpty ? rule.id : message
        }.joined(separator: "; ")
    }

    /// `↑3` (green), `↓2` (red), `=`, `new`, or blank.
    static func changeCell(_ standing: Standing, language: Language) -> TextTable.Cell {
        if let change = standing.rankChange {
            if change > 0 { return .init("↑\(change)", style: TextTable.green) }
            if change < 0 { return .init("↓\(-change)", style: TextTable.red) }
            return .init("=")
        }
        return .init(standing.isNew ? Phrasebook(language)(.newAgency) : "")
    }

    static func assessorText(_ card: ScoreCard, language: Language) -> String {
        let evaluators = card.assessors.filter { $0.role == .evaluator }
        if evaluators.isEmpty { return Phrasebook(language)(.selfAssessment) }
        if evaluators.count == 1 { return Phrasebook(language)(.evaluator, evaluators[0].id) }
        return Phrasebook(language)(.jury, evaluators.map(\.id).joined(separator: ", "))
    }

    private func say(_ key: ReportPhrase, _ language: Language, _ arguments: String...) -> String {
        Phrasebook(language).text(key, arguments: arguments)
    }
}
