extension CycleComparison {
    /// Each agency's feedback, in the order of the standings.
    ///
    /// Per criterion, the computed remarks are the `computedPerCriterion` indicators furthest
    /// above the field's median score of that indicator (strengths) and furthest below it
    /// (improvements); an indicator level with the median is neither. Written remarks come
    /// first, then computed ones; an indicator already written about under a heading is not
    /// repeated there. The field's figures are medians and quartiles over every agency with a
    /// score, so no single agency can be read from them unless the field is one agency.
    public func feedback(notes: [String: FeedbackNotes], computedPerCriterion: Int = 2) -> [AgencyFeedback] {
        let field = FieldFigures(self)
        return standings.map { standing in
            let agencyNotes = notes[standing.agency.id] ?? FeedbackNotes()
            let areas = framework.areas.map { area in
                AgencyFeedback.AreaFeedback(
                    area: area, score: standing.card.nodes[area].counts ? standing.card.nodes[area].score : nil,
                    field: field.spread[area],
                    criteria: framework.feedbackCriteria(of: area).map {
                        criterion($0, card: standing.card, field: field, comments: agencyNotes.comments, count: computedPerCriterion)
                    })
            }
            return AgencyFeedback(
                agency: standing.agency, total: standing.card.displayTotal, band: standing.card.band,
                isEligible: standing.card.isEligible, field: field.totals, areas: areas,
                siteVisitFindings: agencyNotes.siteVisitFindings, plan: standing.plan,
                warnings: areas.flatMap(\.criteria).flatMap(Self.warnings))
        }
    }

    private func criterion(
        _ index: Int, card: ScoreCard, field: FieldFigures, comments: [FeedbackNotes.Comment], count: Int
    ) -> AgencyFeedback.CriterionFeedback {
        let indicators = framework.indicators(below: index)
        let inside = Set(indicators)
        func written(_ mark: FeedbackNotes.Comment.Mark) -> [AgencyFeedback.Remark] {
            comments.filter { $0.mark == mark && inside.contains($0.indicator) }.map { .written(indicator: $0.indicator, text: $0.text) }
        }
        let differences: [(indicator: Int, score: Double, median: Double)] = indicators.compactMap { indicator in
            guard card.nodes[indicator].counts, let median = field.indicatorMedians[indicator] else { return nil }
            return (indicator, card.nodes[indicator].score, median)
        }
        func computed(_ above: Bool, excluding written: [AgencyFeedback.Remark]) -> [AgencyFeedback.Remark] {
            let taken = Set(written.map(\.indicator))
            let candidates = differences.filter { !taken.contains($0.indicator) && (above ? $0.score > $0.median : $0.score < $0.median) }
            // Stable: the largest gap first, framework order among equal gaps.
            let ranked = candidates.enumerated().sorted { lhs, rhs in
                let left = Precision.snap(abs(lhs.element.score - lhs.element.median))
                let right = Precision.snap(abs(rhs.element.score - rhs.element.median))
                return left != right ? left > right : lhs.offset < rhs.offset
            }
            return ranked.prefix(count).map { .computed(indicator: $0.element.indicator, score: $0.element.score, fieldMedian: $0.element.median) }
        }
        let strengths = written(.strength), improvements = written(.improvement)
        return AgencyFeedback.CriterionFeedback(
            criterion: index, score: card.nodes[index].counts ? card.nodes[index].score : nil,
            strengths: strengths + computed(true, excluding: strengths),
            improvements: improvements + computed(false, excluding: improvements))
    }

    private static func warnings(_ criterion: AgencyFeedback.CriterionFeedback) -> [AgencyFeedback.Warning] {
        var warnings: [AgencyFeedback.Warning] = []
        if !criterion.hasWrittenStrength { warnings.append(.init(criterion: criterion.criterion, missing: .strength)) }
        if !criterion.hasWrittenImprovement { warnings.append(.init(criterion: criterion.criterion, missing: .improvement)) }
        return warnings
    }
}

/// The field's figures every agency's feedback is set against.
private struct FieldFigures {
    /// The spread of each area's score (node index), over agencies where it counts.
    var spread: [Int: FieldSpread] = [:]
    /// The median score of each indicator over agencies where it counts.
    var indicatorMedians: [Int: Double] = [:]
    var totals: FieldSpread?

    init(_ comparison: CycleComparison) {
        let cards = comparison.standings.map(\.card)
        for area in comparison.framework.areas {
            spread[area] = FieldSpread(cards.compactMap { $0.nodes[area].counts ? $0.nodes[area].score : nil })
        }
        for indicator in comparison.framework.indicators {
            indicatorMedians[indicator] = Descriptive.median(cards.compactMap { $0.nodes[indicator].counts ? $0.nodes[indicator].score : nil })
                .map(Precision.snap)
        }
        totals = FieldSpread(cards.map(\.displayTotal))
    }
}

extension Framework {
    /// The sections of an area's feedback: its children that are criteria, then the area itself
    /// when indicators sit directly in it.
    func feedbackCriteria(of area: Int) -> [Int] {
        let children = nodes[area].children
        let criteria = children.filter { !nodes[$0].isIndicator }
        return children.contains { nodes[$0].isIndicator } ? criteria + [area] : criteria
    }

    /// The indicators below a node, in framework order; for an area, only those directly in it
    /// when it stands for them as a section (`feedbackCriteria`).
    func indicators(below index: Int) -> [Int] {
        if nodes[index].level == .area {
            return nodes[index].children.filter { nodes[$0].isIndicator }
        }
        var found: [Int] = []
        var stack = [index]
        while let next = stack.popLast() {
            if nodes[next].isIndicator { found.append(next) } else { stack.append(contentsOf: nodes[next].children.reversed()) }
        }
        return found
    }
}
