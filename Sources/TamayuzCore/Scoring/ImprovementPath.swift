/// Makes an improvement plan's candidates (each re-scored alone from the agency's answers) into
/// a path the agency can follow:
///
/// 1. a candidate is dropped when another change to the same indicator gains as much or more for
///    less effort, or more for the same effort (ticking three checklist options when the cap
///    makes one as good);
/// 2. the rest are ordered quick wins first, then by gain per unit of effort (largest first),
///    then by gain, then in framework order; an indicator's changes keep their order of level
///    (the next level before the best one) by taking the places its changes were given;
/// 3. the steps are applied one on top of the other, the sheet re-scored after each (exactly as
///    in full): a step's gain and total are those on the path, and a step that no longer gains
///    is left out. The step whose running total (at the framework's precision) enters a higher band
///    than the one before says so.
///
/// Each step is re-scored along the changed indicator's path where the rescorer can, twice
/// (to weigh it, then to keep it): candidates × the path to the root, as for the candidates.
extension Scorer {
    /// The path through the candidates (see above). Along paths, a step is re-scored by a
    /// ``PlanRescorer`` over the run of the steps before it, and kept there; a step the rescorer
    /// cannot take, or every step when `alongPaths` is false, is re-scored in full.
    func path(
        through candidates: [ImprovementPlan.Step], from card: ScoreCard, profile: Profile?, alongPaths: Bool
    ) throws(ScoringError) -> ImprovementPlan {
        // The sheet and total after the steps so far (its other figures are the baseline's: only
        // the sheet, agency, assessors and sources are read from it).
        var current = card
        var rescorer = alongPaths ? PlanRescorer(scorer: self, card: card, profile: profile) : nil
        var band = bandIndex(of: card.total)
        var steps: [ImprovementPlan.Step] = []
        for candidate in ordered(undominated(candidates)) {
            let index = candidate.indicator
            guard let indicator = framework.nodes[index].indicator else { continue }
            // The change is made on the sheet itself and undone if the step is not kept: a copy
            // of the whole sheet per candidate made the path quadratic in the indicators.
            let before = (value: current.sheet.values[index], evidence: current.sheet.evidence[index], fixed: current.sheet.fixedScores[index])
            let effort = candidate.change.effort(on: current.sheet, at: index, indicator, scales: framework.scales)
            let newTotal: Double
            let along = rescorer?.canRescore(index) == true
            candidate.change.apply(to: &current.sheet, at: index, indicator)
            if along, let rescorer {
                newTotal = try rescorer.total(after: candidate.change, to: index, indicator)
            } else {
                newTotal = try score(sheet: current.sheet, agency: card.agency, assessors: card.assessors, profile: profile, sources: card.sources).total
            }
            guard newTotal - current.total > 1e-9 else {
                (current.sheet.values[index], current.sheet.evidence[index], current.sheet.fixedScores[index]) = before
                continue
            }
            var step = ImprovementPlan.Step(
                indicator: index, change: candidate.change, newTotal: newTotal, gain: newTotal - current.total,
                effort: effort, valueBefore: before.value, evidenceBefore: before.evidence)
            let newBand = bandIndex(of: newTotal)
            if let newBand, newBand < band ?? framework.bands.count { step.reachesBand = newBand }
            steps.append(step)
            (current.total, band) = (newTotal, newBand)
            if along, let rescorer {
                _ = try rescorer.total(after: candidate.change, to: index, indicator, keeping: true)
            } else if alongPaths {
                rescorer = PlanRescorer(scorer: self, card: current, profile: profile)
            }
        }
        return ImprovementPlan(steps: steps, candidates: candidates, startTotal: card.total, startBand: bandIndex(of: card.total))
    }

    /// The band of an unrounded total (bands are sorted highest first: a lower index is higher).
    private func bandIndex(of total: Double) -> Int? {
        let rounded = framework.rounded(total)
        return framework.bands.firstIndex { rounded >= $0.minimum }
    }

    /// The candidates no other change to the same indicator dominates, in the order given.
    private func undominated(_ candidates: [ImprovementPlan.Step]) -> [ImprovementPlan.Step] {
        let byIndicator = Dictionary(grouping: candidates, by: \.indicator)
        return candidates.filter { candidate in
            !byIndicator[candidate.indicator, default: []].contains { other in
                other.effort <= candidate.effort && other.gain >= candidate.gain - 1e-9
                    && (other.effort < candidate.effort || other.gain > candidate.gain + 1e-9)
            }
        }
    }

    /// Quick wins first, then by gain per unit of effort, by gain, in framework order; then each
    /// indicator's changes put back in their order of level into the places they were given.
    private func ordered(_ candidates: [ImprovementPlan.Step]) -> [ImprovementPlan.Step] {
        let sorted = candidates.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.isQuickWin != y.isQuickWin { return x.isQuickWin }
            let (rateX, rateY) = (x.gain / Double(max(1, x.effort)), y.gain / Double(max(1, y.effort)))
            if abs(rateX - rateY) > 1e-12 { return rateX > rateY }
            if abs(x.gain - y.gain) > 1e-12 { return x.gain > y.gain }
            return a.offset < b.offset
        }.map(\.element)
        // Candidates come in framework order, an indicator's changes in order of level.
        var inLevelOrder = Dictionary(grouping: candidates, by: \.indicator).mapValues { $0[...] }
        return sorted.map { step in inLevelOrder[step.indicator]!.popFirst()! }
    }
}

extension ImprovementPlan.Step.Change {
    /// Levels counted along the kind's next values before a continuous scale (whose next value
    /// is halfway to the best) counts as two: the next level and the rest.
    private static let countedLevels = 10

    /// The effort of making the change on a sheet: 1 to supply evidence or answer a blank; per
    /// level or option the value is raised, 1 (counted along the kind's next values; 2 when the
    /// target is not reached within ``countedLevels``), and 1 more when the indicator requires
    /// evidence the sheet does not have.
    func effort(on sheet: AnswerSheet, at index: Int, _ indicator: Indicator, scales: [Scale]) -> Int {
        switch self {
        case .supplyEvidence, .answer: return 1
        case let .nextLevel(target), let .bestValue(target):
            let evidence = indicator.evidence.policy == .required && !sheet.evidence[index] ? 1 : 0
            guard var value = sheet.values[index] else { return 1 + evidence }
            let behaviour = indicator.kind.behaviour
            var levels = 0
            while value != target, levels <= Self.countedLevels, let next = behaviour.nextValue(after: value, scales: scales), next != value {
                value = next
                levels += 1
            }
            return (value == target ? max(1, levels) : 2) + evidence
        }
    }
}
