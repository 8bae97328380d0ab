/// The scored result of one agency: a score for every node of the framework, the rules that
/// fired, eligibility, flags, completeness and the band. Renderers read it; they never compute.
public struct ScoreCard: Sendable {
    public var agency: Agency
    /// Who assessed (one entry for a single assessment; the counted evaluators for a jury).
    public var assessors: [Assessor]
    /// The profile used, if any.
    public var profileID: String?
    /// One entry per framework node, aligned with `Framework.nodes`.
    public var nodes: [NodeScore]
    /// The input scored (answers, evidence, derived values).
    public var sheet: AnswerSheet
    /// Values of derived indicators by node index (missing inputs leave them out).
    public var derivedValues: [Int: Double]
    /// Indicators whose required evidence is missing, in framework order.
    public var missingEvidence: [Int]
    /// Indicators left unanswered (and applicable), in framework order.
    public var unanswered: [Int]
    /// For a jury's card: indicators some counted evaluators answered and others left blank
    /// (combined from those who answered), in framework order.
    public var partlyAnswered: [Int] = []
    /// Score-changing rules that fired, in the order applied.
    public var firings: [RuleFiring]
    /// Ineligibility rules that fired: the agency keeps its score but is not ranked.
    public var ineligibility: [RuleFiring]
    /// Flags raised for the jury.
    public var flags: [RuleFiring]
    /// The total on the framework's scale, before rounding.
    public var total: Double
    /// The total at the framework's precision: what is shown and ranked.
    public var displayTotal: Double
    /// Index into `Framework.bands`, nil when the framework has none.
    public var band: Int?
    /// Where the input came from (the assessment files).
    public var sources: [SourceLocation]

    public var isEligible: Bool { ineligibility.isEmpty }

    /// Answered share of the applicable indicators, in [0, 1] (1 when nothing is applicable).
    public var completeness: Double { nodes[0].completeness }
}

/// The score of one node.
public struct NodeScore: Sendable, Hashable {
    public enum Status: UInt8, Sendable, Hashable {
        /// Counted in its parent.
        case scored
        /// Answered "not applicable", its applicability condition failed, or nothing below it
        /// counted: left out, its siblings' weights renormalised.
        case notApplicable
        /// Left out by the profile.
        case excluded
        /// Unanswered in a framework whose missing answers are left out.
        case missing
    }

    public var status: Status
    /// The weighted mean of the children (or the indicator's score after evidence policy),
    /// before this node's rules.
    public var raw: Double
    /// The score in [0, 1] after this node's rules.
    public var score: Double
    /// The weight among its counted siblings, normalised to sum 1 (0 when not counted).
    public var weight: Double
    /// Applicable indicators below (or this one) that were answered, and all applicable ones.
    public var answered: Int32
    public var expected: Int32

    public init(status: Status = .scored, raw: Double = 0, score: Double = 0, weight: Double = 0, answered: Int32 = 0, expected: Int32 = 0) {
        self.status = status
        self.raw = raw
        self.score = score
        self.weight = weight
        self.answered = answered
        self.expected = expected
    }

    public var counts: Bool { status == .scored }

    public var completeness: Double { expected == 0 ? 1 : Double(answered) / Double(expected) }
}

/// A rule that fired for an agency, and what it changed.
public struct RuleFiring: Sendable, Hashable {
    /// Index into `Framework.rules`.
    public var rule: Int
    /// The target node's score before and after (equal for ineligible and flag rules, and for
    /// a cap that was already met).
    public var before: Double
    public var after: Double

    public init(rule: Int, before: Double, after: Double) {
        self.rule = rule
        self.before = before
        self.after = after
    }
}

extension ScoreCard {
    /// Each node's share of the total: the product of the normalised weights from the root down
    /// (0 for a node that does not count). A node's points in the total are its score × its share
    /// × the scale maximum, before the rules of the nodes above it.
    public func shares(in framework: Framework) -> [Double] {
        var shares = Array(repeating: 0.0, count: nodes.count)
        guard !shares.isEmpty else { return shares }
        shares[0] = 1
        // Parents precede children, so one forward pass suffices.
        for index in nodes.indices.dropFirst() {
            if let parent = framework.nodes[index].parent {
                shares[index] = shares[parent] * (nodes[index].counts ? nodes[index].weight : 0)
            }
        }
        return shares
    }
}

extension Framework {
    /// Each node's share of the total under the written weights (no profile, everything
    /// applicable): what the methodology states.
    public var writtenShares: [Double] {
        var shares = Array(repeating: 0.0, count: nodes.count)
        guard !shares.isEmpty else { return shares }
        shares[0] = 1
        for index in nodes.indices {
            let children = nodes[index].children
            let sum = children.reduce(0.0) { $0 + nodes[$1].weight }
            for child in children { shares[child] = sum > 0 ? shares[index] * nodes[child].weight / sum : 0 }
        }
        return shares
    }
}
