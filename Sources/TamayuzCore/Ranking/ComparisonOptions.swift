/// How agencies are compared.
public struct ComparisonOptions: Sendable {
    /// Normalisation of indicator scores across agencies before aggregation.
    public var normalisation: Normalisation
    /// The previous cycle's results, for rank changes.
    public var previous: PreviousCycle?
    /// Monte Carlo over the area weights, when asked.
    public var sensitivity: SensitivityOptions?

    public init(normalisation: Normalisation = .none, previous: PreviousCycle? = nil, sensitivity: SensitivityOptions? = nil) {
        self.normalisation = normalisation
        self.previous = previous
        self.sensitivity = sensitivity
    }
}

/// Rank robustness settings.
public struct SensitivityOptions: Sendable, Hashable {
    public var draws: Int
    /// Each area weight moves within ±range of itself (0.2 = ±20 %), then weights renormalise.
    public var range: Double
    public var seed: UInt64

    public init(draws: Int, range: Double = 0.2, seed: UInt64 = 2013) {
        self.draws = draws
        self.range = range
        self.seed = seed
    }
}

/// The previous cycle's standing of each agency, from an earlier run's results.
public struct PreviousCycle: Sendable {
    public struct Entry: Sendable, Hashable {
        /// nil when the agency was not ranked (ineligible).
        public var rank: Int?
        public var total: Double?

        public init(rank: Int?, total: Double?) {
            self.rank = rank
            self.total = total
        }
    }

    public var frameworkID: String
    public var frameworkVersion: String
    public var entries: [String: Entry]
    /// Where it was read from.
    public var source: String

    public init(frameworkID: String, frameworkVersion: String, entries: [String: Entry], source: String) {
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.entries = entries
        self.source = source
    }
}
