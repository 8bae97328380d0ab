/// Descriptive statistics shared by the comparison layer.
///
/// Every function returns `nil` for an empty list rather than a NaN, so that an absent statistic
/// cannot slip into a score. Sums run in the order of the input: the same list always gives the
/// same bits.
package enum Descriptive {
    /// The arithmetic mean, or `nil` when `values` is empty.
    package static func mean(_ values: some Collection<Double>) -> Double? {
        guard !values.isEmpty else { return nil }
        var sum = 0.0
        for value in values { sum += value }
        return sum / Double(values.count)
    }

    /// The population standard deviation `√(Σ(x − μ)² / N)`, or `nil` when `values` is empty.
    ///
    /// Two passes (mean first, then squared deviations) so that large values with a small spread
    /// do not lose their digits to cancellation.
    package static func populationStandardDeviation(_ values: some Collection<Double>) -> Double? {
        guard let mu = mean(values) else { return nil }
        var sum = 0.0
        for value in values {
            let deviation = value - mu
            sum += deviation * deviation
        }
        return (sum / Double(values.count)).squareRoot()
    }

    /// The median: the middle value of the sorted list, or the mean of the two middle values when
    /// the count is even; `nil` when `values` is empty.
    package static func median(_ values: some Collection<Double>) -> Double? {
        guard !values.isEmpty else { return nil }
        return medianOfSorted(values.sorted())
    }

    /// The median of a list already sorted in ascending order.
    static func medianOfSorted(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }
}
