/// One agency's counted evaluators and the indicator scores each gave: what the calibration and
/// consistency figures read (an indicator score in [0, 1] where it counted and was answered).
struct AgencyRatings: Sendable {
    var agency: String
    /// In the order of the agency's counted evaluations.
    var evaluators: [String]
    /// One row per indicator of the framework (in `Framework.indicators` order), one column per
    /// evaluator; nil where that evaluator has no score.
    var scores: [[Double?]]

    init(cards: [ScoreCard], indicators: [Int]) {
        agency = cards.first?.agency.id ?? ""
        evaluators = cards.map { $0.assessors[0].id }
        let nodes = cards.map(\.nodes)
        scores = indicators.map { index in
            nodes.map { card in
                card[index].status == .scored && card[index].answered == 1 ? card[index].raw : nil
            }
        }
    }

    /// The rows (positions into `scores`) every evaluator scored, as a complete table; empty
    /// with fewer than two evaluators.
    func completeTable(rows: [Int]) -> [[Double]] {
        guard evaluators.count >= 2 else { return [] }
        return rows.compactMap { row in
            let values = scores[row].compactMap { $0 }
            return values.count == evaluators.count ? values : nil
        }
    }
}
