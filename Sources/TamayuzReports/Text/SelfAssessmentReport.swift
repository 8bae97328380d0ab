import TamayuzCore

/// What `tamayuz self-assess` prints for an agency: its total, band and completeness, exactly
/// which evidence is missing and which indicators are unanswered, the improvement plan (each
/// change in words, with the gain in points the engine computed and the new total), the rules
/// that fired, and — when evaluators' assessments of the same agency are given — the self-score
/// against the evaluators' mean, per area.
///
/// ``text(options:)`` is for people; ``json(options:)`` writes `tamayuz-self-assessment/1`
/// (documented in `docs/results-format.md`), whose `agency` object is the one of
/// `tamayuz-results/1`.
public struct SelfAssessmentReport: Sendable {
    /// The value of the JSON document's `schema` field.
    public static let schema = "tamayuz-self-assessment/1"

    /// The agency's score card, plan and evaluators' figures, as the self-assessment run made them.
    public var result: SelfAssessmentResult
    /// Printed with the report (e.g. loader warnings the CLI wants recorded).
    public var warnings: [String]

    public init(_ result: SelfAssessmentResult, warnings: [String] = []) {
        self.result = result
        self.warnings = warnings
    }

    private var framework: Framework { result.framework }
    private var card: ScoreCard { result.card }
    private var plan: ImprovementPlan? { result.plan }
    private var evaluators: [AssessmentSummary] { result.evaluators }

    /// The report as a one-agency comparison, so the shared renderers' pieces apply.
    var comparison: CycleComparison {
        var comparison = CycleComparison.unranked(
            [card], profiles: [card.profileID.flatMap { framework.profile($0) }], framework: framework)
        comparison.standings[0].verdict.evaluators = evaluators
        comparison.warnings = warnings.map(CycleWarning.note)
        return comparison
    }

    /// The text report in one call (what the CLI's `self-assess` prints).
    public static func text(_ result: SelfAssessmentResult, options: ReportOptions) -> String {
        SelfAssessmentReport(result).text(options: options)
    }

    /// The JSON document in one call.
    public static func json(_ result: SelfAssessmentResult, options: ReportOptions) -> String {
        SelfAssessmentReport(result).json(options: options)
    }

    // MARK: Text

    public func text(options: ReportOptions) -> String {
        let language = options.language
        let precision = framework.precision
        let comparison = comparison
        let standing = comparison.standings[0]
        func say(_ key: ReportPhrase, _ arguments: String...) -> String {
            Phrasebook(language).text(key, arguments: arguments)
        }
        func heading(_ key: ReportPhrase, _ suffix: String = "") -> String {
            TextTable.styled(say(key), options.colour ? TextTable.bold : nil) + suffix
        }
        func title(_ index: Int) -> String {
            framework.nodes[index].id + "  " + framework.nodes[index].title.text(language)
        }

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

        var areas = TextTable(indent: "  ", hasHeader: false)
        areas.column("")
        areas.column("")
        areas.column("", alignment: .right)
        for area in framework.areas {
            let score = card.nodes[area]
            areas.rows.append([
                .init(framework.nodes[area].id), .init(framework.nodes[area].title.text(language)),
                .init(score.counts ? NumberStyle.plain.percent(score.score, places: precision) : ExplanationText(comparison: comparison, language: language).statusText(area, card: card)),
            ])
        }
        lines += ["", heading(.areas)] + areas.render(colour: false)

        if !card.missingEvidence.isEmpty {
            lines += ["", heading(.missingEvidence)]
            for index in card.missingEvidence {
                lines.append("  " + title(index))
                lines.append("    " + evidenceText(index, language: language))
            }
        }
        if !card.unanswered.isEmpty {
            lines += ["", heading(.unanswered)]
            lines += card.unanswered.map { "  " + title($0) }
        }
        let firings = card.firings + card.ineligibility + card.flags
        if !firings.isEmpty {
            lines += ["", heading(.rulesFired)]
            for firing in firings {
                let rule = framework.rules[firing.rule]
                if rule.effect.changesScore {
                    lines.append("  " + say(.explainRule, rule.id, RuleText.effect(rule.effect, language: language), framework.nodes[rule.target].id,
                                            NumberStyle.plain.fixed(firing.before, places: 3), NumberStyle.plain.fixed(firing.after, places: 3)))
                } else {
                    lines.append("  " + say(.explainRuleNote, rule.id, EngineWords.effect(rule.effect, Phrasebook(language)), rule.message.text(language)))
                }
            }
        }
        if let plan {
            lines += ["", heading(.improvementPlan)]
            if plan.steps.isEmpty { lines.append("  " + say(.noPlan)) }
            let shown = plan.steps.prefix(max(0, options.planLimit))
            for (position, step) in shown.enumerated() {
                lines.append("  \(position + 1). " + title(step.indicator))
                var detail = "     " + PlanText.describe(step, card: card, framework: framework, language: language) + "  "
                    + say(.planGain, NumberStyle.plain.fixed(step.gain, places: precision), NumberStyle.plain.fixed(framework.rounded(step.newTotal), places: precision))
                if step.isQuickWin { detail += "  (" + say(.quickWin) + ")" }
                lines.append(detail)
            }
            if plan.steps.count > shown.count { lines.append("  … +\(plan.steps.count - shown.count)") }
        }
        if let versus = result.versusEvaluators {
            lines += ["", heading(.selfVsEvaluators, "  (" + say(.evaluatorsCounted, evaluators.map(\.assessor.id).joined(separator: ", ")) + ")")]
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
            lines += table.render(colour: options.colour)
        }
        if options.explain {
            lines += [""] + ExplanationText(comparison: comparison, language: language).lines(for: standing)
        }
        if !warnings.isEmpty { lines.append("") }
        lines += warnings.map { "warning: " + $0 }
        return lines.map(TextTable.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// `asked: <the evidence description>; scores 0 without it` (or `capped at 0.40 without it`).
    private func evidenceText(_ index: Int, language: Language) -> String {
        guard let evidence = framework.nodes[index].indicator?.evidence else { return "" }
        let description = evidence.description.text(language)
        let say = Phrasebook(language)
        let asked = description.isEmpty ? say(.evidenceAskedNothing) : say(.evidenceAsked, description)
        switch evidence.whenMissing {
        case .zero: return asked + "; " + say(.effectZero)
        case let .cap(cap): return asked + "; " + say(.effectCap, NumberStyle.plain.between(cap, minimum: 2, maximum: 6))
        }
    }

    // MARK: JSON

    public func json(options: ReportOptions) -> String {
        let comparison = comparison
        var json = JSONWriter()
        json.object { json in
            json.field("schema", .string(Self.schema))
            ResultsJSON.head(&json, framework: framework)
            json.field("warnings", array: false) { json in
                for warning in warnings { json.element(.string(warning)) }
            }
            json.field("inputs", array: false) { json in
                for input in options.inputs { json.element(.string(input)) }
            }
            json.field("agency") { json in
                ResultsJSON.agency(&json, comparison.standings[0], comparison: comparison, plan: plan, language: options.language)
            }
            json.field("missingEvidence", array: false) { json in
                for index in card.missingEvidence {
                    guard let evidence = framework.nodes[index].indicator?.evidence else { continue }
                    json.element(inline: true) { json in
                        json.field("indicator", .string(framework.nodes[index].id))
                        json.field("title") { json in ResultsJSON.localized(&json, framework.nodes[index].title) }
                        json.field("evidence") { json in ResultsJSON.localized(&json, evidence.description) }
                        switch evidence.whenMissing {
                        case .zero:
                            json.field("whenMissing", "zero")
                            json.field("cap", .null)
                        case let .cap(cap):
                            json.field("whenMissing", "cap")
                            json.field("cap", .number(cap))
                        }
                    }
                }
            }
            json.field("unanswered", array: false) { json in
                for index in card.unanswered {
                    json.element(inline: true) { json in
                        json.field("indicator", .string(framework.nodes[index].id))
                        json.field("title") { json in ResultsJSON.localized(&json, framework.nodes[index].title) }
                    }
                }
            }
            if let versus = result.versusEvaluators {
                json.field("selfVsEvaluators") { json in
                    json.field("evaluators", strings: evaluators.map(\.assessor.id))
                    json.field("total", inline: true) { json in
                        json.field("self", .number(card.total))
                        json.field("evaluatorsMean", .number(versus.meanTotal))
                        json.field("difference", .number(versus.totalDifference))
                    }
                    json.field("areas") { json in
                        for row in versus.areas {
                            json.field(row.id, inline: true) { json in
                                json.field("self", .orNull(row.selfScore))
                                json.field("evaluatorsMean", .orNull(row.mean))
                                json.field("difference", .orNull(row.difference))
                            }
                        }
                    }
                }
            } else {
                json.field("selfVsEvaluators", .null)
            }
        }
        return json.output
    }
}

/// Improvement steps in words.
enum PlanText {
    /// The change's name in JSON.
    static func changeName(_ change: ImprovementPlan.Step.Change) -> String {
        switch change {
        case .supplyEvidence: "supply-evidence"
        case .answer: "answer"
        case .nextLevel: "next-level"
        case .bestValue: "best-value"
        }
    }

    /// The answer the step moves to (none for supplying evidence).
    static func target(_ change: ImprovementPlan.Step.Change) -> AnswerValue? {
        switch change {
        case .supplyEvidence: nil
        case let .answer(value), let .nextLevel(value), let .bestValue(value): value
        }
    }

    /// "supply the required evidence", "raise from 'Interactive' to 'Transactional'", "also tick
    /// 'SMS'", "answer it: 'yes'"; a change on an indicator that requires evidence it lacks adds
    /// "supply the required evidence" (the engine scores the change with it).
    static func describe(_ step: ImprovementPlan.Step, card: ScoreCard, framework: Framework, language: Language) -> String {
        guard let indicator = framework.nodes[step.indicator].indicator else { return "" }
        let say = Phrasebook(language)
        func quoted(_ value: AnswerValue) -> String {
            "'" + AnswerText.human(value, kind: indicator.kind, framework: framework, language: language) + "'"
        }
        let current = card.sheet.values[step.indicator]
        var text: String
        switch step.change {
        case .supplyEvidence:
            return say(.changeSupplyEvidence)
        case let .answer(value):
            text = say(.changeAnswer, quoted(value))
        case let .nextLevel(value), let .bestValue(value):
            switch (current, value, indicator.kind) {
            case let (.options(before)?, .options(after), .checklist(options, _)):
                let added = after.filter { !before.contains($0) && options.indices.contains($0) }.map { position in
                    let label = options[position].label.text(language)
                    return "'" + (label.isEmpty ? options[position].id : label) + "'"
                }
                text = say(.changeTick, added.joined(separator: ", "))
            case let (.number(before)?, .number(after), _) where after < before:
                text = say(.changeLower, quoted(.number(before)), quoted(value))
            case let (current?, _, _):
                text = say(.changeRaise, quoted(current), quoted(value))
            case (nil, _, _):
                text = say(.changeAnswer, quoted(value))
            }
            if case .bestValue = step.change { text += " " + say(.bestNote) }
        }
        if indicator.evidence.policy == .required, !card.sheet.evidence[step.indicator] {
            text += "; " + say(.changeSupplyEvidence)
        }
        return text
    }
}
