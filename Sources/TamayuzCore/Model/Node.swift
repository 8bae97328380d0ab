/// One node of a framework's hierarchy: the framework itself (the root), an area, a criterion
/// or sub-criterion, or an indicator (a leaf that is answered or derived).
///
/// Nodes live in one flat array (`Framework.nodes`), parents before children, so scoring walks
/// it backwards for a bottom-up pass without recursion. A framework's nodes never change (its
/// `nodes` is a constant); the fields are variables for the loader, which fills a node in as it
/// reads the node's children and expressions.
public struct Node: Sendable {
    public enum Level: String, Sendable, Hashable {
        case framework, area, criterion, indicator
    }

    public var id: String
    public var level: Level
    /// Index of the parent in `Framework.nodes`; nil for the root.
    public var parent: Int?
    /// Indices of the children, in document order.
    public var children: [Int]
    /// The weight among siblings as written (relative weight, or points in a points framework).
    public var weight: Double
    public var title: LocalizedText
    public var description: LocalizedText
    public var guidance: LocalizedText
    /// The node counts only when this holds (evaluated over answers).
    public var applicableWhen: CompiledExpression?
    /// Set for indicators.
    public var indicator: Indicator?
    /// Depth below the root (areas are 1).
    public var depth: Int
    public var location: SourceLocation

    public init(
        id: String, level: Level, parent: Int?, children: [Int] = [], weight: Double,
        title: LocalizedText, description: LocalizedText = LocalizedText(),
        guidance: LocalizedText = LocalizedText(), applicableWhen: CompiledExpression? = nil,
        indicator: Indicator? = nil, depth: Int, location: SourceLocation
    ) {
        self.id = id
        self.level = level
        self.parent = parent
        self.children = children
        self.weight = weight
        self.title = title
        self.description = description
        self.guidance = guidance
        self.applicableWhen = applicableWhen
        self.indicator = indicator
        self.depth = depth
        self.location = location
    }

    public var isIndicator: Bool { indicator != nil }
}

/// What makes a node an indicator: its kind, evidence policy and whether it may be answered
/// "not applicable".
public struct Indicator: Sendable {
    public let kind: IndicatorKind
    public let evidence: EvidenceRequirement
    public let allowsNotApplicable: Bool

    public init(kind: IndicatorKind, evidence: EvidenceRequirement = .none, allowsNotApplicable: Bool = false) {
        self.kind = kind
        self.evidence = evidence
        self.allowsNotApplicable = allowsNotApplicable
    }
}
