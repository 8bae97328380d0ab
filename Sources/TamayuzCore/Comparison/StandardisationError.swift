/// Why per-evaluator standardisation was refused.
public enum StandardisationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No evaluator gave any score: there is no pooled scale to re-express scores on.
    case noEvaluators
    /// An evaluator gave too few scores for their mean and spread to mean anything.
    ///
    /// `minimum` is the minimum in force: the one asked for, but never below 2, since one score
    /// has no spread.
    case tooFewScores(evaluator: String, count: Int, minimum: Int)
    /// All of an evaluator's scores are equal, so there is no spread (σ = 0) to divide by.
    case noSpread(evaluator: String, count: Int, value: Double)
    /// One of an evaluator's scores is NaN or infinite.
    case nonFiniteScore(evaluator: String, value: Double)

    public var description: String {
        switch self {
        case .noEvaluators:
            "standardisation needs at least one evaluator with scores; none was given"
        case .tooFewScores(let evaluator, let count, let minimum):
            "evaluator '\(evaluator)' has \(count) \(count == 1 ? "score" : "scores"); "
                + "standardisation needs at least \(minimum) scores per evaluator"
        case .noSpread(let evaluator, let count, let value):
            "all \(count) scores of evaluator '\(evaluator)' are equal (\(value)); "
                + "standardisation needs scores that differ"
        case .nonFiniteScore(let evaluator, let value):
            "evaluator '\(evaluator)' has a score that is not a finite number (\(value))"
        }
    }
}
