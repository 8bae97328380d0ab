/// How far the evaluators agree: Krippendorff's α (interval and ordinal) per area and overall,
/// over the indicator scores they gave (units are agency × indicator; coders are evaluators;
/// an evaluator who did not score a unit is a missing value), and the items on which they
/// differ most, for the consensus meeting.
public struct JuryAgreement: Sendable {
    public struct Alpha: Sendable, Hashable {
        /// nil when undefined (fewer than two pairable values, or no variation at all).
        public var interval: Double?
        public var ordinal: Double?
        /// Units scored by at least two evaluators.
        public var pairableUnits: Int
    }

    /// One item evaluators scored far apart.
    public struct Disagreement: Sendable, Hashable {
        public var agency: String
        /// The indicator (node index).
        public var indicator: Int
        /// (evaluator id, indicator score in [0, 1]) in evaluator order.
        public var scores: [Pair]
        /// Highest minus lowest score.
        public var spread: Double
    }

    public struct Pair: Sendable, Hashable {
        public var evaluator: String
        public var score: Double
    }

    public var overall: Alpha
    /// Per top-level area, aligned with `Framework.areas`.
    public var areas: [Alpha]
    /// The widest disagreements first (spread, then agency, then indicator), at most `limit`.
    public var disagreements: [Disagreement]

    /// How many disagreements are kept.
    public static let limit = 10

    init(framework: Framework, evaluatorCards: [[ScoreCard]]) {
        let evaluators = Array(Set(evaluatorCards.joined().map { $0.assessors[0].id })).sorted()
        let coder = Dictionary(uniqueKeysWithValues: evaluators.enumerated().map { ($1, $0) })
        // Which area each indicator falls in.
        var areaOf = Array(repeating: -1, count: framework.nodes.count)
        for (position, area) in framework.areas.enumerated() { areaOf[area] = position }
        for index in framework.nodes.indices where index > 0 {
            if let parent = framework.nodes[index].parent, parent != 0 { areaOf[index] = areaOf[parent] }
        }
        var areaRatings = Array(repeating: [[Double?]](repeating: [], count: evaluators.count), count: framework.areas.count)
        var all = [[Double?]](repeating: [], count: evaluators.count)
        var disagreements: [Disagreement] = []
        for cards in evaluatorCards where !cards.isEmpty {
            for index in framework.indicators {
                var column = [Double?](repeating: nil, count: evaluators.count)
                var pairs: [Pair] = []
                for card in cards {
                    let node = card.nodes[index]
                    guard node.status == .scored, node.answered == 1 else { continue }
                    let id = card.assessors[0].id
                    column[coder[id]!] = node.raw
                    pairs.append(Pair(evaluator: id, score: node.raw))
                }
                guard !pairs.isEmpty else { continue }
                for row in column.indices {
                    all[row].append(column[row])
                    if areaOf[index] >= 0 { areaRatings[areaOf[index]][row].append(column[row]) }
                }
                if pairs.count >= 2 {
                    let scores = pairs.map(\.score)
                    let spread = scores.max()! - scores.min()!
                    if spread > 0 {
                        disagreements.append(Disagreement(agency: cards[0].agency.id, indicator: index, scores: pairs, spread: spread))
                    }
                }
            }
        }
        overall = JuryAgreement.alpha(all)
        areas = areaRatings.map(JuryAgreement.alpha)
        disagreements.sort {
            ($0.spread, $1.agency, $1.indicator) > ($1.spread, $0.agency, $0.indicator)
        }
        self.disagreements = Array(disagreements.prefix(JuryAgreement.limit))
    }

    private static func alpha(_ ratings: [[Double?]]) -> Alpha {
        let units = ratings.first?.count ?? 0
        var pairable = 0
        for unit in 0..<units where ratings.reduce(0, { $0 + ($1[unit] == nil ? 0 : 1) }) >= 2 { pairable += 1 }
        return Alpha(
            interval: KrippendorffAlpha.alpha(ratings, metric: .interval),
            ordinal: KrippendorffAlpha.alpha(ratings, metric: .ordinal),
            pairableUnits: pairable)
    }
}
