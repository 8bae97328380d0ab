/// The attributes a RADAR item is scored on: an enabler's (how the approach is designed, put
/// into practice and reviewed) or a result's (how good the figures are and what they show).
public enum RadarAttributeSet: String, Sendable, Hashable, CaseIterable {
    case enabler
    case results

    /// The attributes' ids, in the order answers and reports list them.
    public var attributes: [String] {
        switch self {
        case .enabler: ["sound", "integrated", "implemented", "structured", "measured", "learning", "improvement"]
        case .results: ["relevance", "integrity", "segmentation", "trends", "targets", "comparisons", "causality"]
        }
    }
}

/// A RADAR answer: each attribute's percentage (a multiple of 5 from 0 to 100) and the overall
/// percentage the item scores, set by the assessor or computed from the attributes.
public struct RadarAnswer: Sendable, Hashable {
    /// Each attribute's percentage, in the order of its ``RadarAttributeSet``.
    public var percentages: [Int]
    /// The overall percentage (a multiple of 5).
    public var overall: Int
    /// Whether the assessor set `overall` (false: computed from the attributes' mean).
    public var overallGiven: Bool

    public init(percentages: [Int], overall: Int, overallGiven: Bool) {
        self.percentages = percentages
        self.overall = overall
        self.overallGiven = overallGiven
    }

    /// The answer whose overall is computed from `percentages`.
    public init(computedFrom percentages: [Int]) {
        self.init(percentages: percentages, overall: RadarAnswer.computedOverall(percentages), overallGiven: false)
    }

    /// How far (in percentage points) a set overall may lie from the attributes' mean.
    public static let tolerance = 10.0

    /// The attributes' mean.
    public static func mean(_ percentages: [Int]) -> Double {
        percentages.isEmpty ? 0 : Double(percentages.reduce(0, +)) / Double(percentages.count)
    }

    /// The mean rounded to the nearest multiple of 5 (halves up).
    public static func computedOverall(_ percentages: [Int]) -> Int {
        Int((mean(percentages) / 5).rounded(.toNearestOrAwayFromZero)) * 5
    }
}

/// The RADAR bands, the words a percentage reads as. The bands name 0, 10–30, 40–60, 70–80 and
/// 90–100; a 5 % step between two bands (5, 35, 65, 85) reads as the lower band.
public enum RadarBand: String, Sendable, Hashable, CaseIterable {
    case none, some, good, strong, excellent

    /// The band of a percentage from 0 to 100.
    public init(percentage: Int) {
        switch percentage {
        case ..<10: self = .none
        case ..<40: self = .some
        case ..<70: self = .good
        case ..<90: self = .strong
        default: self = .excellent
        }
    }
}
