/// Intraclass correlation coefficients of Shrout & Fleiss (1979), "Intraclass correlations: uses
/// in assessing rater reliability": agreement of `k` judges who each scored the same `n` targets.
///
/// From the two-way analysis of variance of the n × k table: BMS (between targets), WMS (within
/// targets), JMS (between judges) and EMS (residual) mean squares,
///
///     ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)
///     ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)
///     ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)
///     ICC(1,k) = (BMS − WMS) / BMS
///     ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
///     ICC(3,k) = (BMS − EMS) / BMS
///
/// The first index is the model (1: each target scored by different judges; 2: judges a random
/// sample, absolute agreement; 3: these judges only, consistency); the second is whether the
/// reliability is of one judge's score (1) or of the mean of the k judges (k). A coefficient
/// whose denominator is 0 is `nil`.
package struct IntraclassCorrelation: Sendable, Equatable {
    /// Number of targets (rows).
    package let targets: Int
    /// Number of judges (columns).
    package let judges: Int
    /// Between-targets mean square.
    package let betweenTargetsMeanSquare: Double
    /// Within-target mean square (judges and residual together).
    package let withinTargetsMeanSquare: Double
    /// Between-judges mean square.
    package let betweenJudgesMeanSquare: Double
    /// Residual mean square.
    package let residualMeanSquare: Double

    /// Analyses a complete table: one row per target, one column per judge.
    ///
    /// Returns `nil` when there are fewer than two targets or two judges, the rows differ in
    /// length, or a value is not finite. Missing ratings are not supported: use
    /// ``KrippendorffAlpha`` for tables with gaps.
    package init?(_ ratings: [[Double]]) {
        let n = ratings.count
        guard n >= 2, let k = ratings.first?.count, k >= 2,
            ratings.allSatisfy({ $0.count == k && $0.allSatisfy(\.isFinite) })
        else { return nil }
        var grand = 0.0
        for row in ratings { for value in row { grand += value } }
        let mean = grand / Double(n * k)

        var targetSquares = 0.0
        for row in ratings {
            let deviation = (Descriptive.mean(row) ?? 0) - mean
            targetSquares += deviation * deviation
        }
        var judgeSquares = 0.0
        for judge in 0..<k {
            let deviation = (Descriptive.mean(ratings.map { $0[judge] }) ?? 0) - mean
            judgeSquares += deviation * deviation
        }
        var totalSquares = 0.0
        for row in ratings {
            for value in row { totalSquares += (value - mean) * (value - mean) }
        }
        let betweenTargets = Double(k) * targetSquares
        let betweenJudges = Double(n) * judgeSquares
        let within = totalSquares - betweenTargets
        let residual = within - betweenJudges

        targets = n
        judges = k
        betweenTargetsMeanSquare = betweenTargets / Double(n - 1)
        withinTargetsMeanSquare = within / Double(n * (k - 1))
        betweenJudgesMeanSquare = betweenJudges / Double(k - 1)
        residualMeanSquare = residual / Double((n - 1) * (k - 1))
    }

    /// ICC(1,1): one-way random, one judge.
    package var oneWaySingle: Double? {
        let (b, w, k) = (betweenTargetsMeanSquare, withinTargetsMeanSquare, Double(judges))
        return Self.ratio(b - w, b + (k - 1) * w)
    }

    /// ICC(2,1): two-way random, absolute agreement, one judge.
    package var twoWayRandomSingle: Double? {
        let (b, e, j) = (betweenTargetsMeanSquare, residualMeanSquare, betweenJudgesMeanSquare)
        let (k, n) = (Double(judges), Double(targets))
        return Self.ratio(b - e, b + (k - 1) * e + k * (j - e) / n)
    }

    /// ICC(3,1): two-way mixed, consistency, one judge.
    package var twoWayMixedSingle: Double? {
        let (b, e, k) = (betweenTargetsMeanSquare, residualMeanSquare, Double(judges))
        return Self.ratio(b - e, b + (k - 1) * e)
    }

    /// ICC(1,k): one-way random, mean of the k judges.
    package var oneWayAverage: Double? {
        Self.ratio(betweenTargetsMeanSquare - withinTargetsMeanSquare, betweenTargetsMeanSquare)
    }

    /// ICC(2,k): two-way random, absolute agreement, mean of the k judges.
    package var twoWayRandomAverage: Double? {
        let (b, e, j) = (betweenTargetsMeanSquare, residualMeanSquare, betweenJudgesMeanSquare)
        return Self.ratio(b - e, b + (j - e) / Double(targets))
    }

    /// ICC(3,k): two-way mixed, consistency, mean of the k judges.
    package var twoWayMixedAverage: Double? {
        Self.ratio(betweenTargetsMeanSquare - residualMeanSquare, betweenTargetsMeanSquare)
    }

    private static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        denominator == 0 ? nil : numerator / denominator
    }
}
