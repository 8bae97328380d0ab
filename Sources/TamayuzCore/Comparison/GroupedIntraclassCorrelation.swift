/// Intraclass correlations when each group of targets has its own judges: a jury's agencies,
/// each scored on its indicators by its own evaluators.
///
/// Every group is a complete table (one row per target, one column per judge of that group);
/// groups may differ in size and in number of judges. With N values on n targets, grand mean G,
/// target means m_t (k_t judges each) and, per group g (n_g targets, k_g judges), judge means
/// c_ge and group mean c_g:
///
///     BMS = Σ_t k_t (m_t − G)² / (n − 1)                   between targets
///     WMS = Σ (x − m_t)² / (N − n)                          within targets
///     JSS = Σ_g Σ_e n_g (c_ge − c_g)²                       between judges, within their group
///     EMS = (WSS − JSS) / Σ_g (n_g − 1)(k_g − 1)            residual
///     k₀  = (N − Σ_t k_t² / N) / (n − 1)                    judges per target (k when all equal)
///
///     ICC(1,1) = (BMS − WMS) / (BMS + (k₀ − 1) WMS)   one-way random, absolute agreement, one judge
///     ICC(1,k) = (BMS − WMS) / BMS                    … of the mean of the judges
///     ICC(3,1) = (BMS − EMS) / (BMS + (k₀ − 1) EMS)   two-way mixed, consistency, one judge
///     ICC(3,k) = (BMS − EMS) / BMS                    … of the mean of the judges
///
/// With a single group these are Shrout & Fleiss's (1979) ICC(1,1), ICC(1,k), ICC(3,1) and
/// ICC(3,k) (``IntraclassCorrelation``). The one-way forms count a judge's harshness as error
/// (like Krippendorff's α); the consistency forms take each judge's own level out first, within
/// their group, and ask only whether judges order the targets alike.
package struct GroupedIntraclassCorrelation: Sendable, Equatable {
    /// Targets (rows over every group).
    package let targets: Int
    /// Mean number of judges per target, k₀.
    package let judgesPerTarget: Double
    package let betweenTargetsMeanSquare: Double
    package let withinTargetsMeanSquare: Double
    package let residualMeanSquare: Double

    /// `nil` with fewer than two targets in all, no group of two judges and two targets (no
    /// residual), a group whose rows differ in length, or a value that is not finite.
    package init?(groups: [[[Double]]]) {
        let groups = groups.filter { !$0.isEmpty }
        guard groups.allSatisfy({ group in group.allSatisfy { $0.count == group[0].count && $0.allSatisfy(\.isFinite) } }) else { return nil }
        let rows = groups.flatMap { $0 }
        let n = rows.count
        let total = rows.reduce(0) { $0 + $1.count }
        let residualDegrees = groups.reduce(0) { $0 + ($1.count - 1) * ($1[0].count - 1) }
        guard n >= 2, total > n, residualDegrees > 0 else { return nil }
        var grand = 0.0
        for row in rows { for value in row { grand += value } }
        grand /= Double(total)
        var between = 0.0
        var within = 0.0
        var squaredJudges = 0.0
        for row in rows {
            let mean = Descriptive.mean(row) ?? 0
            between += Double(row.count) * (mean - grand) * (mean - grand)
            for value in row { within += (value - mean) * (value - mean) }
            squaredJudges += Double(row.count * row.count)
        }
        var judges = 0.0
        for group in groups {
            let groupMean = Descriptive.mean(group.joined()) ?? 0
            for judge in group[0].indices {
                let mean = Descriptive.mean(group.map { $0[judge] }) ?? 0
                judges += Double(group.count) * (mean - groupMean) * (mean - groupMean)
            }
        }
        targets = n
        judgesPerTarget = (Double(total) - squaredJudges / Double(total)) / Double(n - 1)
        betweenTargetsMeanSquare = between / Double(n - 1)
        withinTargetsMeanSquare = within / Double(total - n)
        residualMeanSquare = max(0, within - judges) / Double(residualDegrees)
    }

    /// ICC(1,1): one-way random, absolute agreement, one judge.
    package var oneWaySingle: Double? {
        Self.ratio(betweenTargetsMeanSquare - withinTargetsMeanSquare, betweenTargetsMeanSquare + (judgesPerTarget - 1) * withinTargetsMeanSquare)
    }

    /// ICC(1,k): one-way random, absolute agreement, the mean of the judges.
    package var oneWayAverage: Double? {
        Self.ratio(betweenTargetsMeanSquare - withinTargetsMeanSquare, betweenTargetsMeanSquare)
    }

    /// ICC(3,1): two-way mixed, consistency, one judge.
    package var consistencySingle: Double? {
        Self.ratio(betweenTargetsMeanSquare - residualMeanSquare, betweenTargetsMeanSquare + (judgesPerTarget - 1) * residualMeanSquare)
    }

    /// ICC(3,k): two-way mixed, consistency, the mean of the judges.
    package var consistencyAverage: Double? {
        Self.ratio(betweenTargetsMeanSquare - residualMeanSquare, betweenTargetsMeanSquare)
    }

    private static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        denominator == 0 ? nil : numerator / denominator
    }
}
