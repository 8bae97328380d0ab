/// How far the evaluators agree: Krippendorff's α (interval and ordinal) per area and overall,
/// over the indicator scores they gave (units are agency × indicator; coders are evaluators;
/// an evaluator who did not score a unit is a missing value), and the items on which they
/// differ most, for the consensus meeting; beside α, the evaluators' consistency (intraclass
/// correlations, Kendall's W) and each evaluator's calibration (leniency or severity).
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
        /// Highest minus lowest score, snapped to 12 significant digits (``Precision/snap(_:)``)
        /// so that equal spreads compare equal (0.7 − 0.2 and 0.6 − 0.1 are both 0.5).
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

    /// Consistency over every indicator.
    public var consistency: JuryConsistency
    /// Per top-level area, aligned with `Framework.areas`.
    public var areaConsistency: [JuryConsistency]
    /// Each evaluator's leniency or severity, in evaluator-id order.
    public var calibration: [EvaluatorCalibration]

    /// How many disagreements are kept.
    public static let limit = 10
    /// Krippendorff: α below 0.667 supports no conclusion; from 0.667 to 0.800 only tentative ones.
    public static let tentativeAlpha = 0.667
    /// Krippendorff: α from 0.800 supports relying on the data.
    public static let reliableAlpha = 0.800

    init(framework: Framework, evaluatorCards: [[ScoreCard]]) {
        let evaluators = Array(Set(evaluatorCards.joined().map { $0.assessors[0].id })).sorted()
        let coder = Dictionary(uniqueKeysWithValues: evaluators.enumerated().map { ($1, $0) })
        let areaOf = JuryAgreement.areaPositions(framework)
        var areaRatings = Array(repeating: [[Double?]](repeating: [], count: evaluators.count), count: framework.areas.count)
        var all = [[Double?]](repeating: [], count: evaluators.count)
        // The widest first, at most `limit`: kept in order as they come, never all sorted.
        var disagreements: [Disagreement] = []
        func ranksBefore(_ a: Disagreement, _ b: Disagreement) -> Bool {
            (a.spread, b.agency, b.indicator) > (b.spread, a.agency, a.indicator)
        }
        var column = [Double?](repeating: nil, count: evaluators.count)
        for cards in evaluatorCards where !cards.isEmpty {
            // Read per card once: copying a whole score card per indicator would dominate.
            let nodes = cards.map(\.nodes)
            let ids = cards.map { $0.assessors[0].id }
            let coders = ids.map { coder[$0]! }
            for index in framework.indicators {
                var scored = 0
                var low = Double.infinity
                var high = -Double.infinity
                for position in cards.indices {
                    let node = nodes[position][index]
                    guard node.status == .scored, node.answered == 1 else { continue }
                    column[coders[position]] = node.raw
                    scored += 1
                    low = min(low, node.raw)
                    high = max(high, node.raw)
                }
                guard scored > 0 else { continue }
                for row in column.indices {
                    all[row].append(column[row])
                    if areaOf[index] >= 0 { areaRatings[areaOf[index]][row].append(column[row]) }
                    column[row] = nil
                }
                guard scored >= 2, high - low > 0 else { continue }
                let candidate = Disagreement(agency: cards[0].agency.id, indicator: index, scores: [], spread: Precision.snap(high - low))
                if disagreements.count == JuryAgreement.limit {
                    guard ranksBefore(candidate, disagreements[disagreements.count - 1]) else { continue }
                    disagreements.removeLast()
                }
                var item = candidate
                item.scores = cards.indices.compactMap { position in
                    let node = nodes[position][index]
                    guard node.status == .scored, node.answered == 1 else { return nil }
                    return Pair(evaluator: ids[position], score: node.raw)
                }
                let place = disagreements.firstIndex { ranksBefore(item, $0) } ?? disagreements.count
                disagreements.insert(item, at: place)
            }
        }
        overall = JuryAgreement.alpha(all)
        areas = areaRatings.map(JuryAgreement.alpha)
        self.disagreements = disagreements
        let ratings = evaluatorCards.filter { !$0.isEmpty }.map { AgencyRatings(cards: $0, indicators: framework.indicators) }
        (consistency, areaConsistency) = JuryConsistency.overallAndPerArea(ratings, framework: framework, areaOf: areaOf)
        calibration = EvaluatorCalibration.calibrate(ratings)
    }

    /// Which area (position in `Framework.areas`) each node falls in; -1 for the root.
    private static func areaPositions(_ framework: Framework) -> [Int] {
        var areaOf = Array(repeating: -1, count: framework.nodes.count)
        for (position, area) in framework.areas.enumerated() { areaOf[area] = position }
        for index in framework.nodes.indices where index > 0 {
            if let parent = framework.nodes[index].parent, parent != 0 { areaOf[index] = areaOf[parent] }
        }
        return areaOf
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
