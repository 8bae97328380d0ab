import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct EvaluatorStandardisationTests {
        /// A (harsh): 1, 3 → μ = 2, σ = √((1 + 1)/2) = 1.
        /// B (lenient): 5, 9 → μ = 7, σ = √((4 + 4)/2) = 2.
        /// Pooled 1, 3, 5, 9: μ = 18/4 = 4.5; Σ(x − μ)² = 12.25 + 2.25 + 0.25 + 20.25 = 35;
        /// σ = √(35/4) = √8.75.
        static let scores: [String: [Double]] = ["B": [5, 9], "A": [1, 3]]

        @Test func computesEachEvaluatorsScaleAndThePooledOne() throws {
            let standardisation = try EvaluatorStandardisation(
                scoresByEvaluator: Self.scores, minimumScores: 2)
            #expect(standardisation.evaluators.map(\.evaluator) == ["A", "B"])
            #expect(standardisation.scale(of: "A")?.mean == 2)
            #expect(standardisation.scale(of: "A")?.standardDeviation == 1)
            #expect(standardisation.scale(of: "B")?.mean == 7)
            #expect(standardisation.scale(of: "B")?.standardDeviation == 2)
            #expect(standardisation.pooledMean == 4.5)
            #expect(approximately(standardisation.pooledStandardDeviation, 8.75.squareRoot()))
            #expect(standardisation.scale(of: "C") == nil)
        }

        @Test func reExpressesScoresOnThePooledScale() throws {
            let standardisation = try EvaluatorStandardisation(
                scoresByEvaluator: Self.scores, minimumScores: 2)
            let sigma = 8.75.squareRoot()  // ≈ 2.95804
            // A's 3: z = (3 − 2)/1 = 1 → 4.5 + √8.75 ≈ 7.45804.
            #expect(approximately(standardisation.standardise(3, evaluator: "A"), 4.5 + sigma))
            // B's 5: z = (5 − 7)/2 = −1 → 4.5 − √8.75 ≈ 1.54196: B's lowest equals A's lowest.
            #expect(approximately(standardisation.standardise(5, evaluator: "B"), 4.5 - sigma))
            #expect(
                approximately(
                    standardisation.standardise(5, evaluator: "B"),
                    standardisation.standardise(1, evaluator: "A")))
            // B's 7 is B's mean: z = 0 → the pooled mean 4.5.
            #expect(standardisation.standardise(7, evaluator: "B") == 4.5)
        }

        @Test func refusesAnEvaluatorBelowTheMinimum() {
            // Evaluators in identifier order: A (2 scores) is checked first and refused.
            let error = #expect(throws: StandardisationError.self) {
                try EvaluatorStandardisation(scoresByEvaluator: Self.scores, minimumScores: 3)
            }
            #expect(error == .tooFewScores(evaluator: "A", count: 2, minimum: 3))
            #expect(
                error?.description
                    == "evaluator 'A' has 2 scores; standardisation needs at least 3 scores per evaluator"
            )
        }

        @Test func oneScoreIsNeverEnough() {
            // A minimum below 2 is taken as 2: one score has no spread.
            let error = #expect(throws: StandardisationError.self) {
                try EvaluatorStandardisation(scoresByEvaluator: ["A": [4]], minimumScores: 0)
            }
            #expect(error == .tooFewScores(evaluator: "A", count: 1, minimum: 2))
            #expect(
                error?.description
                    == "evaluator 'A' has 1 score; standardisation needs at least 2 scores per evaluator"
            )
        }

        @Test func refusesAnEvaluatorWhoseScoresAreAllEqual() {
            let error = #expect(throws: StandardisationError.self) {
                try EvaluatorStandardisation(
                    scoresByEvaluator: ["A": [1, 3], "C": [4, 4, 4]], minimumScores: 2)
            }
            #expect(error == .noSpread(evaluator: "C", count: 3, value: 4))
            #expect(
                error?.description
                    == "all 3 scores of evaluator 'C' are equal (4.0); standardisation needs scores that differ"
            )
        }

        @Test func refusesNoEvaluatorsAndNonFiniteScores() {
            #expect(throws: StandardisationError.noEvaluators) {
                try EvaluatorStandardisation(scoresByEvaluator: [:], minimumScores: 2)
            }
            let error = #expect(throws: StandardisationError.self) {
                try EvaluatorStandardisation(scoresByEvaluator: ["A": [1, .nan]], minimumScores: 2)
            }
            #expect(
                error?.description.contains("evaluator 'A' has a score that is not a finite number")
                    == true)
        }

        @Test func doesNotDependOnDictionaryOrder() throws {
            // Same evaluators, inserted in opposite orders and with extra capacity.
            var forward: [String: [Double]] = [:]
            var backward: [String: [Double]] = Dictionary(minimumCapacity: 64)
            let names = (0..<20).map { "evaluator-\($0)" }
            for (offset, name) in names.enumerated() {
                forward[name] = [
                    Double(offset), Double(offset) + 0.1, Double(offset * offset) + 0.3,
                ]
            }
            for name in names.reversed() { backward[name] = forward[name] }
            let one = try EvaluatorStandardisation(scoresByEvaluator: forward, minimumScores: 3)
            let other = try EvaluatorStandardisation(scoresByEvaluator: backward, minimumScores: 3)
            #expect(one == other)
            #expect(one.evaluators.map(\.evaluator) == names.sorted())
        }
    }
}
