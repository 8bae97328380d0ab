/// Combines evaluators' assessments of each agency into the jury's score, and measures how far
/// the evaluators agree.
///
/// Per indicator, the evaluators' indicator scores (after each one's evidence policy) combine by
/// the chosen aggregation, optionally after per-evaluator standardisation; the combined score is
/// fixed on a jury answer sheet, which is then scored like any other (applicability, rules,
/// renormalisation and bands all apply). For the expressions of rules and applicability the
/// jury's *answer* is the evaluators' middle one: the majority for yes/no (a tie is "no"), the
/// lower median level, the median number, the options a majority ticked. An indicator that a
/// majority of its evaluators answered "not applicable" is not applicable.
/// An agency with no counted evaluation is scored on its self-assessment. A consensus, then a
/// site visit, replace the answers they give (`Jury+Stages.swift`).
public struct Jury: Sendable {
    public let scorer: Scorer
    public let options: JuryOptions

    public init(scorer: Scorer, options: JuryOptions) {
        self.scorer = scorer
        self.options = options
    }

    var framework: Framework { scorer.framework }

    /// Scores every agency. `profile` forces one profile; otherwise each assessment's own.
    /// An agency whose every assessment was excluded (and that has no self-assessment) cannot
    /// be scored: it is listed in `JuryOutcome.unscored` with the exclusions. So is an agency
    /// one of whose assessments cannot be scored (a derived value that overflows, as
    /// `1e307 / 1 * 100` does), with that located finding: one agency's values never stop the
    /// cycle. Only an unknown profile, or standardisation refused, fails the whole run.
    public func judge(_ groups: [AgencyAssessments], profile requested: String?) throws(ScoringError) -> JuryOutcome {
        var unscored = groups.filter { $0.selfAssessment == nil && $0.evaluations.isEmpty }
            .map { UnscoredAgency(agency: $0.agency, exclusions: $0.exclusions) }
        let scorable = groups.filter { $0.selfAssessment != nil || !$0.evaluations.isEmpty }
        // Score every assessment on its own first, agencies in parallel.
        let scorer = self.scorer
        let profiles = try Parallel.map(scorable) { (group) throws(ScoringError) in
            try scorer.profile(requested: requested, for: group.evaluations.first ?? group.selfAssessment!)
        }
        let attempts = Parallel.map(Array(scorable.indices)) { position in
            Result { () throws(ScoringError) -> (ScoreCard?, [ScoreCard]) in
                try Self.scoreEach(scorable[position], profile: profiles[position], scorer: scorer)
            }
        }
        var scored: [(profile: Profile?, selfCard: ScoreCard?, cards: [ScoreCard])] = []
        var kept: [AgencyAssessments] = []
        for (position, attempt) in attempts.enumerated() {
            switch attempt {
            case let .success((selfCard, cards)):
                scored.append((profiles[position], selfCard, cards))
                kept.append(scorable[position])
            case let .failure(error):
                unscored.append(UnscoredAgency(agency: scorable[position].agency, exclusions: scorable[position].exclusions, failure: error.diagnostic))
            }
        }
        let evaluatorCards = scored.map(\.cards)
        let standardisation = try standardisationIfAsked(evaluatorCards)

        let jury = self
        let (groupsScored, cardsScored) = (kept, scored)
        let results = Parallel.map(Array(kept.indices)) { position in
            let (profile, selfCard, cards) = cardsScored[position]
            return Result { () throws(ScoringError) -> AgencyVerdict in
                try jury.verdict(groupsScored[position], profile: profile, selfCard: selfCard, cards: cards, standardisation: standardisation)
            }
        }
        var verdicts: [AgencyVerdict] = []
        for (position, result) in results.enumerated() {
            switch result {
            case let .success(verdict): verdicts.append(verdict)
            case let .failure(error):
                unscored.append(UnscoredAgency(agency: kept[position].agency, exclusions: kept[position].exclusions, failure: error.diagnostic))
            }
        }
        return JuryOutcome(
            verdicts: verdicts, agreement: JuryAgreement(framework: framework, evaluatorCards: evaluatorCards),
            standardisation: standardisation, unscored: unscored.sorted { $0.agency.id < $1.agency.id })
    }

    /// One agency's assessments, each scored on its own.
    private static func scoreEach(
        _ group: AgencyAssessments, profile: Profile?, scorer: Scorer
    ) throws(ScoringError) -> (ScoreCard?, [ScoreCard]) {
        let selfCard = try group.selfAssessment.map { (assessment) throws(ScoringError) in try scorer.score(assessment, profile: profile) }
        var cards: [ScoreCard] = []
        for evaluation in group.evaluations { cards.append(try scorer.score(evaluation, profile: profile)) }
        return (selfCard, cards)
    }

    /// One agency's verdict: the evaluators combined, or its self-assessment when none counted.
    private func verdict(
        _ group: AgencyAssessments, profile: Profile?, selfCard: ScoreCard?, cards: [ScoreCard],
        standardisation: EvaluatorStandardisation?
    ) throws(ScoringError) -> AgencyVerdict {
        let final: ScoreCard
        if cards.isEmpty {
            final = selfCard!
        } else {
            var card = try scorer.score(
                sheet: combinedSheet(cards, standardisation: standardisation), agency: group.agency,
                assessors: cards.flatMap(\.assessors), profile: profile, sources: cards.flatMap(\.sources))
            card.missingEvidence = Array(Set(cards.flatMap(\.missingEvidence))).sorted()
            card.partlyAnswered = partlyAnswered(cards)
            final = card
        }
        let staged = try applyStages(group, base: final, profile: profile)
        return AgencyVerdict(
            agency: group.agency, card: staged?.card ?? final, profile: profile, selfSummary: selfCard.map { summary($0) },
            evaluators: cards.map { summary($0) }, exclusions: group.exclusions, stages: staged?.stages)
    }

    private func standardisationIfAsked(_ evaluatorCards: [[ScoreCard]]) throws(ScoringError) -> EvaluatorStandardisation? {
        guard options.standardise else { return nil }
        var scores: [String: [Double]] = [:]
        for card in evaluatorCards.joined() {
            let evaluator = card.assessors[0].id
            for index in framework.indicators where card.nodes[index].status == .scored && card.nodes[index].answered == 1 {
                scores[evaluator, default: []].append(card.nodes[index].raw)
            }
        }
        guard !scores.isEmpty else { return nil }
        do {
            return try EvaluatorStandardisation(scoresByEvaluator: scores, minimumScores: options.minimumScoresPerEvaluator)
        } catch {
            throw ScoringError(.error(
                at: framework.location,
                "per-evaluator standardisation refused: \(error) (lower --min-scores only if you accept a shakier correction, or leave out --standardize)"))
        }
    }

    /// The jury's answer sheet for one agency.
    func combinedSheet(_ cards: [ScoreCard], standardisation: EvaluatorStandardisation?) -> AnswerSheet {
        var sheet = AnswerSheet(nodeCount: framework.nodes.count)
        // Read per card once: copying a whole score card per indicator would dominate.
        let answers = cards.map(\.sheet.values)
        let nodes = cards.map(\.nodes)
        let evaluators = cards.map { $0.assessors[0].id }
        var values: [AnswerValue] = []
        var scores: [Double] = []
        for index in framework.indicators {
            guard let indicator = framework.nodes[index].indicator else { continue }
            values.removeAll(keepingCapacity: true)
            scores.removeAll(keepingCapacity: true)
            var notApplicable = 0
            for position in cards.indices {
                if case .notApplicable? = answers[position][index] {
                    notApplicable += 1
                    continue
                }
                if let value = answers[position][index] { values.append(value) }
                let node = nodes[position][index]
                guard node.status == .scored, node.answered == 1 else { continue }
                let evaluator = evaluators[position]
                let score = standardisation.map { min(1, max(0, $0.standardise(node.raw, evaluator: evaluator))) } ?? node.raw
                scores.append(score)
            }
            if notApplicable * 2 > notApplicable + values.count, indicator.kind.isAnswered {
                sheet.values[index] = .notApplicable
                continue
            }
            sheet.values[index] = values.isEmpty ? nil : indicator.kind.behaviour.consensus(values)
            sheet.evidence[index] = true
            if let combined = options.aggregation.combine(scores) {
                sheet.fixedScores[index] = min(1, max(0, combined))
            }
        }
        return sheet
    }

    /// Indicators some of the evaluators answered and others left blank where it applied to
    /// them (an indicator that did not apply in an evaluator's assessment is not a blank).
    func partlyAnswered(_ cards: [ScoreCard]) -> [Int] {
        framework.indicators.filter { index in
            guard framework.nodes[index].indicator?.kind.isAnswered == true else { return false }
            var answered = 0
            var blank = 0
            for card in cards {
                let status = card.nodes[index].status
                guard status == .scored || status == .missing else { continue }
                if card.sheet.values[index] == nil { blank += 1 } else { answered += 1 }
            }
            return answered > 0 && blank > 0
        }
    }

    /// The headline numbers of one score card.
    public func summary(_ card: ScoreCard) -> AssessmentSummary {
        AssessmentSummary(
            assessor: card.assessors[0], total: card.total, displayTotal: card.displayTotal,
            areaScores: framework.areas.map { card.nodes[$0].counts ? card.nodes[$0].score : nil },
            completeness: card.completeness, source: card.sources.first)
    }
}

/// Every agency's verdict and the jury's agreement.
public struct JuryOutcome: Sendable {
    /// In agency-id order.
    public var verdicts: [AgencyVerdict]
    public var agreement: JuryAgreement
    /// The evaluators' scales, when standardisation ran.
    public var standardisation: EvaluatorStandardisation?
    /// Agencies with no assessment that counts (every evaluator excluded, no self-assessment),
    /// or one that cannot be scored; in agency-id order.
    public var unscored: [UnscoredAgency] = []
}

/// An agency that could not be scored: the exclusions that left it without an assessment, or
/// the located finding that made one of its assessments impossible to score.
public struct UnscoredAgency: Sendable {
    public var agency: Agency
    public var exclusions: [Exclusion]
    /// Why a counted assessment could not be scored (a value that overflows); nil when the
    /// agency simply has no assessment that counts.
    public var failure: Diagnostic?

    public init(agency: Agency, exclusions: [Exclusion], failure: Diagnostic? = nil) {
        self.agency = agency
        self.exclusions = exclusions
        self.failure = failure
    }
}

/// One agency's result: its final score card (the jury's, or its self-assessment when no
/// evaluator counted, after its consensus and site visit if any), its self-score and each
/// evaluator's beside it.
public struct AgencyVerdict: Sendable {
    public var agency: Agency
    public var card: ScoreCard
    public var profile: Profile?
    public var selfSummary: AssessmentSummary?
    public var evaluators: [AssessmentSummary]
    public var exclusions: [Exclusion]
    /// The trail through the consensus and the site visit, when the agency had either.
    public var stages: ReviewStages? = nil

    /// Whether the score is the jury's (at least one evaluator counted) or self-assessed.
    public var isJuryScore: Bool { !evaluators.isEmpty }
}

/// One assessment's headline numbers.
public struct AssessmentSummary: Sendable {
    public var assessor: Assessor
    public var total: Double
    public var displayTotal: Double
    /// Per top-level area (aligned with `Framework.areas`); nil where the area did not count.
    public var areaScores: [Double?]
    public var completeness: Double
    public var source: SourceLocation?
}
