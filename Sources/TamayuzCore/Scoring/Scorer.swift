/// Scores answer sheets against a framework, in one documented order (docs/scoring.md):
///
/// 1. **Derived values**, in dependency order (an input that is missing leaves the value missing;
///    one that cannot be computed is an error only if its indicator counts in the end).
/// 2. **Profile**: nodes the profile excludes drop out with everything below them; its weights
///    replace the written ones.
/// 3. **Applicability**, top-down: a node whose parent does not count, whose `applicable-when`
///    is false, or an indicator answered "not applicable", is left out. A condition that cannot
///    be decided (it reads a missing answer) leaves the node applicable.
/// 4. **Indicator scores**: each answer → [0, 1] by its kind; unanswered ones score 0 and are
///    reported (or are left out, if the framework says so); missing required evidence scores 0
///    or caps the indicator, as declared.
/// 5. **Aggregation**, bottom-up: a node's score is the weighted mean of its counted children,
///    weights renormalised over them (a node with none counted is not applicable); then that
///    node's cap, bonus and penalty rules apply in the order written, each result kept in [0, 1].
/// 6. **Total** = root score × scale maximum, rounded to the framework's precision; **band**.
/// 7. **Eligibility and flags**, over the final scores.
public struct Scorer: Sendable {
    public let framework: Framework
    /// Derived indicators, each after the derived indicators it reads.
    let derivedOrder: [Int]
    /// What a change to each indicator's answer can affect, for the improvement plan.
    let planScope: PlanRescoringScope

    public init(framework: Framework) {
        self.framework = framework
        derivedOrder = Scorer.dependencyOrder(of: framework)
        planScope = PlanRescoringScope(framework: framework)
    }

    /// The profile an assessment is scored with: the one asked for (on the command line, else
    /// in the file), else the framework's profile for the agency's kind, else none.
    public func profile(requested: String?, for assessment: Assessment) throws(ScoringError) -> Profile? {
        if let id = requested ?? assessment.profileID {
            guard let profile = framework.profile(id) else {
                let known = framework.profiles.map(\.id).joined(separator: ", ")
                throw ScoringError(.error(
                    at: assessment.location,
                    "unknown profile '\(id)'" + (known.isEmpty ? "; the framework has no profiles" : "; known profiles: \(known)")))
            }
            return profile
        }
        return assessment.agency.kind.flatMap(framework.profile(forAgencyKind:))
    }

    /// Scores one assessment.
    public func score(_ assessment: Assessment, profile: Profile?) throws(ScoringError) -> ScoreCard {
        try score(
            sheet: assessment.sheet ?? AnswerSheet(assessment, nodeCount: framework.nodes.count),
            agency: assessment.agency, assessors: [assessment.assessor], profile: profile,
            sources: [assessment.location])
    }

    /// Scores an answer sheet (an assessment's, a jury's combination, or a what-if variant).
    public func score(
        sheet: AnswerSheet, agency: Agency, assessors: [Assessor], profile: Profile?, sources: [SourceLocation]
    ) throws(ScoringError) -> ScoreCard {
        try scored(sheet: sheet, agency: agency, assessors: assessors, profile: profile, sources: sources).card
    }

    /// Scores an answer sheet and keeps the run's final state, which the improvement plan
    /// re-scores one change at a time (`PlanRescorer`).
    func scored(
        sheet: AnswerSheet, agency: Agency, assessors: [Assessor], profile: Profile?, sources: [SourceLocation]
    ) throws(ScoringError) -> (card: ScoreCard, run: ScoringRun) {
        let run = ScoringRun(framework: framework, sheet: sheet)
        run.agencyID = agency.id
        let place = sources.first ?? framework.location

        let derivedErrors = computeDerivedValues(run, at: place)
        leaveOut(run, sheet: sheet, excluded: profile?.excluded ?? [])
        try applyConditions(run, at: place)
        // A derived value that could not be computed matters only if its indicator counts.
        if let index = derivedErrors.keys.sorted().first(where: { run.nodes[$0].status == .scored }) {
            throw derivedErrors[index]!
        }

        var missingEvidence: [Int] = []
        var unanswered: [Int] = []
        var firings: [RuleFiring] = []
        // 4–5. Bottom-up: children have larger indices than their parents.
        for index in framework.nodes.indices.reversed() where run.nodes[index].status == .scored {
            try compute(index, profile: profile, run: run, at: place, missingEvidence: &missingEvidence, unanswered: &unanswered, firings: &firings)
        }

        // 6. Total and band.
        let total = total(of: run)
        let displayTotal = framework.rounded(total)
        let band = framework.bands.firstIndex { displayTotal >= $0.minimum }
        let (ineligibility, flags) = try eligibilityAndFlags(run, at: place)
        let card = ScoreCard(
            agency: agency, assessors: assessors, profileID: profile?.id, nodes: run.nodes, sheet: sheet,
            derivedValues: derivedValues(of: run), missingEvidence: missingEvidence.reversed(),
            unanswered: unanswered.reversed(), firings: firings, ineligibility: ineligibility, flags: flags,
            total: total, displayTotal: displayTotal, band: band, sources: sources)
        return (card, run)
    }

    // MARK: Steps

    /// Step 1: derived values first, since their inputs are answers and applicability may read
    /// them. A value that cannot be computed (division by zero) is an error only if its indicator
    /// counts in the end (one left out by the profile or its applicability is not scored), so the
    /// errors are returned by indicator, to be thrown once applicability is known.
    private func computeDerivedValues(_ run: ScoringRun, at place: SourceLocation) -> [Int: ScoringError] {
        let nodes = framework.nodes
        var derivedErrors: [Int: ScoringError] = [:]
        for index in derivedOrder {
            guard case let .derived(expression, _, _)? = nodes[index].indicator?.kind else { continue }
            do {
                if case let .number(value) = try evaluate(expression, in: run, at: place, what: "derived indicator '\(nodes[index].id)'") {
                    run.derived[index] = Precision.snap(value)
                }
            } catch {
                derivedErrors[index] = error
            }
        }
        return derivedErrors
    }

    /// Step 2: the profile's exclusions and answers of "not applicable", for every node before
    /// any condition, so that no condition reads an answer that does not count, whatever the
    /// document order. Below a node left out, everything is left out too.
    private func leaveOut(_ run: ScoringRun, sheet: AnswerSheet, excluded: Set<Int>) {
        let nodes = framework.nodes
        for index in nodes.indices {
            // Fields are read in place: copying a whole `Node` per node per run was the cost of
            // scoring (and of the improvement plan, which scores once per candidate).
            if let parent = nodes[index].parent, run.nodes[parent].status != .scored {
                run.nodes[index].status = run.nodes[parent].status == .excluded ? .excluded : .notApplicable
            } else if excluded.contains(index) {
                run.nodes[index].status = .excluded
            } else if nodes[index].isIndicator, case .notApplicable? = sheet.values[index] {
                run.nodes[index].status = .notApplicable
            }
        }
    }

    /// Step 3: applicability conditions, top-down (parents precede children).
    private func applyConditions(_ run: ScoringRun, at place: SourceLocation) throws(ScoringError) {
        let nodes = framework.nodes
        for index in nodes.indices {
            if let parent = nodes[index].parent, run.nodes[parent].status != .scored {
                if run.nodes[index].status == .scored { run.nodes[index].status = .notApplicable }
                continue
            }
            guard run.nodes[index].status == .scored else { continue }
            if let condition = nodes[index].applicableWhen,
               case .boolean(false) = try evaluate(condition, in: run, at: place, what: "applicability of '\(nodes[index].id)'") {
                run.nodes[index].status = .notApplicable
            }
        }
    }

    /// Step 7: the eligibility and flag rules that fire over the final scores, apart.
    private func eligibilityAndFlags(
        _ run: ScoringRun, at place: SourceLocation
    ) throws(ScoringError) -> (ineligibility: [RuleFiring], flags: [RuleFiring]) {
        let root = run.nodes[0]
        var ineligibility: [RuleFiring] = []
        var flags: [RuleFiring] = []
        for (ruleIndex, rule) in framework.rules.enumerated() where !rule.effect.changesScore {
            guard try fires(rule, run: run, at: place) else { continue }
            let firing = RuleFiring(rule: ruleIndex, before: root.score, after: root.score)
            if case .ineligible = rule.effect { ineligibility.append(firing) } else { flags.append(firing) }
        }
        return (ineligibility, flags)
    }

    /// The derived values that could be computed, by indicator, for the score card.
    private func derivedValues(of run: ScoringRun) -> [Int: Double] {
        var derivedValues: [Int: Double] = [:]
        for index in derivedOrder where !run.derived[index].isNaN {
            derivedValues[index] = run.derived[index]
        }
        return derivedValues
    }

    /// Steps 4–5 for one node that counted after applicability: its score (an indicator's, or
    /// the weighted mean of its children, which must be computed already), then its cap, bonus
    /// and penalty rules.
    func compute(
        _ index: Int, profile: Profile?, run: ScoringRun, at place: SourceLocation,
        missingEvidence: inout [Int], unanswered: inout [Int], firings: inout [RuleFiring]
    ) throws(ScoringError) {
        if let indicator = framework.nodes[index].indicator {
            scoreIndicator(index, indicator, run: run, missingEvidence: &missingEvidence, unanswered: &unanswered)
        } else {
            aggregate(index, children: framework.nodes[index].children, profile: profile, run: run)
        }
        try applyScoreRules(index, run: run, at: place, firings: &firings)
    }

    /// Step 5 for a node whose score is in place: marks it computed, then applies its cap, bonus
    /// and penalty rules.
    func applyScoreRules(_ index: Int, run: ScoringRun, at place: SourceLocation, firings: inout [RuleFiring]) throws(ScoringError) {
        run.computed[index] = true
        if run.nodes[index].status == .scored, let rules = framework.scoreRulesByNode[index] {
            for ruleIndex in rules {
                if let firing = try apply(ruleIndex, to: index, run: run, at: place) {
                    firings.append(firing)
                }
            }
        }
    }

    /// Step 6: the root's score on the framework's scale, unrounded (0 when nothing counts).
    func total(of run: ScoringRun) -> Double {
        run.nodes[0].status == .scored ? run.nodes[0].score * framework.scaleMax : 0
    }

    private func scoreIndicator(
        _ index: Int, _ indicator: Indicator, run: ScoringRun, missingEvidence: inout [Int], unanswered: inout [Int]
    ) {
        var result = NodeScore(status: .scored, expected: 1)
        var base: Double?
        if let fixed = run.sheet.fixedScore(index) {
            base = fixed
        } else {
            let behaviour = indicator.kind.behaviour
            if let value = behaviour.isAnswered ? run.sheet.values[index] : run.derivedValue(index) {
                base = behaviour.score(value, scales: framework.scales)
            }
        }
        if var score = base.map(Precision.snap) {
            result.answered = 1
            // Evidence supports a claim: an answer that scores nothing ("no", the lowest level)
            // needs none.
            if indicator.evidence.policy == .required, indicator.kind.isAnswered, run.sheet.fixedScore(index) == nil,
               !run.sheet.evidence[index], score > 0 {
                missingEvidence.append(index)
                switch indicator.evidence.whenMissing {
                case .zero: score = 0
                case let .cap(cap): score = min(score, cap)
                }
            }
            result.raw = score
            result.score = score
        } else {
            unanswered.append(index)
            if framework.missingAnswers == .exclude { result.status = .missing }
        }
        run.nodes[index] = result
    }

    private func aggregate(_ index: Int, children: [Int], profile: Profile?, run: ScoringRun) {
        var weightSum = 0.0
        var weighted = 0.0
        var answered: Int32 = 0
        var expected: Int32 = 0
        let pairwise = children.count >= ChildSums.pairwiseThreshold
        for child in children {
            let childScore = run.nodes[child]
            answered += childScore.answered
            expected += childScore.expected
            guard !pairwise, childScore.counts else { continue }
            let weight = weight(of: child, profile: profile)
            weightSum += weight
            weighted += weight * childScore.score
        }
        if pairwise {
            let sums = ChildSums(children: children, run: run) { weight(of: $0, profile: profile) }
            weightSum = sums.weightSum
            weighted = sums.weightedSum
        }
        run.nodes[index] = Self.aggregated(weightSum: weightSum, weighted: weighted, answered: answered, expected: expected)
        if weightSum > 0 {
            for child in children where run.nodes[child].counts {
                run.nodes[child].weight = weight(of: child, profile: profile) / weightSum
            }
        }
    }

    private func apply(_ ruleIndex: Int, to index: Int, run: ScoringRun, at place: SourceLocation) throws(ScoringError) -> RuleFiring? {
        let rule = framework.rules[ruleIndex]
        guard try fires(rule, run: run, at: place) else { return nil }
        let before = run.nodes[index].score
        let after: Double
        switch rule.effect {
        case let .cap(limit): after = min(before, limit)
        case let .bonus(amount): after = min(1, before + amount)
        case let .penalty(amount): after = max(0, before - amount)
        case .ineligible, .flag: after = before
        }
        run.nodes[index].score = Precision.snap(after)
        return RuleFiring(rule: ruleIndex, before: before, after: after)
    }

    func fires(_ rule: Rule, run: ScoringRun, at place: SourceLocation) throws(ScoringError) -> Bool {
        if case .boolean(true) = try evaluate(rule.condition, in: run, at: place, what: "rule '\(rule.id)'") {
            return true
        }
        return false
    }

    private func evaluate(
        _ compiled: CompiledExpression, in run: ScoringRun, at place: SourceLocation, what: String
    ) throws(ScoringError) -> ExpressionValue {
        do {
            return try compiled.expression.evaluate(in: run)
        } catch {
            throw ScoringError(.error(
                at: place,
                "\(what) cannot be computed for agency '\(run.agencyID)': \(error.message) (in the expression at \(compiled.location(of: error.span)))"))
        }
    }

    /// Derived indicators ordered so that each comes after the derived indicators it reads
    /// (the loader refuses cycles; here a cycle would only leave values missing). Depth first
    /// with an explicit stack, so a chain of any length needs no call stack.
    static func dependencyOrder(of framework: Framework) -> [Int] {
        func derivedInputs(of index: Int) -> [Int] {
            guard case let .derived(expression, _, _)? = framework.nodes[index].indicator?.kind else { return [] }
            return expression.expression.answerReferences.sorted().compactMap { reference in
                guard let next = framework.nodeIndex[reference], case .derived? = framework.nodes[next].indicator?.kind else { return nil }
                return next
            }
        }
        var order: [Int] = []
        var seen = Set<Int>()
        for start in framework.indicators where seen.insert(start).inserted {
            var path: [(node: Int, inputs: [Int], nextInput: Int)] = [(start, derivedInputs(of: start), 0)]
            while let (node, inputs, position) = path.last {
                guard position < inputs.count else {
                    if case .derived? = framework.nodes[node].indicator?.kind { order.append(node) }
                    path.removeLast()
                    continue
                }
                path[path.count - 1].nextInput += 1
                if seen.insert(inputs[position]).inserted {
                    path.append((inputs[position], derivedInputs(of: inputs[position]), 0))
                }
            }
        }
        return order
    }
}
