/// A results item's answer: a short series of yearly values, the agency's target for the
/// latest and a comparator (another organisation's value, or a benchmark).
public struct ResultsSeries: Sendable, Hashable {
    /// The years, ascending, each with its value in `values`.
    public var years: [Int]
    public var values: [Double]
    public var target: Double
    public var comparator: Double

    public init(years: [Int], values: [Double], target: Double, comparator: Double) {
        self.years = years
        self.values = values
        self.target = target
        self.comparator = comparator
    }

    /// The latest year's value.
    public var latest: Double { values.last ?? 0 }
}

/// How a results series scores: level, trend, target met and comparison met, weighted
/// 4, 3, 2 and 1 tenths (40 / 30 / 20 / 10 %).
public enum ResultsSeriesScoring {
    /// The parts' weights in tenths, so that full marks add up to exactly 1.
    public static let levelTenths = 4.0
    public static let trendTenths = 3.0
    public static let targetTenths = 2.0
    public static let comparisonTenths = 1.0

    /// The four parts of a series' score, each in [0, 1], for a level ramp from `floor` (0) to
    /// `target` (1); a target below the floor means lower is better.
    public static func parts(_ series: ResultsSeries, floor: Double, target: Double) -> (level: Double, trend: Double, targetMet: Double, comparisonMet: Double) {
        let lowerIsBetter = target < floor
        func atLeastAsGood(_ value: Double, _ than: Double) -> Bool { lowerIsBetter ? value <= than : value >= than }
        let steps = zip(series.values, series.values.dropFirst())
        let improvements = steps.filter { atLeastAsGood($1, $0) && $1 != $0 }.count
        return (
            level: NumberScoring.ramp(floor: floor, target: target).score(series.latest),
            trend: series.values.count > 1 ? Double(improvements) / Double(series.values.count - 1) : 0,
            targetMet: atLeastAsGood(series.latest, series.target) ? 1 : 0,
            comparisonMet: atLeastAsGood(series.latest, series.comparator) ? 1 : 0)
    }

    /// The weighted sum of the parts.
    public static func score(_ series: ResultsSeries, floor: Double, target: Double) -> Double {
        let part = parts(series, floor: floor, target: target)
        return (levelTenths * part.level + trendTenths * part.trend + targetTenths * part.targetMet + comparisonTenths * part.comparisonMet) / 10
    }
}
