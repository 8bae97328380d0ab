/// A criteria framework: the hierarchy of areas, criteria and indicators with their weights,
/// scales, rules, profiles, bands and ranking rules, as one criteria file defines it.
///
/// Immutable once made: every field is a constant, so the indexes derived from them
/// (`nodeIndex`, `indicators`, `scoreRulesByNode`), computed once by `init`, always agree with
/// them. Shared freely between threads.
public struct Framework: Sendable {
    /// How sibling weights are written.
    public enum Weighting: String, Sendable, Hashable {
        /// Relative weights, normalised among siblings.
        case relative
        /// Absolute points (Baldrige-style) that add up to the parent's points.
        case points
    }

    /// What an unanswered indicator counts as.
    public enum MissingAnswers: String, Sendable, Hashable {
        /// Scores 0 and is reported (the default: never silently better).
        case zero
        /// Left out like a not-applicable one, and reported.
        case exclude
    }

    public let id: String
    public let version: String
    public let cycle: String?
    public let title: LocalizedText
    public let description: LocalizedText
    /// The total is reported on 0 … scaleMax.
    public let scaleMax: Double
    /// Decimal places totals are shown and ranked at.
    public let precision: Int
    public let weighting: Weighting
    public let missingAnswers: MissingAnswers
    public let scales: [Scale]
    /// The hierarchy, root first (index 0, id `total`), parents before children.
    public let nodes: [Node]
    /// Rules in the order written.
    public let rules: [Rule]
    public let profiles: [Profile]
    /// Bands, highest minimum first.
    public let bands: [Band]
    /// Node indices whose higher score breaks a tie, in order.
    public let tieBreaks: [Int]
    /// Where the framework was read from.
    public let location: SourceLocation

    /// The index of every node by id.
    public let nodeIndex: [String: Int]
    /// Indices of the indicators, in document order.
    public let indicators: [Int]
    /// Rules grouped by target node, score-changing ones only, in the order written.
    public let scoreRulesByNode: [Int: [Int]]

    public init(
        id: String, version: String, cycle: String?, title: LocalizedText, description: LocalizedText,
        scaleMax: Double, precision: Int, weighting: Weighting, missingAnswers: MissingAnswers,
        scales: [Scale], nodes: [Node], rules: [Rule], profiles: [Profile], bands: [Band],
        tieBreaks: [Int], location: SourceLocation
    ) {
        self.id = id
        self.version = version
        self.cycle = cycle
        self.title = title
        self.description = description
        self.scaleMax = scaleMax
        self.precision = precision
        self.weighting = weighting
        self.missingAnswers = missingAnswers
        self.scales = scales
        self.nodes = nodes
        self.rules = rules
        self.profiles = profiles
        self.bands = bands.sorted { $0.minimum > $1.minimum }
        self.tieBreaks = tieBreaks
        self.location = location
        var index: [String: Int] = [:]
        for (position, node) in nodes.enumerated() { index[node.id] = position }
        nodeIndex = index
        indicators = nodes.indices.filter { nodes[$0].indicator != nil }
        var byNode: [Int: [Int]] = [:]
        for (position, rule) in rules.enumerated() where rule.effect.changesScore {
            byNode[rule.target, default: []].append(position)
        }
        scoreRulesByNode = byNode
    }

    /// The id the root node carries, and that rules use for the total.
    public static let rootID = "total"

    /// The top-level areas.
    public var areas: [Int] { nodes[0].children }

    public func node(_ id: String) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }

    public func profile(_ id: String) -> Profile? {
        profiles.first { $0.id == id }
    }

    /// The profile the framework gives an agency of this kind, if any.
    public func profile(forAgencyKind kind: String) -> Profile? {
        profiles.first { $0.agencyKinds.contains(kind) }
    }

    /// The band of a total on the framework's scale (already rounded to `precision`).
    public func band(for total: Double) -> Band? {
        bands.first { total >= $0.minimum }
    }

    /// A total rounded to the framework's precision: what is shown and what is ranked.
    public func rounded(_ total: Double) -> Double {
        Precision.round(total, places: precision)
    }
}

/// Rounding used for display and ranking, so that what looks equal ranks equal.
public enum Precision {
    /// Removes binary noise: keeps 12 significant digits, so that 29 / 100 × 100 is 29 and a
    /// mean of three 0.7s is 0.7, and a threshold or a rule's comparison is decided on the
    /// number a person would write, not on its last bit.
    public static func snap(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value == 0 ? 0 : value }
        // Decimal digits before the point, from the binary exponent (log10 2 ≈ 0.30103).
        let digits = Int((Double(value.exponent) * 0.30103).rounded(.down)) + 1
        let places = 12 - digits
        guard places > -300, places < 300 else { return value }
        var scale = 1.0
        for _ in 0..<abs(places) { scale *= 10 }
        return places >= 0 ? (value * scale).rounded() / scale : (value / scale).rounded() * scale
    }

    /// Rounds half away from zero at `places` decimals, correcting binary noise first
    /// (0.1 + 0.2 → 0.3), so that 68.45 shown as 68.5 is not ranked as 68.4.
    public static func round(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = value * scale
        // Snap values within a few ulps of a half to the half before rounding.
        let nudged = (scaled * 1e9).rounded() / 1e9
        return nudged.rounded(.toNearestOrAwayFromZero) / scale
    }
}
