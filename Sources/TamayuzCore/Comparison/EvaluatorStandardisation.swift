/// Per-evaluator standardisation: takes out each evaluator's leniency or severity before their
/// scores are combined.
///
/// Each evaluator `e` has mean μ_e and population standard deviation σ_e over their own scores;
/// all scores together have the pooled μ and σ. A score `x` by `e` is re-expressed on the pooled
/// scale as `μ + σ · (x − μ_e) / σ_e`: a harsh evaluator's scores move up, a lenient one's down,
/// and the pooled scale keeps the numbers readable.
///
/// It misleads with few scores per evaluator, so a minimum is required; and an evaluator who drew
/// only strong agencies is dragged down by it. Offer it, never force it.
///
/// The result does not depend on the dictionary's order: evaluators are taken in ascending order
/// of their identifiers, and the pooled statistics are summed in that order.
public struct EvaluatorStandardisation: Sendable, Equatable {
    /// One evaluator's own scale.
    public struct EvaluatorScale: Sendable, Equatable {
        /// The evaluator's identifier.
        public let evaluator: String
        /// How many scores the statistics came from.
        public let count: Int
        /// μ_e.
        public let mean: Double
        /// σ_e, population (divided by the count).
        public let standardDeviation: Double
    }

    /// Every evaluator's scale, in ascending order of identifier.
    public let evaluators: [EvaluatorScale]
    /// μ over all scores of all evaluators.
    public let pooledMean: Double
    /// σ over all scores of all evaluators, population.
    public let pooledStandardDeviation: Double

    private let indexByEvaluator: [String: Int]

    /// Computes every evaluator's scale and the pooled scale.
    ///
    /// - Parameters:
    ///   - scoresByEvaluator: each evaluator's scores (an evaluator's list holds each score once,
    ///     one per indicator and agency they scored).
    ///   - minimumScores: the fewest scores an evaluator may have; values below 2 are taken as 2.
    /// - Throws: ``StandardisationError`` naming the first evaluator (in identifier order) with
    ///   too few scores, equal scores or a non-finite score; or `.noEvaluators` when the
    ///   dictionary is empty.
    public init(
        scoresByEvaluator: [String: [Double]], minimumScores: Int
    ) throws(StandardisationError) {
        guard !scoresByEvaluator.isEmpty else { throw .noEvaluators }
        let minimum = max(minimumScores, 2)
        var scales: [EvaluatorScale] = []
        var allScores: [Double] = []
        for evaluator in scoresByEvaluator.keys.sorted() {
            let scores = scoresByEvaluator[evaluator] ?? []
            if let bad = scores.first(where: { !$0.isFinite }) {
                throw .nonFiniteScore(evaluator: evaluator, value: bad)
            }
            guard scores.count >= minimum else {
                throw .tooFewScores(evaluator: evaluator, count: scores.count, minimum: minimum)
            }
            let mean = Descriptive.mean(scores) ?? 0
            let deviation = Descriptive.populationStandardDeviation(scores) ?? 0
            guard deviation > 0 else {
                throw .noSpread(evaluator: evaluator, count: scores.count, value: scores[0])
            }
            scales.append(
                EvaluatorScale(
                    evaluator: evaluator, count: scores.count, mean: mean,
                    standardDeviation: deviation))
            allScores.append(contentsOf: scores)
        }
        evaluators = scales
        pooledMean = Descriptive.mean(allScores) ?? 0
        pooledStandardDeviation = Descriptive.populationStandardDeviation(allScores) ?? 0
        indexByEvaluator = Dictionary(
            uniqueKeysWithValues: scales.enumerated().map { ($0.element.evaluator, $0.offset) })
    }

    /// The scale of `evaluator`, or `nil` when they gave no scores here.
    public func scale(of evaluator: String) -> EvaluatorScale? {
        indexByEvaluator[evaluator].map { evaluators[$0] }
    }

    /// `x`, a score by `evaluator`, on the pooled scale: `μ + σ · (x − μ_e) / σ_e`.
    ///
    /// - Precondition: `evaluator` was one of the evaluators this standardisation was built from
    ///   (check with ``scale(of:)`` when unsure).
    public func standardise(_ x: Double, evaluator: String) -> Double {
        guard let own = scale(of: evaluator) else {
            preconditionFailure("EvaluatorStandardisation: unknown evaluator '\(evaluator)'")
        }
        return pooledMean + pooledStandardDeviation * (x - own.mean) / own.standardDeviation
    }
}
