import TamayuzCore

/// One agency's object in the results document: who it is, where it stands, its result and
/// eligibility, what its answers lack, the rules fired, the assessments behind the score, the
/// ranking's robustness, its improvement plan and its whole score tree.
extension ResultsJSON {
    /// One agency's object.
    static func agency(
        _ json: inout JSONWriter, _ standing: Standing, comparison: CycleComparison, plan: ImprovementPlan?, language: Language
    ) {
        let framework = comparison.framework
        let card = standing.card
        identity(&json, standing, comparison: comparison)
        place(&json, standing, framework: framework)
        result(&json, card, framework: framework)
        gaps(&json, card, framework: framework)
        rulesFired(&json, card, framework: framework)
        assessments(&json, standing.verdict, framework: framework)
        robustness(&json, standing.robustness)
        stages(&json, standing.verdict.stages, framework: framework)
        if let plan {
            json.field("plan", array: false) { json in
                for step in plan.steps {
                    json.element(inline: true) { json in planStep(&json, step, card: card, framework: framework, language: language) }
                }
            }
        } else {
            json.field("plan", .null)
        }
        json.field("nodes", array: false) { json in
            for index in framework.nodes.indices {
                json.element(inline: true) { json in node(&json, index, card: card, framework: framework) }
            }
        }
    }

    /// `id`, `name`, `kind`, `profile`, `basis` and `assessors`: the agency and whose scores count.
    private static func identity(_ json: inout JSONWriter, _ standing: Standing, comparison: CycleComparison) {
        json.field("id", .string(standing.agency.id))
        json.field("name", inline: true) { json in localized(&json, standing.agency.name) }
        json.field("kind", .orNull(standing.agency.kind))
        json.field("profile", .orNull(standing.card.profileID))
        json.field("basis", .string(basis(standing, comparison: comparison)))
        json.field("assessors", array: false) { json in
            for assessor in standing.card.assessors {
                json.element(inline: true) { json in
                    json.field("role", .string(assessor.role.rawValue))
                    json.field("id", .string(assessor.id))
                }
            }
        }
    }

    /// What the score rests on: `self` (the agency's self-assessment), `jury` (the evaluators'
    /// combined scores, in a ranking) or `assessment` (one evaluator's assessment scored alone by
    /// `tamayuz score`).
    static func basis(_ standing: Standing, comparison: CycleComparison) -> String {
        guard standing.card.assessors.contains(where: { $0.role == .evaluator }) else { return "self" }
        return comparison.isRanking ? "jury" : "assessment"
    }

    /// `rank`, `tieBrokenBy`, `previous`, `rankChange` and `isNew`: the agency's place in this
    /// cycle and against the previous one.
    private static func place(_ json: inout JSONWriter, _ standing: Standing, framework: Framework) {
        json.field("rank", .orNull(standing.rank))
        json.field("tieBrokenBy", .orNull(standing.tieBrokenBy.flatMap { position in
            framework.tieBreaks.indices.contains(position) ? framework.nodes[framework.tieBreaks[position]].id : nil
        }))
        json.field("previous", inline: true, ifPresent: standing.previous) { json, previous in
            json.field("rank", .orNull(previous.rank))
            json.field("total", .orNull(previous.total))
        }
        json.field("rankChange", .orNull(standing.rankChange))
        json.field("isNew", .bool(standing.isNew))
    }

    /// `total`, `displayTotal`, `band`, `eligible`, `ineligibility` and `flags`.
    private static func result(_ json: inout JSONWriter, _ card: ScoreCard, framework: Framework) {
        json.field("total", .number(card.total))
        json.field("displayTotal", .number(card.displayTotal))
        json.field("band", inline: true, ifPresent: card.band) { json, band in
            json.field("id", .string(framework.bands[band].id))
            json.field("label") { json in localized(&json, framework.bands[band].label) }
        }
        json.field("eligible", .bool(card.isEligible))
        json.field("ineligibility", array: false) { json in ruleNotes(&json, card.ineligibility, framework: framework) }
        json.field("flags", array: false) { json in ruleNotes(&json, card.flags, framework: framework) }
    }

    static func ruleNotes(_ json: inout JSONWriter, _ firings: [RuleFiring], framework: Framework) {
        for firing in firings {
            let rule = framework.rules[firing.rule]
            json.element(inline: true) { json in
                json.field("rule", .string(rule.id))
                json.field("message") { json in localized(&json, rule.message) }
            }
        }
    }

    /// `completeness`, then the indicators missing evidence, unanswered and partly answered.
    private static func gaps(_ json: inout JSONWriter, _ card: ScoreCard, framework: Framework) {
        json.field("completeness", .number(card.completeness))
        json.field("missingEvidence", strings: card.missingEvidence.map { framework.nodes[$0].id })
        json.field("unanswered", strings: card.unanswered.map { framework.nodes[$0].id })
        json.field("partlyAnswered", strings: card.partlyAnswered.map { framework.nodes[$0].id })
    }

    /// `rulesFired`: each rule's target, effect and the score before and after it.
    private static func rulesFired(_ json: inout JSONWriter, _ card: ScoreCard, framework: Framework) {
        json.field("rulesFired", array: false) { json in
            for firing in card.firings {
                let rule = framework.rules[firing.rule]
                json.element(inline: true) { json in
                    json.field("rule", .string(rule.id))
                    json.field("target", .string(framework.nodes[rule.target].id))
                    json.field("effect", .string(rule.effect.name))
                    json.field("value", .orNull(RuleText.value(rule.effect)))
                    json.field("before", .number(firing.before))
                    json.field("after", .number(firing.after))
                }
            }
        }
    }

    /// `self`, `evaluators` and `exclusions`: the assessments the score comes from, and the
    /// evaluators the jury left out, with why.
    private static func assessments(_ json: inout JSONWriter, _ verdict: AgencyVerdict, framework: Framework) {
        json.field("self", inline: true, ifPresent: verdict.selfSummary) { json, summary in
            assessmentSummary(&json, summary, framework: framework, withID: false)
        }
        json.field("evaluators", array: false) { json in
            for summary in verdict.evaluators {
                json.element(inline: true) { json in assessmentSummary(&json, summary, framework: framework, withID: true) }
            }
        }
        json.field("exclusions", array: false) { json in
            for exclusion in verdict.exclusions {
                json.element(inline: true) { json in
                    json.field("evaluator", .string(exclusion.evaluator.id))
                    json.field("reason", .string(exclusion.reason.rawValue))
                    json.field("source", .string(exclusion.source.description))
                }
            }
        }
    }

    static func assessmentSummary(_ json: inout JSONWriter, _ summary: AssessmentSummary, framework: Framework, withID: Bool) {
        if withID { json.field("id", .string(summary.assessor.id)) }
        json.field("total", .number(summary.total))
        json.field("displayTotal", .number(summary.displayTotal))
        json.field("completeness", .number(summary.completeness))
        json.field("areas") { json in
            for (position, area) in framework.areas.enumerated() {
                let score = position < summary.areaScores.count ? summary.areaScores[position] : nil
                json.field(framework.nodes[area].id, .orNull(score))
            }
        }
    }

    /// `robustness`: how the agency's rank moved over the sensitivity draws.
    private static func robustness(_ json: inout JSONWriter, _ robustness: RankRobustness?) {
        json.field("robustness", inline: true, ifPresent: robustness) { json, robustness in
            json.field("baseRank", .int(robustness.baseRank))
            json.field("medianRank", .number(robustness.medianRank))
            json.field("p5Rank", .int(robustness.p5Rank))
            json.field("p95Rank", .int(robustness.p95Rank))
            json.field("bestRank", .int(robustness.bestRank))
            json.field("worstRank", .int(robustness.worstRank))
            json.field("shareFirst", .number(robustness.shareFirst))
        }
    }

    /// One improvement step.
    static func planStep(_ json: inout JSONWriter, _ step: ImprovementPlan.Step, card: ScoreCard, framework: Framework, language: Language) {
        let node = framework.nodes[step.indicator]
        json.field("indicator", .string(node.id))
        json.field("title") { json in localized(&json, node.title) }
        json.field("change", .string(PlanText.changeName(step.change)))
        if let indicator = node.indicator {
            if let current = card.sheet.values[step.indicator] {
                answerValue(&json, "from", current, kind: indicator.kind, framework: framework)
            } else {
                json.field("from", .null)
            }
            if let target = PlanText.target(step.change) {
                answerValue(&json, "to", target, kind: indicator.kind, framework: framework)
            } else {
                json.field("to", .null)
            }
        }
        json.field("description", .string(PlanText.describe(step, card: card, framework: framework, language: language)))
        json.field("quickWin", .bool(step.isQuickWin))
        json.field("gain", .number(step.gain))
        json.field("displayGain", .number(Precision.round(step.gain, places: framework.precision)))
        json.field("newTotal", .number(step.newTotal))
        json.field("displayNewTotal", .number(framework.rounded(step.newTotal)))
    }
}
