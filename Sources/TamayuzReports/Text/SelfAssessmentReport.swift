import TamayuzCore

/// What `tamayuz self-assess` prints for an agency: its total, band and completeness, exactly
/// which evidence is missing and which indicators are unanswered, the improvement plan (each
/// change in words, with the gain in points the engine computed and the new total), the rules
/// that fired, and — when evaluators' assessments of the same agency are given — the self-score
/// against the evaluators' mean, per area.
///
/// ``text(options:)`` is for people; ``json(options:)`` writes `tamayuz-self-assessment/2`
/// (documented in `docs/results-format.md`), whose `agency` object is the one of
/// `tamayuz-results/1`.
public struct SelfAssessmentReport: Sendable {
    /// The value of the JSON document's `schema` field.
    public static let schema = "tamayuz-self-assessment/2"

    /// The agency's score card, plan and evaluators' figures, as the self-assessment run made them.
    public var result: SelfAssessmentResult
    /// Printed with the report (e.g. loader warnings the CLI wants recorded).
    public var warnings: [String]

    public init(_ result: SelfAssessmentResult, warnings: [String] = []) {
        self.result = result
        self.warnings = warnings
    }

    var framework: Framework { result.framework }
    var card: ScoreCard { result.card }
    var plan: ImprovementPlan? { result.plan }
    var evaluators: [AssessmentSummary] { result.evaluators }

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
    /// 'SMS'", "answer it: 'yes'", from the answer before the step (on the path); a change on an indicator that requires evidence it lacks adds
    /// "supply the required evidence" (the engine scores the change with it).
    static func describe(_ step: ImprovementPlan.Step, framework: Framework, language: Language) -> String {
        guard let indicator = framework.nodes[step.indicator].indicator else { return "" }
        let say = Phrasebook(language)
        func quoted(_ value: AnswerValue) -> String {
            "'" + AnswerText.human(value, kind: indicator.kind, framework: framework, language: language) + "'"
        }
        let current = step.valueBefore
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
        if indicator.evidence.policy == .required, !step.evidenceBefore {
            text += "; " + say(.changeSupplyEvidence)
        }
        return text
    }

    /// "Steps 1–4 take you from Available to Advanced.", one sentence per band the plan's path
    /// reaches; `integer` writes the number of steps in the report's digits.
    static func bandSentences(_ plan: ImprovementPlan, framework: Framework, say: Phrasebook, integer: (Int) -> String) -> [String] {
        let start = plan.startBand.map { framework.bands[$0].label.text(say.language) }
        return plan.bandsReached.map { reached in
            let band = framework.bands[reached.band].label.text(say.language)
            switch (reached.steps, start) {
            case let (1, start?): return say(.planStepReaches, "", start, band)
            case let (count, start?): return say(.planStepsReach, integer(count), start, band)
            case (1, nil): return say(.planStepReachesFirst, "", band)
            case let (count, nil): return say(.planStepsReachFirst, integer(count), band)
            }
        }
    }
}
