/// The weight and weighted-score sums over a node's counted children, for a node with many
/// children: added pairwise, in a complete binary tree over the children in framework order, so
/// that changing one child re-adds only its `log n` ancestors in the tree and gives bit for bit
/// the sums a full build gives. The improvement plan re-scores one changed indicator at a time;
/// re-adding all 20,000 siblings for each of 20,000 candidates was quadratic.
///
/// Only nodes with at least `pairwiseThreshold` children are summed this way; smaller ones are
/// summed left to right as they always were (every shipped and sample framework: their scores
/// are unchanged to the last bit).
struct ChildSums: Sendable {
    static let pairwiseThreshold = 256

    /// Leaves from `leafBase` (one per child, zero-padded to a power of two); node `i`'s
    /// children are `2i` and `2i + 1`; the root is 1.
    private var weights: [Double]
    private var weighted: [Double]
    private let leafBase: Int

    /// The sums over `children` as they stand in `run`.
    init(children: [Int], run: ScoringRun, weight: (Int) -> Double) {
        var base = 1
        while base < children.count { base *= 2 }
        leafBase = base
        weights = Array(repeating: 0, count: 2 * base)
        weighted = Array(repeating: 0, count: 2 * base)
        for (position, child) in children.enumerated() where run.nodes[child].counts {
            let childWeight = weight(child)
            weights[base + position] = childWeight
            weighted[base + position] = childWeight * run.nodes[child].score
        }
        for node in stride(from: base - 1, through: 1, by: -1) { add(node) }
    }

    var weightSum: Double { weights[1] }
    var weightedSum: Double { weighted[1] }

    /// Puts the child at `position` in as `score` says, with weight `weight`.
    mutating func set(_ position: Int, _ score: NodeScore, weight: Double) {
        var node = leafBase + position
        weights[node] = score.counts ? weight : 0
        weighted[node] = score.counts ? weight * score.score : 0
        while node > 1 {
            node /= 2
            add(node)
        }
    }

    private mutating func add(_ node: Int) {
        weights[node] = weights[2 * node] + weights[2 * node + 1]
        weighted[node] = weighted[2 * node] + weighted[2 * node + 1]
    }
}

extension Scorer {
    /// A child's weight among its siblings before renormalising: the profile's, else its own.
    func weight(of child: Int, profile: Profile?) -> Double {
        profile?.weights[child] ?? framework.nodes[child].weight
    }

    /// A parent's score from its children's sums (step 4): the weighted mean, or not applicable
    /// when nothing below it counts.
    static func aggregated(weightSum: Double, weighted: Double, answered: Int32, expected: Int32) -> NodeScore {
        var result = NodeScore(status: .scored, answered: answered, expected: expected)
        if weightSum > 0 {
            result.raw = Precision.snap(weighted / weightSum)
            result.score = result.raw
        } else {
            result.status = .notApplicable
        }
        return result
    }
}
