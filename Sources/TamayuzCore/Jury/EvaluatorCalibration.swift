/// One evaluator's leniency or severity: how far their indicator scores sit from the other
/// counted evaluators' scores of the same agency and indicator.
///
/// For every indicator the evaluator scored that at least one other counted evaluator of the same
/// agency also scored, the difference is their score minus the mean of the others' (scores in
/// [0, 1], so 0.05 is 5 points of a 100-point scale). Negative: harsher than the colleagues.
public struct EvaluatorCalibration: Sendable, Hashable {
    public var evaluator: String
    /// Indicator scores the evaluator gave (answered and counted, every agency).
    public var scores: Int
    /// Of those, the ones compared with another evaluator's.
    public var compared: Int
    /// Mean signed difference from the others; nil when nothing was compared.
    public var meanDifference: Double?
    /// Mean absolute difference from the others; nil when nothing was compared.
    public var meanAbsoluteDifference: Double?

    /// A mean signed difference beyond this (in either direction) flags the evaluator: 0.05 is
    /// 5 points on a 100-point scale, half a band of ten points, the size of difference a jury
    /// would move a rank for. It is an effect size, not a significance test: with hundreds of
    /// indicators a test would flag differences too small to matter.
    public static let threshold = 0.05

    /// Whether the evaluator is systematically harsher or more lenient than their colleagues.
    public var isFlagged: Bool {
        guard let meanDifference else { return false }
        return abs(meanDifference) > Self.threshold
    }

    /// Every evaluator who scored something, in evaluator-id order.
    static func calibrate(_ agencies: [AgencyRatings]) -> [EvaluatorCalibration] {
        var scores: [String: Int] = [:]
        var signed: [String: [Double]] = [:]
        for agency in agencies {
            for row in agency.scores {
                let given = row.compactMap { $0 }
                var total = 0.0
                for value in given { total += value }
                for (position, value) in row.enumerated() {
                    guard let value else { continue }
                    let evaluator = agency.evaluators[position]
                    scores[evaluator, default: 0] += 1
                    guard given.count >= 2 else { continue }
                    let others = (total - value) / Double(given.count - 1)
                    signed[evaluator, default: []].append(Precision.snap(value - others))
                }
            }
        }
        return scores.keys.sorted().map { evaluator in
            let differences = signed[evaluator] ?? []
            return EvaluatorCalibration(
                evaluator: evaluator, scores: scores[evaluator] ?? 0, compared: differences.count,
                meanDifference: Descriptive.mean(differences).map(Precision.snap),
                meanAbsoluteDifference: Descriptive.mean(differences.map(abs)).map(Precision.snap))
        }
    }
}
