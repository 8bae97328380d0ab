/// A number, optionally bounded, scored by a ramp or thresholds.
///
/// Worked example (a ramp from 72 hours down to 4, at least 0): 38 hours scores
/// (38 − 72) / (4 − 72) = 0.5; its next step is halfway to the target, 21; the best answer is
/// the target, 4; evaluators answering 10, 30 and 50 agree on 30 (the median).
struct NumberKind: IndicatorKindBehaviour {
    var scoring: NumberScoring
    var bounds: NumberBounds

    var name: String { "number" }
    var isAnswered: Bool { true }
    var expressionType: ExpressionType { .number }

    func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        guard let number = NumberKind.finiteNumber(TypedAnswer.westernDigits(text)) else { return .failure(NumberKind.notANumber(text, id: id)) }
        guard bounds.contains(number) else {
            return .failure(AnswerTextError(message: "\(Expression.canonical(number)) is out of range for '\(id)'" + rangeText))
        }
        return .success(.number(number))
    }

    func score(_ value: AnswerValue, scales: [Scale]) -> Double? {
        guard case let .number(number) = value else { return nil }
        return scoring.score(number)
    }

    func expressionValue(_ value: AnswerValue, scales: [Scale]) -> ExpressionValue {
        guard case let .number(number) = value else { return .missing }
        return .number(number)
    }

    /// The median number.
    func consensus(_ values: [AnswerValue]) -> AnswerValue? {
        let numbers = values.compactMap { if case let .number(number) = $0 { number } else { nil } }
        return Descriptive.median(numbers).map(AnswerValue.number)
    }

    func bestValue(scales: [Scale]) -> AnswerValue? {
        scoring.best.map { .number(bounds.clamp($0)) }
    }

    func nextValue(after current: AnswerValue, scales: [Scale]) -> AnswerValue? {
        guard case let .number(value) = current else { return nil }
        return scoring.next(after: value).map { .number(bounds.clamp($0)) }
    }

    private var rangeText: String {
        let format = Expression.canonical
        return switch (bounds.min, bounds.max) {
        case let (low?, high?): " (allowed: \(format(low)) to \(format(high)))"
        case let (low?, nil): " (allowed: \(format(low)) or more)"
        case let (nil, high?): " (allowed: up to \(format(high)))"
        case (nil, nil): ""
        }
    }

    /// Plain decimal notation only: no NaN, INF, hex, or overflow to infinity; -0 reads as 0.
    /// A subnormal number (closer to 0 than 2.2e-308, such as `1e-320`) is refused too: it is
    /// not 0, so a guard `if(x == 0, …)` lets it through, yet dividing by it overflows.
    static func finiteNumber(_ text: String) -> Double? {
        guard let number = plainNumber(text), number.isFinite, !number.isSubnormal else { return nil }
        return number == 0 ? 0 : number
    }

    private static func plainNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 64,
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 })
        else { return nil }
        return Double(text)
    }

    static func notANumber(_ text: String, id: String) -> AnswerTextError {
        if plainNumber(text)?.isSubnormal == true {
            return AnswerTextError(message: "'\(id)' is too close to 0 to compute with: '\(text)' is below 2.2e-308 (write 0, or a larger number)")
        }
        return AnswerTextError(message: "'\(id)' needs a finite number, not '\(text)'")
    }
}

extension NumberScoring {
    /// The value that scores most: the ramp's target, or the threshold with the best score
    /// (of equals, the easiest to reach); nil for no thresholds.
    var best: Double? {
        switch self {
        case let .ramp(_, target):
            return target
        case let .thresholds(thresholds, direction):
            return thresholds.max(by: {
                $0.score < $1.score || ($0.score == $1.score && (direction == .higherIsBetter ? $0.at > $1.at : $0.at < $1.at))
            })?.at
        }
    }

    /// The next step up from `value`: halfway to the ramp's target (from the floor when the
    /// value scores 0), or the nearest threshold that scores more; nil at the top.
    func next(after value: Double) -> Double? {
        let current = score(value)
        switch self {
        case let .ramp(floor, target):
            guard current < 1 else { return nil }
            let start = current == 0 ? floor : value
            return start + (target - start) / 2
        case let .thresholds(thresholds, direction):
            let better = thresholds.filter { $0.score > current }
            let next = direction == .higherIsBetter ? better.min { $0.at < $1.at } : better.max { $0.at < $1.at }
            return next?.at
        }
    }
}

extension NumberBounds {
    /// The nearest value the bounds allow.
    func clamp(_ value: Double) -> Double {
        Swift.min(max ?? value, Swift.max(min ?? value, value))
    }
}
