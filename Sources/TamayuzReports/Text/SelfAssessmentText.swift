import TamayuzCore

extension SelfAssessmentReport {
    public func text(options: ReportOptions) -> String {
        SelfAssessmentText(report: self, options: options).text()
    }
}

/// The text report of a self-assessment, section by section: the summary, the areas, missing
/// evidence, unanswered indicators, rules fired, the plan, the self-score against the
/// evaluators' and, with `--explain`, the trace.
struct SelfAssessmentText {
    let report: SelfAssessmentReport
    let options: ReportOptions
    /// The report as a one-agency comparison, made once.
    let comparison: CycleComparison

    init(report: SelfAssessmentReport, options: ReportOptions) {
        self.report = report
        self.options = options
        self.comparison = report.comparison
    }

    private var language: Language { options.language }
    private var framework: Framework { report.framework }
    private var card: ScoreCard { report.card }
    private var precision: Int { framework.precision }

    func text() -> String {
        var lines = summary() + ["", heading(.areas)] + areas()
        lines += missingEvidence() + unanswered() + rulesFired() + plan() + versusEvaluators()
        if options.explain {
            lines += [""] + ExplanationText(comparison: comparison, language: language).lines(for: comparison.standings[0])
        }
        if !report.warnings.isEmpty { lines.append("") }
        lines += report.warnings.map { "warning: " + $0 }
        return lines.map(TextTable.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    private func say(_ key: ReportPhrase, _ arguments: String...) -> String {
        Phrasebook(language).text(key, arguments: arguments)
    }

    private func heading(_ key: ReportPhrase, _ suffix: String = "") -> String {
        TextTable.styled(say(key), options.colour ? TextTable.bold : nil) + suffix
    }

    private func title(_ index: Int) -> String {
        framework.nodes[index].id + "  " + framework.nodes[index].title.text(language)
    }

    /// The agency, then its total, band, eligibility, completeness and profile, aligned.
    private func summary() -> [String] {
        var lines = [heading(.selfAssessmentTitle) + "  " + card.agency.id + "  " + card.agency.name.text(language)]
        var fields: [(String, String)] = [
            (say(.total), NumberStyle.plain.fixed(card.displayTotal, places: precision) + " / " + NumberStyle.plain.shortest(framework.scaleMax, places: 6)),
            (say(.band), TableRenderer.bandLabel(card, framework: framework, language: language)),
            (say(.eligible), TableRenderer.eligibility(card, framework: framework, language: language)),
            (say(.completeness), NumberStyle.plain.percent(card.completeness, places: precision)),
        ]
        if let profile = card.profileID { fields.append((say(.profile), profile)) }
        let labelWidth = fields.map { TextTable.width($0.0) }.max() ?? 0
        for (label, value) in fields {
            lines.append(TextTable.pad(label, to: labelWidth, alignment: .left, colour: nil) + "  " + value)
        }
        return lines
    }

    /// Each area's score, or why it has none, as the table report writes it.
    private func areas() -> [String] {
        TableRenderer.areaScores(card, framework: framework, explanation: ExplanationText(comparison: comparison, language: language))
    }

    private func missingEvidence() -> [String] {
        guard !card.missingEvidence.isEmpty else { return [] }
        var lines = ["", heading(.missingEvidence)]
        for index in card.missingEvidence {
            lines.append("  " + title(index))
            lines.append("    " + evidenceText(index))
        }
        return lines
    }

    /// `asked: <the evidence description>; scores 0 without it` (or `capped at 0.40 without it`).
    private func evidenceText(_ index: Int) -> String {
        guard let evidence = framework.nodes[index].indicator?.evidence else { return "" }
        let description = evidence.description.text(language)
        let say = Phrasebook(language)
        let asked = description.isEmpty ? say(.evidenceAskedNothing) : say(.evidenceAsked, description)
        switch evidence.whenMissing {
        case .zero: return asked + "; " + say(.effectZero)
        case let .cap(cap): return asked + "; " + say(.effectCap, NumberStyle.plain.between(cap, minimum: 2, maximum: 6))
        }
    }

    private func unanswered() -> [String] {
        guard !card.unanswered.isEmpty else { return [] }
        return ["", heading(.unanswered)] + card.unanswered.map { "  " + title($0) }
    }

    /// Score-changing rules with the score before and after, then ineligibility and flags with
    /// their messages.
    private func rulesFired() -> [String] {
        let firings = card.firings + card.ineligibility + card.flags
        guard !firings.isEmpty else { return [] }
        var lines = ["", heading(.rulesFired)]
        for firing in firings {
            let rule = framework.rules[firing.rule]
            if rule.effect.changesScore {
                lines.append("  " + say(.explainRule, rule.id, RuleText.effect(rule.effect, language: language), framework.nodes[rule.target].id,
                                        NumberStyle.plain.fixed(firing.before, places: 3), NumberStyle.plain.fixed(firing.after, places: 3)))
            } else {
                lines.append("  " + say(.explainRuleNote, rule.id, EngineWords.effect(rule.effect, Phrasebook(language)), rule.message.text(language)))
            }
        }
        return lines
    }

    /// The first `planLimit` steps of the path, each with its gain and the running total, then
    /// the bands the path reaches.
    private func plan() -> [String] {
        guard let plan = report.plan else { return [] }
        var lines = ["", heading(.improvementPlan)]
        if plan.steps.isEmpty { lines.append("  " + say(.noPlan)) }
        let shown = plan.steps.prefix(max(0, options.planLimit))
        for (position, step) in shown.enumerated() {
            lines.append("  \(position + 1). " + title(step.indicator))
            var detail = "     " + PlanText.describe(step, framework: framework, language: language) + "  "
                + say(.planGain, NumberStyle.plain.fixed(step.gain, places: precision), NumberStyle.plain.fixed(framework.rounded(step.newTotal), places: precision))
            if step.isQuickWin { detail += "  (" + say(.quickWin) + ")" }
            lines.append(detail)
        }
        if plan.steps.count > shown.count { lines.append("  … +\(plan.steps.count - shown.count)") }
        let bands = PlanText.bandSentences(plan, framework: framework, say: Phrasebook(language)) { String($0) }
        return lines + bands.map { "  " + $0 }
    }

    /// Per area and for the total: the self-score, the evaluators' mean and the difference.
    private func versusEvaluators() -> [String] {
        guard let versus = report.result.versusEvaluators else { return [] }
        let counted = say(.evaluatorsCounted, report.evaluators.map(\.assessor.id).joined(separator: ", "))
        var table = TextTable(indent: "  ")
        table.column(say(.area))
        table.column(say(.selfScore), alignment: .right)
        table.column(say(.evaluatorsMean), alignment: .right)
        table.column(say(.difference), alignment: .right)
        for row in versus.areas {
            table.rows.append([
                .init(row.id), .init(row.selfScore.map { NumberStyle.plain.percent($0, places: precision) } ?? "—"),
                .init(row.mean.map { NumberStyle.plain.percent($0, places: precision) } ?? "—"),
                .init(row.difference.map { NumberStyle.plain.signed($0 * 100, places: precision) } ?? "—"),
            ])
        }
        table.rows.append([
            .init(say(.total)), .init(NumberStyle.plain.fixed(card.displayTotal, places: precision)),
            .init(NumberStyle.plain.fixed(framework.rounded(versus.meanTotal), places: precision)),
            .init(NumberStyle.plain.signed(versus.totalDifference, places: precision)),
        ])
        return ["", heading(.selfVsEvaluators, "  (" + counted + ")")] + table.render(colour: options.colour)
    }
}
