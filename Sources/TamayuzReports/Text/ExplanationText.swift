import TamayuzCore

/// The `--explain` trace of one agency: every node of the score tree, indented by depth, with
/// the inputs, weights, rules and contributions that make its score, so that every number
/// shown follows from the lines above it.
///
/// ```
/// A1  Ministry of Interior: total 70.0 / 100
///   UC  User centricity
///     UC.1  yes/no  answer: yes → 1.000 × weight 0.500 = 0.500 of UC
///     UC.2  ordinal  answer: Interactive, missing required evidence → capped at 0.40 → 0.400 × weight 0.500 = 0.200 of UC
///   UC = 0.700 (weighted mean of 2) × weight 0.500 = 0.350 of total = 35.0 points of the total
///   …
/// total = 0.700 (weighted mean of 2)
/// total: 0.7 × 100 = 70 → 70.0
/// band Advanced (from 70)
/// ```
///
/// An inner node gets an opening line (id and title) before its parts and a closing line after
/// them: its weighted mean, the rules that fired on it (`rule R (cap 0.50) on UC: 0.734 → 0.500`),
/// then its score × its normalised weight = its contribution to its parent; an area's line adds
/// its contribution to the total in points (its weight × its score × the scale maximum, the
/// root's weight being 1). Scores and weights show 3 decimals; totals the framework's precision
/// and an area's points up to two more, so the areas visibly add up to the total. Nodes that do
/// not count say why, and their parts are not repeated unless the reason is that nothing below
/// counts.
public struct ExplanationText: Sendable {
    public let comparison: CycleComparison
    public let language: Language

    public init(comparison: CycleComparison, language: Language) {
        self.comparison = comparison
        self.language = language
    }

    var framework: Framework { comparison.framework }

    /// The trace of one standing, one line per element, without line ends.
    public func lines(for standing: Standing) -> [String] {
        let card = standing.card
        let total = NumberStyle.plain.fixed(card.displayTotal, places: framework.precision)
        var lines = [say(.explainHeader, standing.agency.id, standing.agency.name.text(language), total, NumberStyle.plain.shortest(framework.scaleMax, places: 6))]
        if let profile = card.profileID { lines[0] += "  (" + say(.explainProfile, profile) + ")" }
        walk(0, card: card, trace: Traced(standing, framework: framework), into: &lines)
        for firing in card.ineligibility + card.flags {
            let rule = framework.rules[firing.rule]
            lines.append(say(.explainRuleNote, rule.id, EngineWords.effect(rule.effect, Phrasebook(language)), rule.message.text(language)))
        }
        return lines
    }

    // MARK: The walk

    private func walk(_ index: Int, card: ScoreCard, trace: Traced, into lines: inout [String]) {
        let node = framework.nodes[index]
        let score = card.nodes[index]
        let indent = String(repeating: "  ", count: node.depth)
        if node.indicator != nil {
            indicatorLines(index, card: card, trace: trace, indent: indent, into: &lines)
            return
        }
        if index != 0 {
            var opening = indent + node.id + "  " + node.title.text(language)
            if !score.counts { opening += "  " + statusText(index, card: card) }
            lines.append(opening)
        }
        guard score.counts || descendsWhenLeftOut(index, card: card) else { return }
        for child in node.children {
            walk(child, card: card, trace: trace, into: &lines)
        }
        guard score.counts else { return }
        let counted = node.children.filter { card.nodes[$0].counts }.count
        let mean = indent + node.id + " = " + fraction(score.raw) + " (" + say(.explainMean, String(counted)) + ")"
        let firings = trace.firings[index] ?? []
        if index == 0 {
            lines.append(mean)
            lines += firings.map { indent + "  " + ruleText($0) }
            totalLines(card: card, into: &lines)
        } else if firings.isEmpty {
            lines.append(mean + " " + weighted(index, card: card, scoreShown: false))
        } else {
            lines.append(mean)
            lines += firings.map { indent + "  " + ruleText($0) }
            lines.append(indent + node.id + ": " + weighted(index, card: card, scoreShown: true))
        }
    }

    private func indicatorLines(_ index: Int, card: ScoreCard, trace: Traced, indent: String, into lines: inout [String]) {
        let node = framework.nodes[index]
        guard let indicator = node.indicator else { return }
        let score = card.nodes[index]
        var line = indent + node.id + "  " + EngineWords.kind(indicator.kind, Phrasebook(language)) + "  "
        if !score.counts || score.answered == 0 {
            if score.status != .scored {
                line += statusText(index, card: card)
            } else if case let .derived(expression, _, _) = indicator.kind {
                line += say(.explainDerivedMissing, expressionText(expression)) + " → " + weighted(index, card: card, scoreShown: true)
            } else {
                line += say(.explainUnanswered) + " " + weighted(index, card: card, scoreShown: false)
            }
            lines.append(line)
            return
        }
        line += inputText(index, indicator: indicator, card: card, trace: trace)
        let firings = trace.firings[index] ?? []
        if firings.isEmpty {
            lines.append(line + " → " + weighted(index, card: card, scoreShown: true))
        } else {
            lines.append(line + " → " + fraction(score.raw))
            lines += firings.map { indent + "  " + ruleText($0) }
            lines.append(indent + node.id + ": " + weighted(index, card: card, scoreShown: true))
        }
    }

    /// What the indicator's score comes from: the answer (or derived value), how its kind
    /// scores it, and what the jury, normalisation or missing evidence did.
    private func inputText(_ index: Int, indicator: Indicator, card: ScoreCard, trace: Traced) -> String {
        var parts: [String] = []
        // A fixed score (the jury's combination, or a normalised one) does not come from the
        // answer shown, so how the kind scores an answer is left out then; the answer shown is
        // the evaluators' consensus, which rules read.
        let fixed = card.sheet.fixedScore(index) != nil
        if case let .derived(expression, scoring, unit) = indicator.kind {
            let value = card.derivedValues[index].map { NumberStyle.plain.shortest($0, places: 6) + (unit.map { " " + $0.text(language) } ?? "") } ?? "—"
            parts.append(say(.explainDerived, expressionText(expression), value) + (fixed ? "" : " (" + AnswerText.scoringText(scoring, language: language) + ")"))
        } else if let value = card.sheet.values[index] {
            let answer = AnswerText.human(value, kind: indicator.kind, framework: framework, language: language, detailed: !fixed)
            parts.append(say(fixed && trace.isJuryScore ? .explainConsensus : .explainAnswer, answer))
        }
        if fixed, trace.isJuryScore {
            parts.append(say(.explainJury, EngineWords.aggregation(comparison.jury.aggregation, Phrasebook(language))))
        }
        if fixed, comparison.options.normalisation != .none {
            parts.append(say(.explainNormalised, comparison.options.normalisation.rawValue))
        }
        if trace.missingEvidence.contains(index) {
            if fixed {
                parts.append(say(.explainEvidenceJury))
            } else {
                switch indicator.evidence.whenMissing {
                case .zero: parts.append(say(.explainEvidenceZero))
                case let .cap(cap): parts.append(say(.explainEvidenceCap, NumberStyle.plain.between(cap, minimum: 2, maximum: 6)))
                }
            }
        }
        return parts.joined(separator: ", ")
    }

    /// `score × weight w = contribution of PARENT` (the score left out when the line shows it
    /// already), plus the points of the total for an area.
    private func weighted(_ index: Int, card: ScoreCard, scoreShown: Bool) -> String {
        let score = card.nodes[index]
        let parent = framework.nodes[index].parent.map { framework.nodes[$0].id } ?? ""
        let contribution = score.weight * score.score
        var text = say(.explainWeighted, fraction(score.weight), fraction(contribution), parent)
        if scoreShown { text = fraction(score.score) + " " + text }
        if framework.nodes[index].level == .area {
            // Two more decimals than totals, so the areas' points visibly add up to the total.
            let points = NumberStyle.plain.between(contribution * framework.scaleMax, minimum: framework.precision, maximum: framework.precision + 2)
            text += " " + say(.explainAreaPoints, points)
        }
        return text
    }

    private func totalLines(card: ScoreCard, into lines: inout [String]) {
        lines.append(say(
            .explainTotal, NumberStyle.plain.shortest(card.nodes[0].score, places: 6), NumberStyle.plain.shortest(framework.scaleMax, places: 6),
            NumberStyle.plain.shortest(card.total, places: 6), NumberStyle.plain.fixed(card.displayTotal, places: framework.precision)))
        if let band = card.band {
            let bandInfo = framework.bands[band]
            lines.append(say(.explainBand, bandInfo.label.text(language), NumberStyle.plain.shortest(bandInfo.minimum, places: 6)))
        }
    }

    // MARK: Pieces

    private func ruleText(_ firing: RuleFiring) -> String {
        let rule = framework.rules[firing.rule]
        return say(.explainRule, rule.id, RuleText.effect(rule.effect, language: language), framework.nodes[rule.target].id, fraction(firing.before), fraction(firing.after))
    }

    /// Why a node does not count.
    func statusText(_ index: Int, card: ScoreCard) -> String {
        let node = framework.nodes[index]
        switch card.nodes[index].status {
        case .scored:
            return ""
        case .excluded:
            return say(.explainExcluded, card.profileID ?? "")
        case .missing:
            return say(.explainUnansweredLeftOut)
        case .notApplicable:
            // Its own reason first: a parent left out only because nothing below it counts is
            // no reason for its children.
            if node.indicator != nil, case .notApplicable? = card.sheet.values[index] {
                return say(.explainNotApplicableAnswered)
            }
            if let parent = node.parent, !card.nodes[parent].counts {
                return say(.explainNotApplicableParent)
            }
            if let condition = node.applicableWhen {
                return say(.explainNotApplicableCondition, expressionText(condition))
            }
            return say(.explainNotApplicableEmpty)
        }
    }

    /// A left-out inner node shows its parts only when they are why it is left out (nothing
    /// below it counts); not when a condition or the profile removed it whole.
    private func descendsWhenLeftOut(_ index: Int, card: ScoreCard) -> Bool {
        let node = framework.nodes[index]
        guard card.nodes[index].status == .notApplicable, node.applicableWhen == nil else { return false }
        if let parent = node.parent, !card.nodes[parent].counts { return false }
        return true
    }

    private func expressionText(_ expression: CompiledExpression) -> String {
        expression.source.isEmpty ? expression.expression.description : expression.source
    }

    private func fraction(_ value: Double) -> String {
        NumberStyle.plain.fixed(value, places: 3)
    }

    private func say(_ key: ReportPhrase, _ arguments: String...) -> String {
        Phrasebook(language).text(key, arguments: arguments)
    }
}

/// What the walk looks up for each node of one standing, found once.
private struct Traced {
    let isJuryScore: Bool
    let missingEvidence: Set<Int>
    /// Score-changing rules that fired, by target node, in the order applied.
    let firings: [Int: [RuleFiring]]

    init(_ standing: Standing, framework: Framework) {
        isJuryScore = standing.verdict.isJuryScore
        missingEvidence = Set(standing.card.missingEvidence)
        var firings: [Int: [RuleFiring]] = [:]
        for firing in standing.card.firings { firings[framework.rules[firing.rule].target, default: []].append(firing) }
        self.firings = firings
    }
}

/// How rule effects read: `cap 0.50`, `bonus 0.10`, `penalty 0.05`, `ineligible`, `flag`.
enum RuleText {
    /// The effect in the report's language, with its value: `cap 0.50`.
    static func effect(_ effect: Rule.Effect, language: Language) -> String {
        let name = EngineWords.effect(effect, Phrasebook(language))
        return value(effect).map { name + " " + NumberStyle.plain.between($0, minimum: 2, maximum: 6) } ?? name
    }

    /// The value of a cap, bonus or penalty; nil for the others.
    static func value(_ effect: Rule.Effect) -> Double? {
        switch effect {
        case let .cap(value), let .bonus(value), let .penalty(value): value
        case .ineligible, .flag: nil
        }
    }
}

/// How the `--explain` trace and the self-assessment word an answer: the text reports'
/// ``AnswerWording``, and, when `detailed`, how the kind scores it.
enum AnswerText {
    static func human(_ value: AnswerValue, kind: IndicatorKind, framework: Framework, language: Language, detailed: Bool = false) -> String {
        let words = AnswerWording.text(framework, language).words(value, kind: kind)
        guard detailed else { return words }
        switch value {
        case .number:
            switch kind {
            case let .number(scoring, _, _), let .percentage(scoring): return words + " (" + scoringText(scoring, language: language) + ")"
            case .yesNo, .ordinal, .checklist, .derived, .radar, .resultsSeries: return words
            }
        case let .options(ticked):
            guard case let .checklist(options, cap) = kind else { return words }
            let points = ticked.filter { options.indices.contains($0) }.reduce(0.0) { $0 + options[$1].points }
            let total = Phrasebook(language)(.checklistCap, NumberStyle.plain.shortest(points, places: 6), NumberStyle.plain.shortest(cap, places: 6))
            return words + " (" + total + ")"
        case .yesNo, .level, .radar, .series, .notApplicable:
            return words
        }
    }

    /// `ramp 0 → 50`, or `≥10: 0.5, ≥20: 1` (`≤` when lower is better).
    static func scoringText(_ scoring: NumberScoring, language: Language) -> String {
        switch scoring {
        case let .ramp(floor, target):
            return Phrasebook(language)(.scoringRamp, NumberStyle.plain.shortest(floor, places: 6), NumberStyle.plain.shortest(target, places: 6))
        case let .thresholds(thresholds, direction):
            let sign = direction == .higherIsBetter ? "≥" : "≤"
            return thresholds.sorted { $0.at < $1.at }
                .map { sign + NumberStyle.plain.shortest($0.at, places: 6) + ": " + NumberStyle.plain.shortest($0.score, places: 6) }
                .joined(separator: ", ")
        }
    }
}
