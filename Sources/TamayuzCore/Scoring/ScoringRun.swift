/// The mutable state of scoring one answer sheet, and the context its expressions read.
/// One run per sheet, on one thread.
final class ScoringRun: ExpressionContext {
    let framework: Framework
    /// Changed only by the improvement plan, one candidate at a time, and restored after.
    var sheet: AnswerSheet
    var nodes: [NodeScore]
    /// Derived values per node; NaN when not computable (missing inputs) or not derived.
    var derived: [Double]
    /// Whether a node's score has been computed yet (scores of later nodes read as missing).
    var computed: [Bool]
    /// The agency being scored, for messages.
    var agencyID = ""

    init(framework: Framework, sheet: AnswerSheet) {
        self.framework = framework
        self.sheet = sheet
        nodes = Array(repeating: NodeScore(), count: framework.nodes.count)
        derived = Array(repeating: .nan, count: framework.nodes.count)
        computed = Array(repeating: false, count: framework.nodes.count)
    }

    /// Whether a node's answer may be read: not left out by the profile or "not applicable".
    private func counts(_ index: Int) -> Bool {
        nodes[index].status != .notApplicable && nodes[index].status != .excluded
    }

    /// A derived indicator's computed value as an answer; nil when not computable.
    func derivedValue(_ index: Int) -> AnswerValue? {
        derived[index].isNaN ? nil : .number(derived[index])
    }

    // MARK: ExpressionContext

    func answer(_ id: String) -> ExpressionValue {
        guard let index = framework.nodeIndex[id], let indicator = framework.nodes[index].indicator, counts(index)
        else { return .missing }
        if case .derived = indicator.kind {
            return derived[index].isNaN ? .missing : .number(derived[index])
        }
        guard let value = sheet.values[index] else { return .missing }
        return indicator.kind.behaviour.expressionValue(value, scales: framework.scales)
    }

    func score(_ nodeID: String) -> Double? {
        guard let index = framework.nodeIndex[nodeID], computed[index], nodes[index].counts else { return nil }
        return nodes[index].score
    }

    func isApplicable(_ nodeID: String) -> Bool {
        guard let index = framework.nodeIndex[nodeID] else { return false }
        return nodes[index].status == .scored || nodes[index].status == .missing
    }

    func level(_ indicatorID: String) -> Int? {
        guard let index = framework.nodeIndex[indicatorID], counts(index), case let .level(level)? = sheet.values[index] else {
            return nil
        }
        return level + 1
    }

    func isTicked(_ indicatorID: String, _ option: String) -> Bool? {
        guard let index = framework.nodeIndex[indicatorID], counts(index),
              case let .checklist(options, _)? = framework.nodes[index].indicator?.kind,
              let position = options.firstIndex(where: { $0.id == option })
        else { return nil }
        guard case let .options(ticked)? = sheet.values[index] else { return nil }
        return ticked.contains(position)
    }
}
