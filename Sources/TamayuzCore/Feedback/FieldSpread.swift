/// Where the field of agencies lies on one score: its quartiles, agency-anonymous.
///
/// Quartiles interpolate linearly between the closest ranks (the method spreadsheets call
/// QUARTILE.INC, R's type 7): over n sorted values, the p-quantile is at position (n − 1)·p,
/// counted from 0. The median is the 0.5-quantile, which is the usual median.
public struct FieldSpread: Sendable, Hashable {
    /// Agencies with a score.
    public var count: Int
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double

    /// The spread of `values`; nil when there are none.
    public init?(_ values: some Collection<Double>) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        count = sorted.count
        lowerQuartile = Self.quantile(sorted, 0.25)
        median = Self.quantile(sorted, 0.5)
        upperQuartile = Self.quantile(sorted, 0.75)
    }

    /// The p-quantile of a sorted, non-empty list, by linear interpolation.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = Double(sorted.count - 1) * p
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return Precision.snap(sorted[below] + (sorted[above] - sorted[below]) * fraction)
    }
}
