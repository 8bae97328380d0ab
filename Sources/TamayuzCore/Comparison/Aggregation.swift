/// How several evaluators' scores for the same indicator combine into one.
///
/// Every method averages rather than sums, so an agency scored by fewer evaluators (one recused
/// for a conflict of interest, say) is not penalised.
public enum Aggregation: String, Sendable, CaseIterable {
    /// The arithmetic mean.
    case mean
    /// The middle value; for an even count, the mean of the two middle values.
    case median
    /// The mean after dropping the single highest and the single lowest value.
    ///
    /// Only one value is dropped at each end even when several share the extreme. With fewer
    /// than three values nothing can be dropped and still leave a value between them, so the
    /// plain mean is used.
    case trimmedMean = "trimmed-mean"

    /// Combines `values` by this method; `nil` when there are none.
    ///
    /// Values must not be NaN (a missing score is left out by the caller, not passed as NaN).
    public func combine(_ values: [Double]) -> Double? {
        assert(!values.contains(where: \.isNaN), "Aggregation.combine: NaN among the values")
        switch self {
        case .mean:
            return Descriptive.mean(values)
        case .median:
            return Descriptive.median(values)
        case .trimmedMean:
            guard values.count >= 3 else { return Descriptive.mean(values) }
            let sorted = values.sorted()
            return Descriptive.mean(sorted[1..<(sorted.count - 1)])
        }
    }
}
