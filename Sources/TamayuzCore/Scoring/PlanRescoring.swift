/// What a change to one indicator's answer can affect, worked out once per framework from the
/// expressions' references, so that the improvement plan re-scores a candidate change along the
/// indicator's path to the root instead of the whole framework.
///
/// A change to indicator `i` (its value, its evidence, its fixed score cleared) changes `i`'s
/// answer, `i`'s score and status, and then the scores and statuses of its ancestors — the path
/// `P(i)` — and whatever reads any of these. Everything else keeps its value from the baseline
/// run, so the path can be re-scored alone, with the scorer's own steps, when:
///
/// - no derived formula and no `applicable-when` reads `i`'s answer (a derived value or an
///   applicability decision would change elsewhere in the tree);
/// - every cap, bonus or penalty rule that reads `i`'s answer, or the score or applicability of
///   a node of `P(i)`, targets a node of `P(i)` (it is then re-applied on the path, in order);
/// - no cap, bonus or penalty rule on a node of `P(i)` reads the score or applicability of a node
///   before its target in framework order (mid-run such a node is not computed yet; the loader
///   already forbids it, this keeps hand-built frameworks exact).
///
/// Other indicators are re-scored in full. Derived formulas and applicability conditions may
/// read scores and applicability freely: they are evaluated before any score is computed, over
/// statuses a plan's change cannot move. Eligibility and flag rules change no score, but one
/// that reads what the change moves could now fail (a division by zero): those are evaluated
/// again after the path, so a candidate fails exactly when its full re-score would.
struct PlanRescoringScope: Sendable {
    /// Per node: whether a change to this indicator can be re-scored along its path.
    let alongPath: [Bool]
    /// Per node: the eligibility and flag rules (indices, in the order written) that read what a
    /// change to this indicator can move.
    let rulesToRecheck: [[Int]]

    init(framework: Framework) {
        let readers = ExpressionReaders(framework)
        var alongPath = Array(repeating: false, count: framework.nodes.count)
        var rulesToRecheck = Array(repeating: [Int](), count: framework.nodes.count)
        for indicator in framework.indicators {
            (alongPath[indicator], rulesToRecheck[indicator]) = readers.scope(of: indicator, in: framework)
        }
        self.alongPath = alongPath
        self.rulesToRecheck = rulesToRecheck
    }
}

/// Who reads each node: the expressions (derived formulas, applicability conditions, rules)
/// that read its answer, and those that read its score or applicability.
private struct ExpressionReaders {
    /// An expression that reads a node's answer or score.
    enum Reader {
        /// A derived formula or an applicability condition.
        case beforeScores
        /// A cap, bonus or penalty rule, by index.
        case scoreRule(Int)
        /// An eligibility or flag rule, by index.
        case finalRule(Int)
    }

    /// Per node: the expressions that read its answer.
    var answerReaders: [[Reader]]
    /// Per node: the rules that read its score or applicability.
    var scoreReaders: [[Reader]]
    /// Per rule: whether it reads the score of a node before its target in framework order.
    var readsEarlierNode: [Bool]

    init(_ framework: Framework) {
        let nodes = framework.nodes
        answerReaders = Array(repeating: [], count: nodes.count)
        scoreReaders = Array(repeating: [], count: nodes.count)
        for index in nodes.indices {
            var expressions: [Expression] = []
            if let condition = nodes[index].applicableWhen { expressions.append(condition.expression) }
            if case let .derived(formula, _, _)? = nodes[index].indicator?.kind { expressions.append(formula.expression) }
            for expression in expressions {
                for id in expression.answerReferences {
                    if let read = framework.nodeIndex[id] { answerReaders[read].append(.beforeScores) }
                }
            }
        }
        readsEarlierNode = Array(repeating: false, count: framework.rules.count)
        for (ruleIndex, rule) in framework.rules.enumerated() {
            let reader: Reader = rule.effect.changesScore ? .scoreRule(ruleIndex) : .finalRule(ruleIndex)
            let expression = rule.condition.expression
            for id in expression.answerReferences {
                if let read = framework.nodeIndex[id] { answerReaders[read].append(reader) }
            }
            for id in expression.scoreReferences {
                guard let read = framework.nodeIndex[id] else { continue }
                scoreReaders[read].append(reader)
                if read < rule.target { readsEarlierNode[ruleIndex] = true }
            }
        }
    }

    /// Whether a change to `indicator` can be re-scored along its path, and the eligibility and
    /// flag rules to evaluate again after it.
    func scope(of indicator: Int, in framework: Framework) -> (alongPath: Bool, recheck: [Int]) {
        var path: [Int] = []
        var node: Int? = indicator
        while let current = node {
            path.append(current)
            node = framework.nodes[current].parent
        }
        var exact = true
        var recheck: Set<Int> = []
        func note(_ readers: [Reader]) {
            for reader in readers {
                switch reader {
                case .beforeScores: exact = false
                case let .scoreRule(rule): if !path.contains(framework.rules[rule].target) { exact = false }
                case let .finalRule(rule): recheck.insert(rule)
                }
            }
        }
        note(answerReaders[indicator])
        for current in path {
            note(scoreReaders[current])
            if let onPath = framework.scoreRulesByNode[current], onPath.contains(where: { readsEarlierNode[$0] }) {
                exact = false
            }
        }
        return (exact, recheck.sorted())
    }
}

/// Re-scores one candidate change of an improvement plan along the changed indicator's path,
/// over the final state of the agency's baseline run: the indicator is scored again, then each
/// ancestor is aggregated again (renormalising over its children's statuses, as they now are)
/// and its rules re-applied, with the scorer's own steps and in its order. The run is restored
/// after each candidate.
///
/// Only for indicators the ``PlanRescoringScope`` allows; the total is then bit-for-bit the one a
/// full re-score gives, and so is any error. A change can also be kept (`keeping`): the run is
/// then the changed sheet's, the baseline of the next change, as the plan's path applies its
/// steps one on top of the other. One rescorer per plan, on one thread.
final class PlanRescorer {
    private let scorer: Scorer
    private let run: ScoringRun
    private let profile: Profile?
    private let place: SourceLocation
    /// The path being re-scored (indicator first, root last) and its nodes' baseline state.
    private var path: [Int] = []
    private var saved: [(node: NodeScore, computed: Bool)] = []
    /// The baseline's sums over the children of each node with many (`ChildSums`), and each
    /// node's position among its siblings: a candidate updates one child's leaf, not all.
    private var childSums: [Int: ChildSums] = [:]
    private let positionAmongSiblings: [Int]

    /// The rescorer of a scored sheet, or nil when scoring it fails (every candidate is then
    /// re-scored in full, and fails or not on its own).
    init?(scorer: Scorer, card: ScoreCard, profile: Profile?) {
        guard let baseline = try? scorer.scored(
            sheet: card.sheet, agency: card.agency, assessors: card.assessors, profile: profile, sources: card.sources)
        else { return nil }
        self.scorer = scorer
        run = baseline.run
        self.profile = profile
        place = card.sources.first ?? scorer.framework.location
        var positions = Array(repeating: 0, count: scorer.framework.nodes.count)
        for node in scorer.framework.nodes {
            for (position, child) in node.children.enumerated() { positions[child] = position }
        }
        positionAmongSiblings = positions
        for (index, node) in scorer.framework.nodes.enumerated() where node.children.count >= ChildSums.pairwiseThreshold {
            childSums[index] = ChildSums(children: node.children, run: baseline.run) { scorer.weight(of: $0, profile: profile) }
        }
    }

    /// Whether a change to this indicator can be re-scored here: the scope allows it and the
    /// indicator counted after applicability in the baseline (so did all its ancestors).
    func canRescore(_ index: Int) -> Bool {
        scorer.planScope.alongPath[index] && (run.nodes[index].status == .scored || run.nodes[index].status == .missing)
    }

    /// The exact total after the change, as `Scorer.score` would give it for the changed sheet;
    /// the change is undone after, unless `keeping` (and the re-score succeeds).
    func total(
        after change: ImprovementPlan.Step.Change, to index: Int, _ indicator: Indicator, keeping: Bool = false
    ) throws(ScoringError) -> Double {
        let framework = scorer.framework
        let value = run.sheet.values[index]
        let evidence = run.sheet.evidence[index]
        let fixedScore = run.sheet.fixedScores[index]
        path.removeAll(keepingCapacity: true)
        saved.removeAll(keepingCapacity: true)
        var node: Int? = index
        while let current = node {
            path.append(current)
            saved.append((run.nodes[current], run.computed[current]))
            // As in a full run: a node is not computed before its turn.
            run.computed[current] = false
            node = framework.nodes[current].parent
        }
        var kept = false
        defer {
            if !kept { restore(index, value: value, evidence: evidence, fixedScore: fixedScore) }
        }
        change.apply(to: &run.sheet, at: index, indicator)

        var missingEvidence: [Int] = []
        var unanswered: [Int] = []
        var firings: [RuleFiring] = []
        for (position, current) in path.enumerated() {
            if position > 0, childSums[current] != nil {
                aggregateChanged(
                    current, child: path[position - 1], baseline: saved[position].node, baselineChild: saved[position - 1].node,
                    keeping: keeping)
                try scorer.applyScoreRules(current, run: run, at: place, firings: &firings)
            } else {
                try scorer.compute(
                    current, profile: profile, run: run, at: place,
                    missingEvidence: &missingEvidence, unanswered: &unanswered, firings: &firings)
            }
        }
        for rule in scorer.planScope.rulesToRecheck[index] {
            _ = try scorer.fires(framework.rules[rule], run: run, at: place)
        }
        kept = keeping
        return scorer.total(of: run)
    }

    /// Puts the indicator's answer and the path's nodes back as they were before a change.
    private func restore(_ index: Int, value: AnswerValue?, evidence: Bool, fixedScore: Double) {
        run.sheet.values[index] = value
        run.sheet.evidence[index] = evidence
        run.sheet.fixedScores[index] = fixedScore
        for (current, state) in zip(path, saved) {
            run.nodes[current] = state.node
            run.computed[current] = state.computed
        }
        // The siblings' normalised weights are left as the candidate set them: no step reads them.
    }

    /// Step 4 for a node with many children when only `child` changed: its leaf in the node's
    /// sums, the counts by difference, then put back for the next candidate (unless kept). The
    /// same numbers as the scorer's `aggregate` (which sums such nodes the same way); the
    /// siblings' normalised weights are not set (no step of a candidate reads them).
    private func aggregateChanged(_ node: Int, child: Int, baseline: NodeScore, baselineChild: NodeScore, keeping: Bool) {
        let position = positionAmongSiblings[child]
        let weight = scorer.weight(of: child, profile: profile)
        let changed = run.nodes[child]
        childSums[node]!.set(position, changed, weight: weight)
        defer { if !keeping { childSums[node]!.set(position, baselineChild, weight: weight) } }
        // Read in place: a copy held across the `defer` would copy the whole tree.
        run.nodes[node] = Scorer.aggregated(
            weightSum: childSums[node]!.weightSum, weighted: childSums[node]!.weightedSum,
            answered: baseline.answered - baselineChild.answered + changed.answered,
            expected: baseline.expected - baselineChild.expected + changed.expected)
    }
}
