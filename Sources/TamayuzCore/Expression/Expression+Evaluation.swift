/// Evaluation of a checked expression for one assessment.
///
/// ## What `.missing` does
/// An unanswered or not-applicable indicator, or a score not computed, reads as `.missing`:
/// - Arithmetic (`+ - * /`, unary `-`), comparisons, `abs`, `round`: any missing operand →
///   missing.
/// - `a and b`: false if either is false, else missing if either is missing, else true.
///   `a or b`: true if either is true, else missing if either is missing, else false.
///   `not missing` → missing.
/// - `if(c, a, b)`: missing `c` → missing; otherwise the chosen branch's value.
/// - `min`, `max`, `avg`, `sum` ignore missing arguments; all missing → missing.
///   `count` counts the `true` arguments (missing ones are not counted).
/// - `answered`, `applicable` and `has` are never missing (`has` on an unanswered checklist is
///   false); `score` and `level` are missing when there is nothing to read.
///
/// A caller decides what a missing result means (a rule whose condition is missing does not
/// fire; a derived indicator whose formula is missing is unanswered).
///
/// ## Laziness
/// `and`, `or` and `if` evaluate only what can change their result: `b` is not evaluated when
/// `a` alone decides `a and b` or `a or b`, and `if` evaluates only the chosen branch. So
/// `total > 0 and online / total > 0.5` and `if(total == 0, 0, online / total)` never divide by
/// zero. Every other operator and function evaluates all its operands, left to right.
///
/// ## Errors
/// Division by zero, and any result that is not a finite number (overflow, as in `1e308 * 10`),
/// are ``EvaluationError``s with the span of the operator or call, so NaN and infinities never
/// escape. A context that returns a non-finite number is an error at the reference. Operands of
/// the wrong type, which a checked expression never has, are errors too.
extension Expression {
    /// The value of this expression for the assessment `context` reads from.
    public func evaluate(in context: some ExpressionContext) throws(EvaluationError) -> ExpressionValue {
        try ExpressionEvaluator(context: context).value(of: self)
    }
}

/// The walk behind ``Expression/evaluate(in:)``.
private struct ExpressionEvaluator<Context: ExpressionContext> {
    let context: Context

    func value(of expression: Expression) throws(EvaluationError) -> ExpressionValue {
        switch expression {
        case .number(let value, let span):
            return .number(try finite(value, span))
        case .string(let value, _):
            return .string(value)
        case .boolean(let value, _):
            return .boolean(value)
        case .answer(let id, let span):
            let answer = context.answer(id)
            if case .number(let value) = answer, !value.isFinite { throw .nonFiniteAnswer(id, span) }
            return answer
        case .unary(.negate, let operand, let span):
            guard let number = try number(operand, for: "-", span) else { return .missing }
            return .number(-number)
        case .unary(.not, let operand, let span):
            guard let boolean = try boolean(operand, for: "not", span) else { return .missing }
            return .boolean(!boolean)
        case .binary(let op, let lhs, let rhs, let span):
            return try binary(op, lhs, rhs, span)
        case .call(let function, let arguments, let span):
            return try call(function, arguments, span)
        case .query(let query, let span):
            return try self.query(query, span)
        }
    }

    // MARK: Operators

    private func binary(
        _ op: Expression.BinaryOperator, _ lhs: Expression, _ rhs: Expression, _ span: SourceSpan
    ) throws(EvaluationError) -> ExpressionValue {
        switch op {
        case .and, .or:
            // `and` is decided by a false operand, `or` by a true one.
            let decisive = op == .or
            let left = try boolean(lhs, for: op.rawValue, span)
            if left == decisive { return .boolean(decisive) }
            let right = try boolean(rhs, for: op.rawValue, span)
            if right == decisive { return .boolean(decisive) }
            return left == nil || right == nil ? .missing : .boolean(!decisive)
        case .add, .subtract, .multiply, .divide:
            let left = try number(lhs, for: op.rawValue, span)
            let right = try number(rhs, for: op.rawValue, span)
            guard let left, let right else { return .missing }
            let result: Double
            switch op {
            case .add: result = left + right
            case .subtract: result = left - right
            case .multiply: result = left * right
            default:
                guard right != 0 else { throw .divisionByZero(span) }
                result = left / right
            }
            return .number(try finite(result, span))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let left = try number(lhs, for: op.rawValue, span)
            let right = try number(rhs, for: op.rawValue, span)
            guard let left, let right else { return .missing }
            switch op {
            case .less: return .boolean(left < right)
            case .lessOrEqual: return .boolean(left <= right)
            case .greater: return .boolean(left > right)
            default: return .boolean(left >= right)
            }
        case .equal, .notEqual:
            let left = try value(of: lhs)
            let right = try value(of: rhs)
            guard let leftType = left.type, let rightType = right.type else { return .missing }
            guard leftType == rightType else { throw .mixedEquality(op.rawValue, leftType, rightType, span) }
            return .boolean((left == right) == (op == .equal))
        }
    }

    // MARK: Functions

    private func call(
        _ function: Expression.Function, _ arguments: [Expression], _ span: SourceSpan
    ) throws(EvaluationError) -> ExpressionValue {
        let name = function.rawValue
        switch function {
        case .if:
            guard arguments.count == 3 else { throw .arity(function, span) }
            guard let condition = try boolean(arguments[0], for: name, span) else { return .missing }
            return try value(of: arguments[condition ? 1 : 2])
        case .min, .max, .avg, .sum:
            var numbers: [Double] = []
            for argument in arguments {
                if let number = try number(argument, for: name, span) { numbers.append(number) }
            }
            guard let first = numbers.first else { return .missing }
            let result: Double =
                switch function {
                case .min: numbers.dropFirst().reduce(first) { Swift.min($0, $1) }
                case .max: numbers.dropFirst().reduce(first) { Swift.max($0, $1) }
                case .avg: ExpressionArithmetic.average(numbers)
                default: numbers.reduce(0, +)
                }
            return .number(try finite(result, span))
        case .count:
            var count = 0
            for argument in arguments where try boolean(argument, for: name, span) == true { count += 1 }
            return .number(Double(count))
        case .abs:
            guard arguments.count == 1 else { throw .arity(function, span) }
            guard let number = try number(arguments[0], for: name, span) else { return .missing }
            return .number(number.magnitude)
        case .round:
            guard (1...2).contains(arguments.count) else { throw .arity(function, span) }
            let number = try number(arguments[0], for: name, span)
            var digits = 0
            if arguments.count == 2 {
                guard let value = try self.number(arguments[1], for: name, span) else { return .missing }
                guard value == value.rounded(), (-15...15).contains(value) else {
                    throw .roundingDigits(value, arguments[1].span)
                }
                digits = Int(value)
            }
            guard let number else { return .missing }
            return .number(try finite(ExpressionArithmetic.round(number, digits: digits), span))
        }
    }

    private func query(_ query: Expression.Query, _ span: SourceSpan) throws(EvaluationError) -> ExpressionValue {
        switch query {
        case .score(let node):
            guard let score = context.score(node.value) else { return .missing }
            guard score.isFinite else { throw .nonFiniteScore(node.value, span) }
            return .number(score)
        case .applicable(let node):
            return .boolean(context.isApplicable(node.value))
        case .answered(let indicator):
            return .boolean(context.answer(indicator.value) != .missing)
        case .level(let indicator):
            guard let level = context.level(indicator.value) else { return .missing }
            return .number(Double(level))
        case .has(let indicator, let option):
            return .boolean(context.isTicked(indicator.value, option.value) ?? false)
        }
    }

    // MARK: Operands

    /// The number `operand` evaluates to, `nil` when missing.
    private func number(_ operand: Expression, for name: String, _ span: SourceSpan) throws(EvaluationError) -> Double?
    {
        switch try value(of: operand) {
        case .number(let number): return number
        case .missing: return nil
        case let other: throw .wrongType(name, expected: .number, got: other, span)
        }
    }

    /// The boolean `operand` evaluates to, `nil` when missing.
    private func boolean(_ operand: Expression, for name: String, _ span: SourceSpan) throws(EvaluationError) -> Bool? {
        switch try value(of: operand) {
        case .boolean(let boolean): return boolean
        case .missing: return nil
        case let other: throw .wrongType(name, expected: .boolean, got: other, span)
        }
    }

    private func finite(_ value: Double, _ span: SourceSpan) throws(EvaluationError) -> Double {
        guard value.isFinite else { throw .notFinite(span) }
        return value
    }
}

// MARK: - Messages

extension EvaluationError {
    static func divisionByZero(_ span: SourceSpan) -> EvaluationError {
        EvaluationError("division by zero", span: span)
    }

    static func notFinite(_ span: SourceSpan) -> EvaluationError {
        EvaluationError("result is not a finite number", span: span)
    }

    static func nonFiniteAnswer(_ id: String, _ span: SourceSpan) -> EvaluationError {
        EvaluationError("the answer of '\(id)' is not a finite number", span: span)
    }

    static func nonFiniteScore(_ id: String, _ span: SourceSpan) -> EvaluationError {
        EvaluationError("the score of '\(id)' is not a finite number", span: span)
    }

    static func roundingDigits(_ value: Double, _ span: SourceSpan) -> EvaluationError {
        EvaluationError(
            "'round' needs a whole number of digits from -15 to 15, got \(Expression.canonical(value))", span: span)
    }

    static func wrongType(_ name: String, expected: ExpressionType, got value: ExpressionValue, _ span: SourceSpan)
        -> EvaluationError
    {
        EvaluationError("'\(name)' needs \(expected.rawValue)s, got \(value.type?.rawValue ?? "missing")", span: span)
    }

    static func mixedEquality(_ name: String, _ left: ExpressionType, _ right: ExpressionType, _ span: SourceSpan)
        -> EvaluationError
    {
        EvaluationError(
            "'\(name)' needs operands of the same type, got \(left.rawValue) and \(right.rawValue)", span: span)
    }

    static func arity(_ function: Expression.Function, _ span: SourceSpan) -> EvaluationError {
        EvaluationError(function.arityMessage, span: span)
    }
}
