/// Puts one series of values (one component, across agencies) on a common scale, as composite
/// indicators do before weighting (OECD/JRC Handbook on Constructing Composite Indicators).
///
/// `nil` (an agency without a value) stays `nil` and is left out of every statistic. Values must
/// be finite. A series whose values are all equal carries no information to tell agencies apart;
/// every method then gives each value the method's neutral point: 0.5 for min–max and percentile
/// (the middle of [0, 1], neither best nor worst), 0 for z-score (the mean).
public enum Normalisation: String, Sendable, CaseIterable {
    /// The values as they are.
    case none
    /// `(x − min) / (max − min)` on [0, 1], as the UN E-Government Survey puts each EGDI component
    /// on [0, 1]. All values equal (max = min, including a single value): 0.5 for all.
    case minmax
    /// `(x − μ) / σ` with the population σ (divided by N). σ = 0: 0 for all.
    case zscore
    /// The mid-rank percentile on [0, 1]: `(B + E / 2) / (N − 1)`, where N counts the non-nil
    /// values, B the *other* values strictly below `x` and E the *other* values equal to `x`. The
    /// lowest value (untied) gets 0, the highest 1, values that tie share one percentile. A single
    /// value gets 0.5. Example: `[10, 20, 20, 30]` → `[0, 0.5, 0.5, 1]`.
    case percentile

    /// Normalises `values`; the result has the same length, with `nil` where `values` has `nil`.
    public func apply(_ values: [Double?]) -> [Double?] {
        let present = values.compactMap { $0 }
        precondition(
            present.allSatisfy(\.isFinite), "Normalisation: values must be finite (nil if missing)")
        guard !present.isEmpty else { return values }
        switch self {
        case .none:
            return values
        case .minmax:
            let low = present.min() ?? 0
            let high = present.max() ?? 0
            guard high > low else { return values.map { $0.map { _ in 0.5 } } }
            return values.map { $0.map { ($0 - low) / (high - low) } }
        case .zscore:
            let mean = Descriptive.mean(present) ?? 0
            let deviation = Descriptive.populationStandardDeviation(present) ?? 0
            guard deviation > 0 else { return values.map { $0.map { _ in 0 } } }
            return values.map { $0.map { ($0 - mean) / deviation } }
        case .percentile:
            return Self.percentiles(values, sortedPresent: present.sorted())
        }
    }

    /// `(B + E / 2) / (N − 1)` for each value, with B and E found by binary search in the sorted
    /// list: O(N log N).
    private static func percentiles(_ values: [Double?], sortedPresent sorted: [Double])
        -> [Double?]
    {
        let others = Double(sorted.count - 1)
        guard others > 0 else { return values.map { $0.map { _ in 0.5 } } }
        return values.map { value in
            value.map { x in
                let below = firstIndex(in: sorted) { $0 >= x }
                let upTo = firstIndex(in: sorted) { $0 > x }
                let equalOthers = upTo - below - 1
                return (Double(below) + Double(equalOthers) / 2) / others
            }
        }
    }

    /// The first index of `sorted` whose element satisfies the monotone predicate `isAtOrPast`.
    private static func firstIndex(in sorted: [Double], where isAtOrPast: (Double) -> Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
