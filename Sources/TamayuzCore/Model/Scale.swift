/// An ordinal scale defined once and referenced by indicators, e.g. the e-service maturity levels
/// informational → interactive → transactional → integrated.
public struct Scale: Sendable, Hashable {
    public let id: String
    public let title: LocalizedText
    public let description: LocalizedText
    /// Levels in the order written, lowest first.
    public let levels: [Level]

    public init(id: String, title: LocalizedText, description: LocalizedText = LocalizedText(), levels: [Level]) {
        self.id = id
        self.title = title
        self.description = description
        self.levels = levels
    }

    /// Position of the level with this id, or nil.
    public func levelIndex(of id: String) -> Int? {
        levels.firstIndex { $0.id == id }
    }
}

/// One level of a scale: its score in [0, 1], its label and its descriptor (the rubric text).
public struct Level: Sendable, Hashable {
    public let id: String
    public let score: Double
    public let label: LocalizedText
    public let descriptor: LocalizedText

    public init(id: String, score: Double, label: LocalizedText, descriptor: LocalizedText = LocalizedText()) {
        self.id = id
        self.score = score
        self.label = label
        self.descriptor = descriptor
    }
}
