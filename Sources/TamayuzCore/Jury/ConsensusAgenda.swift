/// The agenda of one agency's consensus meeting: the indicators the team must talk about (the
/// evaluators' scores spread beyond a threshold, or the indicator's area agrees poorly), each
/// with every evaluator's answer side by side; the evaluators' "verify on site" questions; and
/// the pre-filled consensus (the evaluators' middle answers) to edit during the meeting.
public struct ConsensusAgenda: Sendable {
    /// When an indicator goes on the agenda.
    public struct Options: Sendable {
        /// The evaluators' largest difference on an indicator's score (0–1) that goes unremarked.
        public var spread: Double
        /// An area whose interval α is below this puts all its disputed indicators on the agenda.
        public var alpha: Double

        public init(spread: Double = 0.2, alpha: Double = JuryAgreement.tentativeAlpha) {
            self.spread = spread
            self.alpha = alpha
        }
    }

    /// One evaluator's answer to an agenda item.
    public struct EvaluatorAnswer: Sendable {
        public var evaluator: Assessor
        public var answer: Answer?
        /// The indicator's score in this evaluator's assessment, 0–1; nil where it does not count.
        public var score: Double?
        /// The evaluator's leniency over the cycle (mean signed difference from the others,
        /// 0–1 scale), from the jury's calibration.
        public var leniency: Double?
    }

    /// An indicator to discuss.
    public struct Item: Sendable {
        public var indicator: Int
        /// Highest minus lowest evaluator score (0–1), nil with fewer than two scores.
        public var spread: Double?
        /// The interval α of the indicator's area, when it is below the threshold.
        public var lowAreaAlpha: Double?
        public var answers: [EvaluatorAnswer]
    }

    /// An evaluator's question for the site visit.
    public struct SiteVisitIssue: Sendable {
        public var indicator: Int
        public var evaluator: Assessor
        public var question: String
    }

    /// EFQM's rule of thumb: no more than this many site-visit issues per criterion.
    public static let siteVisitIssuesPerCriterion = 3

    public var agency: Agency
    /// The counted evaluators, in id order.
    public var evaluators: [Assessor]
    public var items: [Item]
    public var siteVisitIssues: [SiteVisitIssue]
    /// Criteria (node indices) with more site-visit issues than the rule of thumb allows, with
    /// their count.
    public var crowdedCriteria: [(criterion: Int, issues: Int)]
    /// The pre-filled consensus: per indicator the evaluators' middle answer.
    public var draft: AnswerSheet
}

extension Jury {
    /// The agenda of each agency's consensus meeting (agencies in the order given; an agency with
    /// no counted evaluator has none). Evaluations must be read whole (`answers`, not `sheet`).
    public func consensusAgendas(
        _ groups: [AgencyAssessments], outcome: JuryOutcome, options: ConsensusAgenda.Options
    ) throws(ScoringError) -> [ConsensusAgenda] {
        var agendas: [ConsensusAgenda] = []
        let leniency = Dictionary(outcome.agreement.calibration.map { ($0.evaluator, $0.meanDifference) }, uniquingKeysWith: { first, _ in first })
        for group in groups where !group.evaluations.isEmpty {
            let profile = outcome.verdicts.first { $0.agency.id == group.agency.id }?.profile
            var cards: [ScoreCard] = []
            for evaluation in group.evaluations { cards.append(try scorer.score(evaluation, profile: profile)) }
            let items = framework.indicators.compactMap { index in
                agendaItem(index, group: group, cards: cards, areaAlphas: outcome.agreement.areas.map(\.interval), leniency: leniency, options: options)
            }
            let issues = group.evaluations.flatMap { evaluation in
                evaluation.answers.keys.sorted().compactMap { index in
                    evaluation.answers[index]?.verifyOnSite.map { ConsensusAgenda.SiteVisitIssue(indicator: index, evaluator: evaluation.assessor, question: $0) }
                }
            }.sorted { ($0.indicator, $0.evaluator.id) < ($1.indicator, $1.evaluator.id) }
            agendas.append(ConsensusAgenda(
                agency: group.agency, evaluators: group.evaluations.map(\.assessor), items: items, siteVisitIssues: issues,
                crowdedCriteria: crowded(issues), draft: combinedSheet(cards, standardisation: nil)))
        }
        return agendas
    }

    private func agendaItem(
        _ index: Int, group: AgencyAssessments, cards: [ScoreCard], areaAlphas: [Double?], leniency: [String: Double?],
        options: ConsensusAgenda.Options
    ) -> ConsensusAgenda.Item? {
        guard framework.nodes[index].indicator?.kind.isAnswered == true else { return nil }
        let scores = cards.compactMap { card in card.nodes[index].counts && card.nodes[index].answered == 1 ? card.nodes[index].raw : nil }
        let spread = scores.count >= 2 ? scores.max()! - scores.min()! : nil
        let areaPosition = framework.areas.firstIndex(of: area(of: index))
        let alpha = areaPosition.flatMap { $0 < areaAlphas.count ? areaAlphas[$0] : nil }
        let lowAlpha = alpha.flatMap { $0 < options.alpha ? $0 : nil }
        // A poorly agreeing area brings its indicators on which the evaluators differ at all.
        let disputed = (spread ?? 0) > options.spread + 1e-9 || (lowAlpha != nil && (spread ?? 0) > 1e-9)
        guard disputed else { return nil }
        let answers = zip(group.evaluations, cards).map { evaluation, card in
            ConsensusAgenda.EvaluatorAnswer(
                evaluator: evaluation.assessor, answer: evaluation.answers[index],
                score: card.nodes[index].counts ? card.nodes[index].raw : nil, leniency: leniency[evaluation.assessor.id] ?? nil)
        }
        return ConsensusAgenda.Item(indicator: index, spread: spread, lowAreaAlpha: lowAlpha, answers: answers)
    }

    private func area(of index: Int) -> Int {
        var node = index
        while let parent = framework.nodes[node].parent, framework.nodes[node].level != .area { node = parent }
        return node
    }

    /// The criteria holding more site-visit issues than the rule of thumb, by their nearest criterion.
    private func crowded(_ issues: [ConsensusAgenda.SiteVisitIssue]) -> [(criterion: Int, issues: Int)] {
        var counts: [Int: Int] = [:]
        for issue in issues {
            var node = issue.indicator
            while let parent = framework.nodes[node].parent, framework.nodes[node].level != .criterion, framework.nodes[node].level != .area {
                node = parent
            }
            counts[node, default: 0] += 1
        }
        return counts.filter { $0.value > ConsensusAgenda.siteVisitIssuesPerCriterion }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
