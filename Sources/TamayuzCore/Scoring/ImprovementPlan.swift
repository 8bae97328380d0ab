/// An agency's improvement plan: a path of changes to its answers, each applied on top of the
/// ones before it and re-scored by the engine itself (so caps, gates, rules and renormalisation
/// are honoured), with the running total after each step and the steps that reach a new band.
///
/// The candidates are first re-scored alone from the agency's answers (re-scoring only what a
/// change can affect, `PlanRescoring.swift`); dominated ones are dropped and the rest ordered
/// into the path (`ImprovementPath.swift`). docs/scoring.md defines the effort of a step.
public struct ImprovementPlan: Sendable {
    /// One change an agency could make.
    public struct Step: Sendable, Hashable {
        public enum Change: Sendable, Hashable {
            /// Attach the evidence that is required and missing.
            case supplyEvidence
            /// Answer an unanswered indicator (at its best value).
            case answer(AnswerValue)
            /// Move to the next level (ordinal), the next threshold, or "yes".
            case nextLevel(AnswerValue)
            /// Move to the best value the indicator allows.
            case bestValue(AnswerValue)
        }

        /// The indicator (node index).
        public var indicator: Int
        public var change: Change
        /// The total after the change, on the framework's scale (unrounded), and the gain. On the
        /// path: the running total after this step and the ones before it, and this step's gain.
        /// Among the candidates: the total and gain of the change made alone.
        public var newTotal: Double
        public var gain: Double
        /// How much the change asks of the agency: 1 to supply evidence or answer a blank, 1 per
        /// level or option raised (and 1 more when the new value needs evidence still missing).
        public var effort: Int
        /// The indicator's answer and evidence before the step (on the path, after the steps
        /// before it).
        public var valueBefore: AnswerValue?
        public var evidenceBefore: Bool
        /// The band (index into `Framework.bands`) the path enters with this step, when it
        /// enters one higher than the band before it.
        public var reachesBand: Int?

        /// Paperwork rather than improvement: supplying evidence or answering what was left blank.
        public var isQuickWin: Bool {
            switch change {
            case .supplyEvidence, .answer: true
            case .nextLevel, .bestValue: false
            }
        }
    }

    /// The path: quick wins first, then by gain per unit of effort, each step gaining on top of
    /// the ones before it; no dominated change, and an indicator's levels in order.
    public var steps: [Step]
    /// Every change with a positive gain made alone from the agency's answers, in framework order.
    public var candidates: [Step]
    /// The agency's total before any step (unrounded) and its band.
    public var startTotal: Double
    public var startBand: Int?

    /// Each band the path reaches, with the number of steps (from the first) it takes.
    public var bandsReached: [(band: Int, steps: Int)] {
        steps.indices.compactMap { position in steps[position].reachesBand.map { ($0, position + 1) } }
    }
}

extension ImprovementPlan.Step.Change {
    /// Makes the change on a sheet. A changed value comes with its evidence when evidence is
    /// required, as the plan asks; a score fixed from outside (a jury's) gives way to the answer.
    func apply(to sheet: inout AnswerSheet, at index: Int, _ indicator: Indicator) {
        switch self {
        case .supplyEvidence:
            sheet.evidence[index] = true
            sheet.fixedScores[index] = .nan
        case let .answer(value), let .nextLevel(value), let .bestValue(value):
            sheet.values[index] = value
            sheet.fixedScores[index] = .nan
            if indicator.evidence.policy == .required { sheet.evidence[index] = true }
        }
    }
}

extension Scorer {
    /// The improvement plans of many agencies, computed on all cores; in the order given, the
    /// first failure thrown.
    public func improvementPlans(for cards: [(card: ScoreCard, profile: Profile?)]) throws(ScoringError) -> [ImprovementPlan] {
        let scorer = self
        return try Parallel.map(cards) { (item) throws(ScoringError) in
            try scorer.improvementPlan(for: item.card, profile: item.profile)
        }
    }

    /// Builds the improvement plan of a scored sheet; candidates that gain nothing are left out,
    /// the others made into a path (``path(through:from:profile:alongPaths:)``).
    ///
    /// Each candidate's total is the one scoring the changed sheet in full gives, bit for bit,
    /// but only what the change can affect is re-scored: the indicator's path to the root, when
    /// no derived value, applicability condition or rule off that path reads what the change
    /// moves (``PlanRescoringScope``); otherwise the whole sheet.
    public func improvementPlan(for card: ScoreCard, profile: Profile?) throws(ScoringError) -> ImprovementPlan {
        let rescorer = PlanRescorer(scorer: self, card: card, profile: profile)
        let candidates = try candidates(for: card) { (index, indicator, change) throws(ScoringError) in
            if let rescorer, rescorer.canRescore(index) {
                return try rescorer.total(after: change, to: index, indicator)
            }
            return try totalByFullRescoring(card, profile: profile, after: change, to: index, indicator)
        }
        return try path(through: candidates, from: card, profile: profile, alongPaths: true)
    }

    /// The plan with every candidate re-scored in full: the reference the tests hold
    /// ``improvementPlan(for:profile:)`` to.
    func improvementPlanByFullRescoring(for card: ScoreCard, profile: Profile?) throws(ScoringError) -> ImprovementPlan {
        let candidates = try candidates(for: card) { (index, indicator, change) throws(ScoringError) in
            try totalByFullRescoring(card, profile: profile, after: change, to: index, indicator)
        }
        return try path(through: candidates, from: card, profile: profile, alongPaths: false)
    }

    private func totalByFullRescoring(
        _ card: ScoreCard, profile: Profile?, after change: ImprovementPlan.Step.Change, to index: Int, _ indicator: Indicator
    ) throws(ScoringError) -> Double {
        var sheet = card.sheet
        change.apply(to: &sheet, at: index, indicator)
        return try score(sheet: sheet, agency: card.agency, assessors: card.assessors, profile: profile, sources: card.sources).total
    }

    /// The candidates of a plan, in framework order, each totalled by `total`; kept when they gain.
    private func candidates(
        for card: ScoreCard,
        total: (Int, Indicator, ImprovementPlan.Step.Change) throws(ScoringError) -> Double
    ) throws(ScoringError) -> [ImprovementPlan.Step] {
        var steps: [ImprovementPlan.Step] = []
        let missingEvidence = Set(card.missingEvidence)
        for index in framework.indicators {
            // Indicators that weigh nothing (inputs of derived values) are not targets in themselves:
            // moving them would game the ratio they feed, not improve the service.
            guard card.nodes[index].status == .scored || card.nodes[index].status == .missing,
                  let indicator = framework.nodes[index].indicator, indicator.kind.isAnswered,
                  framework.nodes[index].weight > 0
            else { continue }
            var changes: [ImprovementPlan.Step.Change] = []
            let behaviour = indicator.kind.behaviour
            let best = behaviour.bestValue(scales: framework.scales)
            if let current = card.sheet.values[index] {
                if missingEvidence.contains(index) { changes.append(.supplyEvidence) }
                let next = behaviour.nextValue(after: current, scales: framework.scales)
                if let next, next != current {
                    changes.append(.nextLevel(next))
                }
                if let best, best != current, best != next {
                    changes.append(.bestValue(best))
                }
            } else if let best {
                changes.append(.answer(best))
            }
            for change in changes {
                let newTotal = try total(index, indicator, change)
                let gain = newTotal - card.total
                if gain > 1e-9 {
                    let effort = change.effort(on: card.sheet, at: index, indicator, scales: framework.scales)
                    steps.append(.init(
                        indicator: index, change: change, newTotal: newTotal, gain: gain, effort: effort,
                        valueBefore: card.sheet.values[index], evidenceBefore: card.sheet.evidence[index]))
                }
            }
        }
        return steps
    }
}
