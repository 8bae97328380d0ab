/// Checks an expression's types and references against a framework, once, at load time.
///
/// ## Typing rules
/// - Literals have their own type; an identifier has its indicator's answer type.
/// - `-x`: number → number. `not b`: boolean → boolean.
/// - `+ - * /`: numbers → number. `and`, `or`: booleans → boolean.
/// - `==`, `!=`: two operands of the same type → boolean. `< <= > >=`: numbers → boolean (an
///   ordinal answer is a level id; compare `level(X)` instead).
/// - Functions: see ``Expression/Function``; `if(c, a, b)` needs a boolean `c` and `a`, `b` of
///   one type, which is its type.
/// - `score(NODE)`, `applicable(NODE)`: an existing node. `answered(IND)`: an existing
///   indicator. `level(IND)`: an ordinal indicator. `has(IND, "o")`: a checklist with option `o`.
/// - A literal `0` divisor is an error (it always fails at evaluation).
///
/// Every error is reported, in source order; a subexpression that already has an error does not
/// cause more errors in the expressions around it.
public enum ExpressionChecker: Sendable {
    /// Type- and reference-checks `expression`; returns its type, or throws all the errors found.
    public static func check(
        _ expression: Expression, symbols: some ExpressionSymbols
    ) throws(ExpressionErrors) -> ExpressionType {
        var checker = ExpressionTypeWalker(symbols: symbols)
        let type = checker.type(of: expression)
        guard checker.errors.isEmpty, let type else {
            throw ExpressionErrors(
                checker.errors.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) })
        }
        return type
    }

    /// Checks `expression` and that its type is `expected` (a rule condition must be a boolean,
    /// a derived indicator's formula a number).
    public static func check(
        _ expression: Expression, symbols: some ExpressionSymbols, expecting expected: ExpressionType
    ) throws(ExpressionErrors) {
        let type = try check(expression, symbols: symbols)
        guard type == expected else {
            throw ExpressionErrors([.wrongResultType(expected: expected, got: type, expression.span)])
        }
    }
}

/// The walk behind ``ExpressionChecker``: `type(of:)` returns `nil` when the subexpression has an
/// error already reported.
private struct ExpressionTypeWalker<Symbols: ExpressionSymbols> {
    let symbols: Symbols
    var errors: [ExpressionError] = []

    init(symbols: Symbols) {
        self.symbols = symbols
    }

    mutating func type(of expression: Expression) -> ExpressionType? {
        switch expression {
        case .number: return .number
        case .string: return .string
        case .boolean: return .boolean
        case .answer(let id, let span):
            return indicatorType(id, span)
        case .unary(let op, let operand, _):
            let result: ExpressionType = op == .negate ? .number : .boolean
            require(result, operand, for: "'\(op.rawValue)' needs a \(result.rawValue)")
            return result
        case .binary(let op, let lhs, let rhs, let span):
            return binaryType(op, lhs, rhs, span)
        case .call(let function, let arguments, let span):
            return callType(function, arguments, span)
        case .query(let query, _):
            return queryType(query)
        }
    }

    private mutating func binaryType(
        _ op: Expression.BinaryOperator, _ lhs: Expression, _ rhs: Expression, _ span: SourceSpan
    ) -> ExpressionType? {
        let name = "'\(op.rawValue)'"
        switch op {
        case .and, .or:
            requireBoth(.boolean, lhs, rhs, span, for: "\(name) needs booleans")
            return .boolean
        case .add, .subtract, .multiply, .divide:
            requireBoth(.number, lhs, rhs, span, for: "\(name) needs numbers")
            if op == .divide, case .number(0, let zeroSpan) = rhs { errors.append(.divisionByZeroLiteral(zeroSpan)) }
            return .number
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let hint = [lhs, rhs].lazy.compactMap(ordinalAnswerID).first.map {
                "; to compare levels of '\($0)', use level(\($0))"
            }
            requireBoth(.number, lhs, rhs, span, for: "\(name) needs numbers", hint: hint ?? "")
            return .boolean
        case .equal, .notEqual:
            if let left = type(of: lhs), let right = type(of: rhs), left != right {
                errors.append(.mixedEquality(name, left, right, span))
            }
            return .boolean
        }
    }

    private mutating func callType(
        _ function: Expression.Function, _ arguments: [Expression], _ span: SourceSpan
    ) -> ExpressionType? {
        let name = "'\(function.rawValue)'"
        switch function {
        case .if:
            guard arguments.count == 3 else { return nil }
            require(.boolean, arguments[0], for: "\(name) needs a boolean condition")
            let then = type(of: arguments[1])
            let otherwise = type(of: arguments[2])
            if let then, let otherwise, then != otherwise {
                errors.append(.mixedBranches(then, otherwise, span))
                return nil
            }
            return then ?? otherwise
        case .min, .max, .avg, .sum, .abs, .round:
            for argument in arguments { require(.number, argument, for: "\(name) needs numbers") }
            return .number
        case .count:
            for argument in arguments { require(.boolean, argument, for: "\(name) needs booleans") }
            return .number
        }
    }

    private mutating func queryType(_ query: Expression.Query) -> ExpressionType? {
        switch query {
        case .score(let node):
            if !symbols.nodeExists(node.value) { errors.append(.unknownNode(node)) }
            return .number
        case .applicable(let node):
            if !symbols.nodeExists(node.value) { errors.append(.unknownNode(node)) }
            return .boolean
        case .answered(let indicator):
            _ = indicatorType(indicator.value, indicator.span)
            return .boolean
        case .level(let indicator):
            if let type = indicatorType(indicator.value, indicator.span), !symbols.isOrdinal(indicator.value) {
                errors.append(.notOrdinal(indicator, answerType: type))
            }
            return .number
        case .has(let indicator, let option):
            guard indicatorType(indicator.value, indicator.span) != nil else { return .boolean }
            switch symbols.checklistHasOption(indicator.value, option.value) {
            case nil: errors.append(.notChecklist(indicator))
            case false?: errors.append(.unknownOption(indicator, option))
            case true?: break
            }
            return .boolean
        }
    }

    /// The answer type of an indicator, or `nil` after reporting that it does not exist.
    private mutating func indicatorType(_ id: String, _ span: SourceSpan) -> ExpressionType? {
        guard let type = symbols.answerType(of: id) else {
            errors.append(.unknownIndicator(id, span))
            return nil
        }
        return type
    }

    /// Reports `operand` unless it has type `expected` (or an error of its own).
    private mutating func require(_ expected: ExpressionType, _ operand: Expression, for message: String) {
        guard let type = type(of: operand), type != expected else { return }
        errors.append(ExpressionError("\(message), got \(type.rawValue)", span: operand.span))
    }

    /// Reports the operands of a binary operator that do not have type `expected`: each at its
    /// own span, or both in one error at the operator's span.
    private mutating func requireBoth(
        _ expected: ExpressionType, _ lhs: Expression, _ rhs: Expression, _ span: SourceSpan, for message: String,
        hint: String = ""
    ) {
        let wrong = [lhs, rhs].compactMap { operand in
            type(of: operand).flatMap { $0 == expected ? nil : (operand, $0) }
        }
        switch wrong.count {
        case 2:
            errors.append(
                ExpressionError("\(message), got \(wrong[0].1.rawValue) and \(wrong[1].1.rawValue)\(hint)", span: span))
        case 1:
            errors.append(ExpressionError("\(message), got \(wrong[0].1.rawValue)\(hint)", span: wrong[0].0.span))
        default:
            break
        }
    }

    /// The id of a plain reference to an indicator whose answer is a level id, for a hint.
    private func ordinalAnswerID(_ operand: Expression) -> String? {
        guard case .answer(let id, _) = operand, symbols.isOrdinal(id) else { return nil }
        return id
    }
}

// MARK: - Messages

extension ExpressionError {
    static func unknownIndicator(_ id: String, _ span: SourceSpan) -> ExpressionError {
        ExpressionError("unknown indicator '\(id)'", span: span)
    }

    static func unknownNode(_ node: Expression.Name) -> ExpressionError {
        ExpressionError("unknown node '\(node.value)'", span: node.span)
    }

    static func notOrdinal(_ indicator: Expression.Name, answerType: ExpressionType) -> ExpressionError {
        ExpressionError(
            "'level' needs an ordinal indicator; '\(indicator.value)' is not one (its answer is a \(answerType.rawValue))",
            span: indicator.span)
    }

    static func notChecklist(_ indicator: Expression.Name) -> ExpressionError {
        ExpressionError("'has' needs a checklist indicator; '\(indicator.value)' is not one", span: indicator.span)
    }

    static func unknownOption(_ indicator: Expression.Name, _ option: Expression.Name) -> ExpressionError {
        ExpressionError("checklist '\(indicator.value)' has no option '\(option.value)'", span: option.span)
    }

    static func mixedEquality(_ name: String, _ left: ExpressionType, _ right: ExpressionType, _ span: SourceSpan)
        -> ExpressionError
    {
        ExpressionError(
            "\(name) needs operands of the same type, got \(left.rawValue) and \(right.rawValue)", span: span)
    }

    static func mixedBranches(_ then: ExpressionType, _ otherwise: ExpressionType, _ span: SourceSpan)
        -> ExpressionError
    {
        ExpressionError(
            "if branches must have the same type, got \(then.rawValue) and \(otherwise.rawValue)", span: span)
    }

    static func divisionByZeroLiteral(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("division by zero", span: span)
    }

    static func wrongResultType(expected: ExpressionType, got: ExpressionType, _ span: SourceSpan) -> ExpressionError {
        ExpressionError("expected a \(expected.rawValue) expression, got \(got.rawValue)", span: span)
    }
}
