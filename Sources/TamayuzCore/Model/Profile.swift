/// A named variant of the framework for one kind of agency (as XCCDF profiles do): it leaves
/// nodes out and re-weights others.
public struct Profile: Sendable {
    public let id: String
    public let title: LocalizedText
    public let description: LocalizedText
    /// Agency kinds (e.g. `municipality`) that get this profile when none is asked for.
    public let agencyKinds: [String]
    /// Node indices left out.
    public let excluded: Set<Int>
    /// Node index → weight replacing the written one.
    public let weights: [Int: Double]

    public init(id: String, title: LocalizedText, description: LocalizedText = LocalizedText(), agencyKinds: [String] = [], excluded: Set<Int> = [], weights: [Int: Double] = [:]) {
        self.id = id
        self.title = title
        self.description = description
        self.agencyKinds = agencyKinds
        self.excluded = excluded
        self.weights = weights
    }
}

/// A named result level with its lower bound on the framework's scale, e.g. "Advanced" from 70.
public struct Band: Sendable, Hashable {
    public let id: String
    /// Lowest total (on the framework's scale, at its display precision) in the band.
    public let minimum: Double
    public let label: LocalizedText
    public let description: LocalizedText

    public init(id: String, minimum: Double, label: LocalizedText, description: LocalizedText = LocalizedText()) {
        self.id = id
        self.minimum = minimum
        self.label = label
        self.description = description
    }
}
