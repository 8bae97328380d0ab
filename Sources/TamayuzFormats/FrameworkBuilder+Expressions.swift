import TamayuzCore
import TamayuzXML

/// What the expressions of a framework can name: its indicators (by kind) and nodes.
struct FrameworkSymbols: ExpressionSymbols {
    let kinds: [String: IndicatorKind]
    let nodeIDs: Set<String>

    func answerType(of id: String) -> ExpressionType? {
        kinds[id]?.expressionType
    }

    func nodeExists(_ id: String) -> Bool { nodeIDs.contains(id) }

    func isOrdinal(_ id: String) -> Bool {
        if case .ordinal? = kinds[id] { return true }
        return false
    }

    func checklistHasOption(_ id: String, _ option: String) -> Bool? {
        guard case let .checklist(options, _)? = kinds[id] else { return nil }
        return options.contains { $0.id == option }
    }
}

extension FrameworkBuilder {
    var symbols: FrameworkSymbols {
        var kinds: [String: IndicatorKind] = [:]
        for node in nodes { if let indicator = node.indicator { kinds[node.id] = indicator.kind } }
        return FrameworkSymbols(kinds: kinds, nodeIDs: Set(nodes.map(\.id)))
    }

    /// Parses and checks an expression attribute; errors point inside the attribute value.
    /// `allowScores` is false where scores are not known yet (applicability, derived values).
    mutating func compile(
        _ attribute: XMLAttribute, expecting type: ExpressionType, allowScores: Bool, symbols: FrameworkSymbols
    ) -> CompiledExpression? {
        let location = attribute.valueLocation
        let expression: Expression
        do {
            expression = try ExpressionParser.parse(attribute.value)
        } catch {
            sink.error(attribute.location(ofValueOffset: error.span.start), "in '\(attribute.name)': \(error.message)")
            return nil
        }
        let actual: ExpressionType
        do {
            actual = try ExpressionChecker.check(expression, symbols: symbols)
        } catch {
            for problem in error {
                sink.error(attribute.location(ofValueOffset: problem.span.start), "in '\(attribute.name)': \(problem.message)")
            }
            return nil
        }
        if actual != type {
            sink.error(location, "'\(attribute.name)' must be a \(type.rawValue) expression; '\(attribute.value)' is a \(actual.rawValue)")
            return nil
        }
        for (literal, span, scale) in unknownLevels(in: expression) {
            sink.error(attribute.location(ofValueOffset: span.start), "in '\(attribute.name)': \"\(literal)\" is not a level of scale '\(scales[scale].id)' (its levels: \(scales[scale].levels.map(\.id).joined(separator: ", "))), so the comparison could never hold")
        }
        if !allowScores, let reference = expression.scoreReferences.sorted().first {
            sink.error(location, "'\(attribute.name)' cannot read scores (it reads '\(reference)'): it is decided before any score is computed; refer to answers instead")
            return nil
        }
        return CompiledExpression(source: attribute.value, expression: expression, location: location)
    }

    /// String literals compared (== or !=) with an ordinal answer that are not levels of its
    /// scale: a typo such as `AV.4 == "integratd"` would silently never match.
    func unknownLevels(in expression: Expression) -> [(String, SourceSpan, Int)] {
        var found: [(String, SourceSpan, Int)] = []
        var pending = [expression]
        while let next = pending.popLast() {
            switch next {
            case let .binary(op, lhs, rhs, _):
                if op == .equal || op == .notEqual {
                    for (reference, literal) in [(lhs, rhs), (rhs, lhs)] {
                        guard case let .answer(id, _) = reference, case let .string(text, span) = literal,
                              let index = nodeIndex[id], case let .ordinal(scale)? = nodes[index].indicator?.kind,
                              scales[scale].levelIndex(of: text) == nil
                        else { continue }
                        found.append((text, span, scale))
                    }
                }
                pending += [lhs, rhs]
            case let .unary(_, operand, _):
                pending.append(operand)
            case let .call(_, arguments, _):
                pending += arguments
            default:
                break
            }
        }
        return found.sorted { $0.1.start < $1.1.start }
    }

    /// Compiles derived values and applicability conditions, and refuses cycles among derived
    /// indicators.
    mutating func compileNodeExpressions() {
        let symbols = symbols
        for (node, attribute) in pendingDerived {
            guard let indicator = nodes[node].indicator, case let .derived(_, scoring, unit) = indicator.kind,
                  let compiled = compile(attribute, expecting: .number, allowScores: false, symbols: symbols)
            else { continue }
            nodes[node].indicator = Indicator(
                kind: .derived(compiled, scoring, unit: unit), evidence: indicator.evidence,
                allowsNotApplicable: indicator.allowsNotApplicable)
        }
        for (node, attribute) in pendingApplicability {
            nodes[node].applicableWhen = compile(attribute, expecting: .boolean, allowScores: false, symbols: symbols)
        }
        checkDerivedCycles()
    }

    /// Refuses the first cycle among derived indicators, walking their references depth first
    /// with an explicit stack: a chain of any length (thousands of derived indicators, each
    /// reading the next) costs time linear in the references and no call stack.
    private mutating func checkDerivedCycles() {
        var derivedInputs: [Int: [Int]] = [:]
        for (index, node) in nodes.enumerated() {
            guard case let .derived(compiled, _, _)? = node.indicator?.kind else { continue }
            derivedInputs[index] = compiled.expression.answerReferences.sorted().compactMap { nodeIndex[$0] }
                .filter { if case .derived? = nodes[$0].indicator?.kind { true } else { false } }
        }
        var done: [Int: Bool] = [:]  // false: on the current path, true: done
        for start in derivedInputs.keys.sorted() where done[start] == nil {
            var path: [(node: Int, nextInput: Int)] = [(start, 0)]
            done[start] = false
            while let (node, position) = path.last {
                let inputs = derivedInputs[node] ?? []
                guard position < inputs.count else {
                    done[node] = true
                    path.removeLast()
                    continue
                }
                path[path.count - 1].nextInput += 1
                let next = inputs[position]
                switch done[next] {
                case true?: continue
                case false?: return reportCycle(path.map(\.node), closingAt: next)
                case nil:
                    done[next] = false
                    path.append((next, 0))
                }
            }
        }
    }

    /// Reports the cycle that `path` closes by reading `node` again, at `node`'s formula.
    private mutating func reportCycle(_ path: [Int], closingAt node: Int) {
        let cycle = path[path.firstIndex(of: node)!...].map { nodes[$0].id } + [nodes[node].id]
        if case let .derived(compiled, _, _)? = nodes[node].indicator?.kind {
            sink.error(compiled.location, "derived indicators form a cycle: \(cycle.joined(separator: " → "))")
        }
    }

    /// Whether `node` is `ancestor` or lies below it.
    func isWithin(_ node: Int, _ ancestor: Int) -> Bool {
        var current: Int? = node
        while let index = current {
            if index == ancestor { return true }
            current = nodes[index].parent
        }
        return false
    }
}
