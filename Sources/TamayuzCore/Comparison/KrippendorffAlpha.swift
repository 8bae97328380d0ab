/// Krippendorff's alpha: how far several evaluators agree beyond chance, with missing ratings.
///
/// α = 1 − D_o / D_e, computed from the coincidence matrix as in Krippendorff (2011),
/// "Computing Krippendorff's Alpha-Reliability": a unit (an indicator of an agency, say) rated by
/// `m_u ≥ 2` evaluators contributes each ordered pair of its values with weight `1 / (m_u − 1)`;
/// units with fewer than two values are not pairable and are left out. With `n` pairable values,
/// `n_c` of them equal to `c`, and the metric's difference function δ²,
///
///     α = 1 − (n − 1) · Σ_{c,k} o_ck δ²_ck / Σ_{c,k} n_c n_k δ²_ck.
///
/// 1 is perfect agreement, 0 agreement at chance level, below 0 systematic disagreement.
///
/// Cost: one pass over the ratings plus one sort of the pairable values. No V × V matrix is
/// built: nominal counts frequencies; interval uses the identity
/// `Σ_{i,j}(x_i − x_j)² = 2N Σ(x_i − x̄)²`, and ordinal is interval on the values' cumulative
/// mid-frequencies (prefix sums), so all three are linear after the sort. Ratio has no such
/// identity: its expected disagreement is summed over pairs of *distinct* values (O(V²), exact)
/// up to 2048 of them, and beyond that by a quadrature accurate to about 1e-13 relative, linear
/// in V (see `RatioDisagreement`); its observed disagreement is O(m²) per unit of m ratings.
package enum KrippendorffAlpha {
    /// Alpha of `ratings` under `metric`.
    ///
    /// - Parameters:
    ///   - ratings: one row per evaluator (coder), one column per unit; `nil` is a missing
    ///     rating. A row shorter than the longest is read as missing beyond its end. Values must
    ///     not be NaN (pass `nil` for a missing rating).
    ///   - metric: the difference function.
    /// - Returns: alpha, or `nil` when it is undefined: no unit has two ratings, the pairable
    ///   values are all equal (D_e = 0), or the metric is ratio and a value is negative.
    package static func alpha(_ ratings: [[Double?]], metric: AlphaMetric) -> Double? {
        let units = PairableValues(ratings)
        guard units.values.count >= 2 else { return nil }
        if metric == .ratio, units.values.contains(where: { $0 < 0 }) { return nil }
        let scale = DistinctValues(units.values)
        // One distinct value: D_e = 0 exactly, whatever rounding the sums below would leave.
        guard scale.values.count >= 2 else { return nil }

        let observed: Double
        let expected: Double
        switch metric {
        case .nominal:
            observed = nominalObserved(units, scale)
            expected = nominalExpected(scale)
        case .interval:
            observed = squaredDifferenceObserved(units) { units.values[$0] }
            expected = squaredDifferenceExpected(scale, positions: scale.values)
        case .ordinal:
            let positions = scale.midCumulativeFrequencies
            observed = squaredDifferenceObserved(units) { positions[scale.code[$0]] }
            expected = squaredDifferenceExpected(scale, positions: positions)
        case .ratio:
            observed = ratioObserved(units)
            expected = RatioDisagreement.expected(
                values: scale.values, frequencies: scale.frequencies)
        }
        guard expected > 0 else { return nil }
        return 1 - Double(units.values.count - 1) * observed / expected
    }

    // MARK: Observed disagreement: Σ_{c,k} o_ck δ²_ck, unit by unit.

    /// Ordered pairs of differing values: m(m − 1) − Σ_c m_c(m_c − 1), weighted 1 / (m − 1).
    private static func nominalObserved(_ units: PairableValues, _ scale: DistinctValues) -> Double
    {
        var countInUnit = [Int](repeating: 0, count: scale.values.count)
        var sum = 0.0
        for unit in units.ranges {
            let m = unit.count
            var samePairs = 0
            for i in unit {
                let code = scale.code[i]
                // Each earlier equal value makes two ordered pairs with this one.
                samePairs += 2 * countInUnit[code]
                countInUnit[code] += 1
            }
            for i in unit { countInUnit[scale.code[i]] = 0 }
            sum += Double(m * (m - 1) - samePairs) / Double(m - 1)
        }
        return sum
    }

    /// Σ_{i≠j}(p_i − p_j)² = 2m Σ(p_i − p̄)² per unit, weighted 1 / (m − 1).
    private static func squaredDifferenceObserved(
        _ units: PairableValues, position: (Int) -> Double
    ) -> Double {
        var sum = 0.0
        for unit in units.ranges {
            let m = Double(unit.count)
            var total = 0.0
            for i in unit { total += position(i) }
            let centre = total / m
            var squares = 0.0
            for i in unit {
                let deviation = position(i) - centre
                squares += deviation * deviation
            }
            sum += 2 * m * squares / (m - 1)
        }
        return sum
    }

    private static func ratioObserved(_ units: PairableValues) -> Double {
        var sum = 0.0
        for unit in units.ranges {
            var pairs = 0.0
            for i in unit {
                for j in unit where j > i {
                    pairs += RatioDisagreement.delta(units.values[i], units.values[j])
                }
            }
            sum += 2 * pairs / Double(unit.count - 1)
        }
        return sum
    }

    // MARK: Expected disagreement: Σ_{c,k} n_c n_k δ²_ck over distinct values.

    /// Σ_{c≠k} n_c n_k = n² − Σ n_c².
    private static func nominalExpected(_ scale: DistinctValues) -> Double {
        let n = Double(scale.total)
        var sameSquares = 0.0
        for frequency in scale.frequencies { sameSquares += Double(frequency * frequency) }
        return n * n - sameSquares
    }

    /// Σ_{c,k} n_c n_k (p_c − p_k)² = 2n Σ_c n_c (p_c − p̄)².
    private static func squaredDifferenceExpected(
        _ scale: DistinctValues, positions: [Double]
    ) -> Double {
        let n = Double(scale.total)
        var weighted = 0.0
        for (frequency, position) in zip(scale.frequencies, positions) {
            weighted += Double(frequency) * position
        }
        let centre = weighted / n
        var squares = 0.0
        for (frequency, position) in zip(scale.frequencies, positions) {
            let deviation = position - centre
            squares += Double(frequency) * deviation * deviation
        }
        return 2 * n * squares
    }
}

/// The pairable values of a rating table, laid out unit after unit.
private struct PairableValues {
    /// Every value of every unit with at least two ratings.
    var values: [Double] = []
    /// The positions in `values` of each pairable unit.
    var ranges: [Range<Int>] = []

    init(_ ratings: [[Double?]]) {
        let unitCount = ratings.map(\.count).max() ?? 0
        values.reserveCapacity(ratings.count * unitCount)
        for unit in 0..<unitCount {
            let start = values.count
            for row in ratings where unit < row.count {
                guard let value = row[unit] else { continue }
                precondition(
                    !value.isNaN, "KrippendorffAlpha: NaN rating; pass nil for a missing one")
                values.append(value)
            }
            if values.count - start >= 2 {
                ranges.append(start..<values.count)
            } else {
                values.removeSubrange(start...)
            }
        }
    }
}

/// The distinct pairable values in ascending order, their frequencies, and each value's code.
private struct DistinctValues {
    /// Distinct values, ascending.
    var values: [Double] = []
    /// `frequencies[c]`: how many pairable values equal `values[c]` (n_c).
    var frequencies: [Int] = []
    /// `code[i]`: the index in `values` of the i-th pairable value.
    var code: [Int]
    /// n, the number of pairable values.
    let total: Int

    init(_ pairable: [Double]) {
        total = pairable.count
        code = [Int](repeating: 0, count: pairable.count)
        for i in pairable.indices.sorted(by: { pairable[$0] < pairable[$1] }) {
            if values.last != pairable[i] {
                values.append(pairable[i])
                frequencies.append(0)
            }
            code[i] = values.count - 1
            frequencies[values.count - 1] += 1
        }
    }

    /// The ordinal positions t_c = Σ_{g<c} n_g + n_c / 2, so that
    /// t_k − t_c = Σ_{g=c…k} n_g − (n_c + n_k) / 2 for c ≤ k: the ordinal δ is a plain
    /// difference of these positions.
    var midCumulativeFrequencies: [Double] {
        var positions: [Double] = []
        positions.reserveCapacity(frequencies.count)
        var below = 0
        for frequency in frequencies {
            positions.append(Double(below) + Double(frequency) / 2)
            below += frequency
        }
        return positions
    }
}
