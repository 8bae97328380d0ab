extension CycleComparison {
    /// The comparison with every agency's improvement plan attached to its standing, each
    /// computed from the agency's final score card and profile (on all cores).
    public func withImprovementPlans(scorer: Scorer) throws(ScoringError) -> CycleComparison {
        let plans = try scorer.improvementPlans(for: standings.map { ($0.card, $0.verdict.profile) })
        var comparison = self
        for (position, plan) in plans.enumerated() { comparison.standings[position].plan = plan }
        return comparison
    }
}
