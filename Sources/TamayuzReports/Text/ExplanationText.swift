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
    public let language: String

    public init(comparison: CycleComparison, language: String) {
        self.comparison = comparison
        self.language = language
    }

    var framework: Framework { comparison.framework }

    /// The trace of one standing, one line per element, without line ends.
    public func lines(for standing: Standing) -> [String] {
        let card = standing.card
        let total = ReportNumber.fixed(card.displayTotal, places: framework.precision)
        var lines = [say(.explainHeader, standing.agency.id, standing.agency.name.text(language), total, ReportNumber.trimmed(framework.scaleMax, places: 6))]
        if let profile = card.profileID { lines[0] += "  (" + say(.explainProfile, profile) + ")" }
        walk(0, card: card, trace: Traced(standing, framework: framework), into: &lines)
        for firing in card.ineligibility + card.flags {
            let rule = framework.rules[firing.rule]
            lines.append(say(.explainRuleNote, rule.id, rule.effect.name, rule.message.text(language)))
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
        var line = indent + node.id + "  " + indicator.kind.name + "  "
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
            let value = card.derivedValues[index].map { ReportNumber.trimmed($0, places: 6) + (unit.map { " " + $0 } ?? "") } ?? "—"
            parts.append(say(.explainDerived, expressionText(expression), value) + (fixed ? "" : " (" + AnswerText.scoringText(scoring) + ")"))
        } else if let value = card.sheet.values[index] {
            let answer = AnswerText.human(value, kind: indicator.kind, framework: framework, language: language, detailed: !fixed)
            parts.append(say(fixed && trace.isJuryScore ? .explainConsensus : .explainAnswer, answer))
        }
        if fixed, trace.isJuryScore {
            parts.append(say(.explainJury, comparison.jury.aggregation.rawValue))
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
                case let .cap(cap): parts.append(say(.explainEvidenceCap, ReportNumber.between(cap, minimum: 2, maximum: 6)))
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
            let points = ReportNumber.between(contribution * framework.scaleMax, minimum: framework.precision, maximum: framework.precision + 2)
            text += " " + say(.explainAreaPoints, points)
        }
        return text
    }

    private func totalLines(card: ScoreCard, into lines: inout [String]) {
        lines.append(say(
            .explainTotal, ReportNumber.trimmed(card.nodes[0].score, places: 6), ReportNumber.trimmed(framework.scaleMax, places: 6),
            ReportNumber.trimmed(card.total, places: 6), ReportNumber.fixed(card.displayTotal, places: framework.precision)))
        if let band = card.band {
            let bandInfo = framework.bands[band]
            lines.append(say(.explainBand, bandInfo.label.text(language), ReportNumber.trimmed(bandInfo.minimum, places: 6)))
        }
    }

    // MARK: Pieces

    private func ruleText(_ firing: RuleFiring) -> String {
        let rule = framework.rules[firing.rule]
        return say(.explainRule, rule.id, RuleText.effect(rule.effect), framework.nodes[rule.target].id, fraction(firing.before), fraction(firing.after))
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
        ReportNumber.fixed(value, places: 3)
    }

    private func say(_ key: ReportStrings.Key, _ arguments: String...) -> String {
        ReportStrings.text(key, language, arguments: arguments)
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
    static func effect(_ effect: Rule.Effect) -> String {
        switch effect {
        case let .cap(value), let .bonus(value), let .penalty(value):
            effect.name + " " + ReportNumber.between(value, minimum: 2, maximum: 6)
        case .ineligible, .flag:
            effect.name
        }
    }

    /// The value of a cap, bonus or penalty; nil for the others.
    static func value(_ effect: Rule.Effect) -> Double? {
        switch effect {
        case let .cap(value), let .bonus(value), let .penalty(value): value
        case .ineligible, .flag: nil
        }
    }
}

/// An answer as text: the machine token written in CSV (`yes`, a level id, a number, ticked
/// option ids, `not-applicable`), or the words shown to people.
enum AnswerText {
    /// `yes`/`no`, the level id, the number (at most 6 decimals), the ticked option ids
    /// separated by spaces (`none` when none is), or `not-applicable`: the assessment format's
    /// own spelling.
    static func token(_ value: AnswerValue, kind: IndicatorKind, framework: Framework) -> String {
        switch (value, kind) {
        case let (.yesNo(answer), _): return answer ? "yes" : "no"
        case let (.level(level), .ordinal(scale)):
            let levels = framework.scales[scale].levels
            return levels.indices.contains(level) ? levels[level].id : String(level)
        case let (.number(number), _): return ReportNumber.trimmed(number, places: 6)
        case let (.options(ticked), .checklist(options, _)):
            // As the assessment format writes it: "none" when nothing is ticked.
            let ids = ticked.filter { options.indices.contains($0) }.map { options[$0].id }
            return ids.isEmpty ? "none" : ids.joined(separator: " ")
        case (.notApplicable, _): return "not-applicable"
        default: return ""
        }
    }

    /// The option ids of a checklist answer.
    static func optionIDs(_ ticked: [Int], kind: IndicatorKind) -> [String] {
        guard case let .checklist(options, _) = kind else { return [] }
        return ticked.filter { options.indices.contains($0) }.map { options[$0].id }
    }

    /// The answer in words: yes/no in the language, the level's label, the number with its
    /// unit (and, when `detailed`, how it is scored), the ticked options (with their points).
    static func human(_ value: AnswerValue, kind: IndicatorKind, framework: Framework, language: String, detailed: Bool = false) -> String {
        switch (value, kind) {
        case let (.yesNo(answer), _):
            return ReportStrings.text(answer ? .yes : .no, language)
        case let (.level(level), .ordinal(scale)):
            let levels = framework.scales[scale].levels
            guard levels.indices.contains(level) else { return String(level) }
            let label = levels[level].label.text(language)
            return label.isEmpty ? levels[level].id : label
        case let (.number(number), .number(scoring, _, unit)):
            return ReportNumber.trimmed(number, places: 6) + (unit.map { " " + $0 } ?? "") + (detailed ? " (" + scoringText(scoring) + ")" : "")
        case let (.number(number), .percentage(scoring)):
            return ReportNumber.trimmed(number, places: 6) + "%" + (detailed ? " (" + scoringText(scoring) + ")" : "")
        case let (.number(number), _):
            return ReportNumber.trimmed(number, places: 6)
        case let (.options(ticked), .checklist(options, cap)):
            let ids = ticked.filter { options.indices.contains($0) }.map { options[$0].id }
            let names = ids.isEmpty ? ReportStrings.text(.none, language) : ids.joined(separator: ", ")
            guard detailed else { return names }
            let points = ticked.filter { options.indices.contains($0) }.reduce(0.0) { $0 + options[$1].points }
            return names + " (" + ReportNumber.trimmed(points, places: 6) + " / cap " + ReportNumber.trimmed(cap, places: 6) + ")"
        case (.notApplicable, _):
            return ReportStrings.text(.notApplicable, language)
        default:
            return ""
        }
    }

    /// `ramp 0 → 50`, or `≥10: 0.5, ≥20: 1` (`≤` when lower is better).
    static func scoringText(_ scoring: NumberScoring) -> String {
        switch scoring {
        case let .ramp(floor, target):
            return "ramp " + ReportNumber.trimmed(floor, places: 6) + " → " + ReportNumber.trimmed(target, places: 6)
        case let .thresholds(thresholds, direction):
            let sign = direction == .higherIsBetter ? "≥" : "≤"
            return thresholds.sorted { $0.at < $1.at }
                .map { sign + ReportNumber.trimmed($0.at, places: 6) + ": " + ReportNumber.trimmed($0.score, places: 6) }
                .joined(separator: ", ")
        }
    }
}
