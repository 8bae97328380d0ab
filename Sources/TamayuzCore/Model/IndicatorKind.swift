/// How an indicator is answered and how its answer becomes a score in [0, 1].
public enum IndicatorKind: Sendable, Hashable {
    /// Yes or no; each answer has its score (normally 1 and 0).
    case yesNo(yesScore: Double, noScore: Double)
    /// A level of a shared scale (index into `Framework.scales`); the level's score.
    case ordinal(scale: Int)
    /// A number, optionally bounded, scored by a ramp or thresholds; its unit in the languages
    /// the criteria give (nil when none).
    case number(NumberScoring, bounds: NumberBounds, unit: LocalizedText?)
    /// A percentage in [0, 100], scored by a ramp (default 0 → 0, 100 → 1) or thresholds.
    case percentage(NumberScoring)
    /// Options ticked, each worth points; score = min(Σ points ticked, cap) / cap.
    case checklist(options: [ChecklistOption], cap: Double)
    /// A value computed from other answers, scored like a number.
    case derived(CompiledExpression, NumberScoring, unit: LocalizedText?)
    /// Scored on RADAR attributes (each a percentage in steps of 5); score = overall / 100.
    case radar(RadarAttributeSet)
    /// A short series of yearly values with a target and a comparator; the level is a ramp
    /// from `floor` to `target` (a target below the floor: lower is better).
    case resultsSeries(floor: Double, target: Double)

    /// The kind's behaviour (Model/Kinds/): the one switch over the kinds, where a new kind
    /// adds its case.
    var behaviour: any IndicatorKindBehaviour {
        switch self {
        case let .yesNo(yesScore, noScore): YesNoKind(yesScore: yesScore, noScore: noScore)
        case let .ordinal(scale): OrdinalKind(scale: scale)
        case let .number(scoring, bounds, _): NumberKind(scoring: scoring, bounds: bounds)
        case let .percentage(scoring): PercentageKind(scoring: scoring)
        case let .checklist(options, cap): ChecklistKind(options: options, cap: cap)
        case let .derived(_, scoring, _): DerivedKind(scoring: scoring)
        case let .radar(attributes): RadarKind(attributes: attributes)
        case let .resultsSeries(floor, target): ResultsSeriesKind(floor: floor, target: target)
        }
    }

    /// A short name for messages and explanations.
    public var name: String { behaviour.name }

    /// Whether an assessment answers it (derived indicators are computed instead).
    public var isAnswered: Bool { behaviour.isAnswered }

    /// The type of its answer in expressions.
    public var expressionType: ExpressionType { behaviour.expressionType }

    /// Reads an answer written as text (already trimmed of white space) against the framework's
    /// `scales`; `id` names the indicator in the message of a refusal.
    public func parseAnswer(_ text: String, id: String, scales: [Scale]) -> Result<AnswerValue, AnswerTextError> {
        behaviour.parseAnswer(text, id: id, scales: scales)
    }
}

/// Which way a number is better.
public enum Direction: String, Sendable, Hashable {
    case higherIsBetter = "higher-is-better"
    case lowerIsBetter = "lower-is-better"
}

/// Allowed range of a number answer (inclusive); nil ends are open.
public struct NumberBounds: Sendable, Hashable {
    public var min: Double?
    public var max: Double?

    public init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }
}

/// How a number becomes a score.
public enum NumberScoring: Sendable, Hashable {
    /// Linear from `floor` (score 0) to `target` (score 1), clamped. A target below the floor
    /// means lower is better.
    case ramp(floor: Double, target: Double)
    /// Thresholds: higher-is-better takes the score of the highest threshold the value reaches
    /// (value ≥ at); lower-is-better the lowest threshold it stays within (value ≤ at); a value
    /// that meets none scores 0.
    case thresholds([Threshold], Direction)

    /// The score of `value` in [0, 1].
    public func score(_ value: Double) -> Double {
        switch self {
        case let .ramp(floor, target):
            if floor == target { return value >= target ? 1 : 0 }
            let t = (value - floor) / (target - floor)
            return Swift.min(1, Swift.max(0, t))
        case let .thresholds(thresholds, direction):
            var best: Double?
            switch direction {
            case .higherIsBetter:
                var bestAt = -Double.infinity
                for threshold in thresholds where value >= threshold.at && threshold.at >= bestAt {
                    bestAt = threshold.at
                    best = threshold.score
                }
            case .lowerIsBetter:
                var bestAt = Double.infinity
                for threshold in thresholds where value <= threshold.at && threshold.at <= bestAt {
                    bestAt = threshold.at
                    best = threshold.score
                }
            }
            return best ?? 0
        }
    }
}

/// One threshold of a number's scoring.
public struct Threshold: Sendable, Hashable {
    public var at: Double
    public var score: Double

    public init(at: Double, score: Double) {
        self.at = at
        self.score = score
    }
}

/// One option of a checklist.
public struct ChecklistOption: Sendable, Hashable {
    public var id: String
    public var points: Double
    public var label: LocalizedText

    public init(id: String, points: Double, label: LocalizedText) {
        self.id = id
        self.points = points
        self.label = label
    }
}
