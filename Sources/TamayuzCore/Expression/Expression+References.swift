extension Expression {
    /// The ids this expression reads as indicator answers: plain identifiers and the indicator
    /// arguments of `answered`, `level` and `has`.
    ///
    /// The model uses these (with ``scoreReferences``) to order derived values and rules and to
    /// reject cycles at load time.
    public var answerReferences: Set<String> {
        var references = ExpressionReferenceCollector()
        references.collect(self)
        return references.answers
    }

    /// The ids of nodes whose score or applicability this expression reads: the arguments of
    /// `score` and `applicable`.
    public var scoreReferences: Set<String> {
        var references = ExpressionReferenceCollector()
        references.collect(self)
        return references.scores
    }
}

/// A walk gathering the ids an expression refers to.
private struct ExpressionReferenceCollector {
    var answers: Set<String> = []
    var scores: Set<String> = []

    mutating func collect(_ expression: Expression) {
        switch expression {
        case .number, .string, .boolean:
            break
        case .answer(let id, _):
            answers.insert(id)
        case .unary(_, let operand, _):
            collect(operand)
        case .binary(_, let lhs, let rhs, _):
            collect(lhs)
            collect(rhs)
        case .call(_, let arguments, _):
            for argument in arguments { collect(argument) }
        case .query(let query, _):
            switch query {
            case .score(let node), .applicable(let node): scores.insert(node.value)
            case .answered(let node), .level(let node), .has(let node, _): answers.insert(node.value)
            }
        }
    }
}
