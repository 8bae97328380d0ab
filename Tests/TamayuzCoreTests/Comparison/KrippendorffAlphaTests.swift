import Testing

@testable import TamayuzCore

extension ComparisonTests {
    @Suite struct KrippendorffAlphaTests {
        /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders × 12 units,
        /// as in DOMAIN.md (rows are coders, nil = `.`).
        static let reference: [[Double?]] = [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, nil],
            [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
        ]

        @Test(arguments: [
            (AlphaMetric.nominal, 0.7434),
            (.ordinal, 0.8154),
            (.interval, 0.8491),
            (.ratio, 0.7974),
        ])
        func reproducesKrippendorffsExample(metric: AlphaMetric, expected: Double) {
            // DOMAIN.md's reference values, to 4 decimals. Unit 12 has one value and is not
            // pairable; n = 40 pairable values.
            #expect(equalTo4dp(KrippendorffAlpha.alpha(Self.reference, metric: metric), expected))
        }

        /// Units (1, 2), (3, 3), (5, –): the third has one value, so it is not pairable and its 5
        /// must not count in the expected disagreement. Pairable: n = 4, n₁ = n₂ = 1, n₃ = 2.
        static let small: [[Double?]] = [[1, 3, 5], [2, 3, nil]]

        @Test func nominalAtChanceIsZero() {
            // Units (1, 1), (1, 2): n = 4, n₁ = 3, n₂ = 1.
            // Σ o·δ² = 2 ordered pairs (1,2), (2,1) in unit 2, weight 1/(2−1) → 2.
            // Σ n_c n_k δ² = 2 · 3 · 1 = 6.  α = 1 − (4 − 1) · 2 / 6 = 0.
            let alpha = KrippendorffAlpha.alpha([[1, 1], [1, 2]], metric: .nominal)
            #expect(approximately(alpha, 0))
        }

        @Test func intervalByHand() {
            // Observed: unit (1,2) gives 2 ordered pairs × 1² = 2; unit (3,3) gives 0.
            // Expected over ordered pairs: 2 · [(1,2): 1·1·1 + (1,3): 1·2·4 + (2,3): 1·2·1] = 22.
            // α = 1 − 3 · 2 / 22 = 8/11.
            #expect(approximately(KrippendorffAlpha.alpha(Self.small, metric: .interval), 8.0 / 11))
        }

        @Test func ordinalByHand() {
            // δ(1,2) = n₁ + n₂ − (n₁+n₂)/2 = 1; δ(1,3) = 4 − 3/2 = 2.5; δ(2,3) = 3 − 3/2 = 1.5.
            // Observed: 2 · 1² = 2. Expected: 2 · (1·1·1 + 1·2·6.25 + 1·2·2.25) = 36.
            // α = 1 − 3 · 2 / 36 = 5/6.
            #expect(approximately(KrippendorffAlpha.alpha(Self.small, metric: .ordinal), 5.0 / 6))
        }

        @Test func ratioByHand() {
            // δ²(1,2) = (1/3)² = 1/9; δ²(1,3) = (2/4)² = 1/4; δ²(2,3) = (1/5)² = 1/25.
            // Observed: 2 · 1/9 = 2/9. Expected: 2 · (1/9 + 2·1/4 + 2·1/25) = 2 · 311/450.
            // α = 1 − 3 · (2/9) / (622/450) = 1 − 300/622 = 161/311.
            #expect(approximately(KrippendorffAlpha.alpha(Self.small, metric: .ratio), 161.0 / 311))
        }

        @Test(arguments: AlphaMetric.allCases)
        func perfectAgreementIsOne(metric: AlphaMetric) {
            // No disagreement within units: D_o = 0, α = 1 − 0 = 1.
            let ratings: [[Double?]] = [[1, 2, 3, nil], [1, 2, 3, 4], [nil, 2, 3, 4]]
            #expect(approximately(KrippendorffAlpha.alpha(ratings, metric: metric), 1))
        }

        @Test(arguments: AlphaMetric.allCases)
        func undefinedCasesAreNil(metric: AlphaMetric) {
            // No unit with two values: nothing pairable.
            #expect(KrippendorffAlpha.alpha([[1, nil], [nil, 2]], metric: metric) == nil)
            // All pairable values equal: D_e = 0.
            #expect(KrippendorffAlpha.alpha([[3, 3], [3, 3]], metric: metric) == nil)
            #expect(
                KrippendorffAlpha.alpha([[0.1, 0.1, 0.1], [0.1, 0.1, nil]], metric: metric) == nil)
            // No ratings at all.
            #expect(KrippendorffAlpha.alpha([], metric: metric) == nil)
        }

        @Test func ratioIsUndefinedForNegativeValues() {
            #expect(KrippendorffAlpha.alpha([[-1, 2], [1, 2]], metric: .ratio) == nil)
            #expect(KrippendorffAlpha.alpha([[-1, 2], [1, 2]], metric: .interval) != nil)
        }

        @Test func ordinalIgnoresTheNumbersLabellingTheLevels() {
            // Ordinal δ depends only on the order and frequencies of the levels, so relabelling
            // 1…5 as 10, 20, 35, 70, 100 (same order) leaves α unchanged.
            let relabel: [Double: Double] = [1: 10, 2: 20, 3: 35, 4: 70, 5: 100]
            let relabelled = Self.reference.map { $0.map { $0.map { relabel[$0] ?? $0 } } }
            #expect(
                approximately(
                    KrippendorffAlpha.alpha(relabelled, metric: .ordinal),
                    KrippendorffAlpha.alpha(Self.reference, metric: .ordinal) ?? .nan))
        }

        @Test func raggedRowsAreMissingBeyondTheirEnd() {
            // Coder B's row stops after unit 2: the same as nil for unit 3.
            let ragged: [[Double?]] = [[1, 3, 5], [2, 3]]
            #expect(
                KrippendorffAlpha.alpha(ragged, metric: .interval)
                    == KrippendorffAlpha.alpha(Self.small, metric: .interval))
        }

        @Test(arguments: [
            // (smallest, largest, include zeros): narrow, wide and zero-containing value sets.
            (1.0, 2.0, false), (0.001, 1000, false), (0.5, 100, true), (99.0, 101, false),
        ])
        func ratioQuadratureAgreesWithTheDirectSum(low: Double, high: Double, zeros: Bool) {
            // Many distinct values (above the direct limit) spread log-uniformly over
            // [low, high]; the quadrature must match the exact O(V²) sum closely.
            var generator = SeededGenerator(seed: 17)
            var values = (0..<3000).map { _ in
                low * power(high / low, generator.nextUnitDouble())
            }
            if zeros { values += [0] }
            values = Array(Set(values)).sorted()
            let frequencies = values.indices.map { _ in 1 + Int(generator.next() % 4) }
            let direct = RatioDisagreement.direct(values: values, frequencies: frequencies)
            let quadrature = RatioDisagreement.quadrature(values: values, frequencies: frequencies)
            // Measured below 1e-14 relative; 1e-12 leaves room for other platforms' exp.
            #expect(abs(quadrature - direct) <= 1e-12 * direct)
        }
    }
}

/// `base^fraction` for `fraction` in [0, 1), by square roots along its binary expansion.
private func power(_ base: Double, _ fraction: Double) -> Double {
    var result = 1.0
    var root = base
    var rest = fraction
    for _ in 0..<52 {
        root = root.squareRoot()
        rest *= 2
        if rest >= 1 {
            result *= root
            rest -= 1
        }
    }
    return result
}
