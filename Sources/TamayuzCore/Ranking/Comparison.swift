/// Compares the agencies of a cycle: normalisation across agencies (optional), standard
/// competition ranking with the framework's tie-break rules, changes against the previous cycle,
/// and rank robustness under varied weights.
public enum Comparison {
    public static func compare(
        _ outcome: JuryOutcome, scorer: Scorer, jury: JuryOptions, options: ComparisonOptions
    ) throws(ScoringError) -> CycleComparison {
        let framework = scorer.framework
        var verdicts = outcome.verdicts
        if options.normalisation != .none {
            verdicts = try normalise(verdicts, scorer: scorer, normalisation: options.normalisation)
        }
        var warnings: [CycleWarning] = []
        if let previous = options.previous, previous.frameworkID != framework.id || previous.frameworkVersion != framework.version {
            // One line whatever the file name and the strings in the file: a line break in them
            // would forge rows under the table.
            warnings.append(.previousCriteriaDiffer(
                source: TerminalText.safe(previous.source), previousCriteria: TerminalText.safe(previous.frameworkID),
                previousVersion: TerminalText.safe(previous.frameworkVersion), criteria: framework.id, version: framework.version))
        }
        for unscored in outcome.unscored {
            if let failure = unscored.failure {
                warnings.append(.agencyNotScorable(agency: unscored.agency.id, finding: failure))
                continue
            }
            let excluded = unscored.exclusions.map { CycleWarning.ExcludedEvaluator(evaluator: $0.evaluator.id, reason: $0.reason) }
            warnings.append(.agencyNotScored(agency: unscored.agency.id, excluded: excluded))
        }
        warnings += sharedNames(verdicts)
        for verdict in verdicts where !verdict.card.nodes[0].counts {
            warnings.append(.nothingCounts(agency: verdict.agency.id))
        }
        // Ranked: eligible agencies with something that counts.
        let eligible = verdicts.indices.filter { verdicts[$0].card.isEligible && verdicts[$0].card.nodes[0].counts }
        let outcomeRanks = CompetitionRanking.rankWithTies(
            totals: eligible.map { verdicts[$0].card.displayTotal },
            tieBreaks: eligible.map { position in
                framework.tieBreaks.map { node in
                    let score = verdicts[position].card.nodes[node]
                    // Compared as shown: percent of the node at the framework's precision.
                    return score.counts ? Precision.round(score.score * 100, places: framework.precision) : -1
                }
            })
        var standings: [Standing] = verdicts.map { verdict in
            Standing(
                verdict: verdict, rank: nil, tieBrokenBy: nil,
                previous: options.previous?.entries[verdict.agency.id],
                isNew: options.previous != nil && options.previous?.entries[verdict.agency.id] == nil,
                robustness: nil)
        }
        for (slot, position) in eligible.enumerated() {
            standings[position].rank = outcomeRanks.ranks[slot]
            standings[position].tieBrokenBy = outcomeRanks.brokenBy[slot]
        }
        StageRanking.rank(&standings, framework: framework, normalised: options.normalisation != .none)
        if let sensitivity = options.sensitivity {
            let robustness = try robustnessOf(standings, framework: framework, options: sensitivity)
            for position in standings.indices { standings[position].robustness = robustness[position] }
        }
        let remainingTies = outcomeRanks.remainingTies.map { group in group.map { verdicts[eligible[$0]].agency.id } }
        // The sort keys taken once, positions sorted, the standings gathered once: sorting the
        // standings themselves copied each (a whole score card) at every step of the merge.
        let keys = standings.map { (rank: $0.rank, id: $0.agency.id, total: $0.card.displayTotal) }
        let order = keys.indices.sorted { first, second in
            let (a, b) = (keys[first], keys[second])
            switch (a.rank, b.rank) {
            case let (x?, y?): return x != y ? x < y : a.id < b.id
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.total != b.total ? a.total > b.total : a.id < b.id
            }
        }
        standings = order.map { standings[$0] }
        return CycleComparison(
            framework: framework, standings: standings, remainingTies: remainingTies, agreement: outcome.agreement,
            standardisation: outcome.standardisation, options: options, jury: jury, warnings: warnings)
    }

    /// A warning for each name that several agencies carry: their rows would look alike, so the
    /// jury tells them apart by id.
    static func sharedNames(_ verdicts: [AgencyVerdict]) -> [CycleWarning] {
        var idsByName: [LocalizedText: [String]] = [:]
        for verdict in verdicts where !verdict.agency.name.isEmpty {
            idsByName[verdict.agency.name, default: []].append(verdict.agency.id)
        }
        return idsByName.filter { $0.value.count > 1 }
            .sorted { $0.value.lexicographicallyPrecedes($1.value) }
            .map { name, ids in CycleWarning.sharedName(name: TerminalText.safe(name.text(.en)), agencies: ids) }
    }

    /// Normalises each indicator's scores across the agencies, then re-scores every agency with
    /// the normalised scores fixed (so rules, caps and renormalisation still apply).
    /// min–max and percentile land in [0, 1]; z-scores are re-expressed on the pooled scale of
    /// all indicator scores (μ + σ·z, kept in [0, 1]).
    static func normalise(_ verdicts: [AgencyVerdict], scorer: Scorer, normalisation: Normalisation) throws(ScoringError) -> [AgencyVerdict] {
        let framework = scorer.framework
        var sheets = verdicts.map(\.card.sheet)
        var pooled: [Double] = []
        for verdict in verdicts {
            for index in framework.indicators where verdict.card.nodes[index].counts && verdict.card.nodes[index].answered == 1 {
                pooled.append(verdict.card.nodes[index].raw)
            }
        }
        let pooledMean = Descriptive.mean(pooled) ?? 0
        let pooledDeviation = Descriptive.populationStandardDeviation(pooled) ?? 0
        for index in framework.indicators {
            // Snapped, so that 0.15000000000000002 and 0.15 are the same value, not the two ends
            // of a range.
            let values: [Double?] = verdicts.map {
                $0.card.nodes[index].counts && $0.card.nodes[index].answered == 1 ? Precision.snap($0.card.nodes[index].raw) : nil
            }
            let normalised = normalisation.apply(values)
            for position in verdicts.indices {
                guard var value = normalised[position] else { continue }
                if normalisation == .zscore { value = pooledMean + pooledDeviation * value }
                sheets[position].fixedScores[index] = Precision.snap(min(1, max(0, value)))
            }
        }
        var result = verdicts
        for position in verdicts.indices {
            let card = verdicts[position].card
            var rescored = try scorer.score(
                sheet: sheets[position], agency: card.agency, assessors: card.assessors,
                profile: verdicts[position].profile, sources: card.sources)
            rescored.missingEvidence = card.missingEvidence
            result[position].card = rescored
        }
        return result
    }

    private static func robustnessOf(_ standings: [Standing], framework: Framework, options: SensitivityOptions) throws(ScoringError) -> [RankRobustness?] {
        // Areas that weigh nothing cannot move anything.
        let areas = framework.areas.filter { framework.nodes[$0].weight > 0 }
        let components = standings.map { standing in
            // An area that does not count takes the agency's mean over the others, which leaves
            // its base total unchanged.
            areas.map { standing.card.nodes[$0].counts ? standing.card.nodes[$0].score : standing.card.nodes[0].raw }
        }
        do {
            let analysis = try WeightSensitivity(
                componentScores: components, baseWeights: areas.map { framework.nodes[$0].weight },
                range: options.range, draws: options.draws, seed: options.seed,
                eligible: standings.map { $0.card.isEligible && $0.card.nodes[0].counts })
            return analysis.run()
        } catch {
            throw ScoringError(.error(at: framework.location, "sensitivity analysis refused: \(error)"))
        }
    }
}
