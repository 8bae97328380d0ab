/// The comparison of all agencies of a cycle: standings in rank order, remaining ties, the
/// jury's agreement and warnings. What every report renders.
public struct CycleComparison: Sendable {
    public var framework: Framework
    /// Ranked agencies by rank (then agency id), then the ineligible ones by total.
    public var standings: [Standing]
    /// Agency ids that still share a rank after every tie-break rule, one group per rank.
    public var remainingTies: [[String]]
    public var agreement: JuryAgreement
    public var standardisation: EvaluatorStandardisation?
    public var options: ComparisonOptions
    public var jury: JuryOptions
    /// Printed on every output (e.g. previous results from other criteria), worded by each
    /// report in its language.
    public var warnings: [CycleWarning]
    /// False for assessments scored one by one (`tamayuz score`): no ranks, no jury.
    public var isRanking: Bool = true

    /// How many distinct evaluators counted.
    public var evaluatorCount: Int {
        Set(standings.flatMap { $0.verdict.evaluators.map(\.assessor.id) }).count
    }

    /// The median score of each area over the ranked and unranked agencies (nil where no agency
    /// has a score), aligned with `Framework.areas`: the field's reference for each agency.
    public var areaMedians: [Double?] {
        framework.areas.map { area in
            Descriptive.median(standings.compactMap { $0.card.nodes[area].counts ? $0.card.nodes[area].score : nil })
        }
    }
}

extension CycleComparison {
    /// Assessments scored one by one, in the order given, without ranking or jury (what
    /// `tamayuz score` reports).
    public static func unranked(_ cards: [ScoreCard], profiles: [Profile?], framework: Framework) -> CycleComparison {
        let standings = cards.indices.map { position in
            let card = cards[position]
            return Standing(
                verdict: AgencyVerdict(agency: card.agency, card: card, profile: profiles[position], selfSummary: nil, evaluators: [], exclusions: []),
                rank: nil, tieBrokenBy: nil, previous: nil, isNew: false, robustness: nil)
        }
        var comparison = CycleComparison(
            framework: framework, standings: standings, remainingTies: [],
            agreement: JuryAgreement(framework: framework, evaluatorCards: []), standardisation: nil,
            options: ComparisonOptions(), jury: JuryOptions(), warnings: [])
        comparison.isRanking = false
        return comparison
    }
}

/// One agency's place.
public struct Standing: Sendable {
    public var verdict: AgencyVerdict
    /// nil for an ineligible agency.
    public var rank: Int?
    /// The tie-break rule (index into `Framework.tieBreaks`) that fixed its place, if one did.
    public var tieBrokenBy: Int?
    public var previous: PreviousCycle.Entry?
    /// Places gained since the previous cycle (positive: up); nil when either rank is missing.
    public var rankChange: Int? {
        guard let rank, let before = previous?.rank else { return nil }
        return before - rank
    }
    /// Whether the agency is new this cycle (absent from the previous results that were given).
    public var isNew: Bool
    public var robustness: RankRobustness?
    /// The agency's improvement plan, when the run was asked for plans (the jury's HTML report
    /// shows them).
    public var plan: ImprovementPlan?

    public var card: ScoreCard { verdict.card }
    public var agency: Agency { verdict.agency }
}
