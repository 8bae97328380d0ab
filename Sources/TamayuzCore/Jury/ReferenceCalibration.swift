/// The answer key of a reference case: the experts' indicator scores and how far an evaluator
/// may stray from each and still agree.
///
/// Scores and tolerances are indicator scores in [0, 1] (0.1 is 10 points of a 100-point scale),
/// so every kind of indicator is measured alike.
public struct ReferenceKey: Sendable {
    /// The key's score per indicator (node index), for the indicators the key scored.
    public var scores: [Int: Double]
    /// The tolerance per indicator; `defaultTolerance` where none is given.
    public var tolerances: [Int: Double]
    public var defaultTolerance: Double

    public init(scores: [Int: Double], tolerances: [Int: Double] = [:], defaultTolerance: Double) {
        self.scores = scores
        self.tolerances = tolerances
        self.defaultTolerance = defaultTolerance
    }

    /// The key of a scored reference assessment: every indicator that counts on its card.
    public init(card: ScoreCard, framework: Framework, tolerances: [Int: Double] = [:], defaultTolerance: Double) {
        var scores: [Int: Double] = [:]
        for index in framework.indicators where card.scored(index) { scores[index] = card.nodes[index].score }
        self.init(scores: scores, tolerances: tolerances, defaultTolerance: defaultTolerance)
    }

    public func tolerance(_ indicator: Int) -> Double { tolerances[indicator] ?? defaultTolerance }
}

/// How one evaluator scored the reference case against its key.
///
/// Per indicator the key scored, the error is the evaluator's score minus the key's (negative:
/// harsher than the experts). Bias is the mean signed error, MAE the mean absolute error, both
/// over the indicators both scored; errors within tolerance count in full (they are not zeroed),
/// so a small bias that is everywhere within tolerance still shows. An indicator agrees when
/// |error| ≤ its tolerance; it is missed when outside tolerance, or when the key scored it and
/// the evaluator did not (such an indicator has no error and is left out of bias and MAE).
public struct ReferenceCalibration: Sendable, Hashable {
    /// Agreement within tolerance in one area.
    public struct AreaAgreement: Sendable, Hashable {
        /// The area (node index).
        public var area: Int
        /// Indicators of the area the key scored, and those the evaluator agreed on.
        public var keyed: Int
        public var agreed: Int
        /// `agreed / keyed`; nil when the key scored nothing in the area.
        public var rate: Double? { keyed == 0 ? nil : Double(agreed) / Double(keyed) }
    }

    /// An indicator the evaluator missed.
    public struct Miss: Sendable, Hashable {
        /// The indicator (node index).
        public var indicator: Int
        /// The evaluator's score; nil when they did not score it.
        public var given: Double?
        public var expected: Double
        public var tolerance: Double
        /// `given − expected`; nil when not scored.
        public var error: Double? { given.map { Precision.snap($0 - expected) } }
    }

    public var evaluator: Assessor
    /// Indicators both the key and the evaluator scored.
    public var compared: Int
    public var bias: Double?
    public var meanAbsoluteError: Double?
    /// One entry per area of the framework, in framework order.
    public var areas: [AreaAgreement]
    /// Misses, the largest error first (unscored ones last), then in framework order.
    public var misses: [Miss]

    /// Calibrates every evaluator against the key, ranked by mean absolute error (closest
    /// first; an evaluator with nothing compared last), then by evaluator id.
    public static func rank(
        _ evaluators: [(assessor: Assessor, card: ScoreCard)], key: ReferenceKey, framework: Framework
    ) -> [ReferenceCalibration] {
        evaluators.map { calibrate($0.assessor, card: $0.card, key: key, framework: framework) }
            .sorted { lhs, rhs in
                switch (lhs.meanAbsoluteError, rhs.meanAbsoluteError) {
                case let (left?, right?) where left != right: left < right
                case (.some, nil): true
                case (nil, .some): false
                default: lhs.evaluator.id < rhs.evaluator.id
                }
            }
    }

    /// One evaluator against the key.
    public static func calibrate(_ evaluator: Assessor, card: ScoreCard, key: ReferenceKey, framework: Framework) -> ReferenceCalibration {
        var errors: [Double] = []
        var misses: [Miss] = []
        var keyed: [Int: Int] = [:]
        var agreed: [Int: Int] = [:]
        for index in framework.indicators {
            guard let expected = key.scores[index] else { continue }
            let area = framework.area(of: index)
            keyed[area, default: 0] += 1
            let tolerance = key.tolerance(index)
            guard card.scored(index) else {
                misses.append(Miss(indicator: index, given: nil, expected: expected, tolerance: tolerance))
                continue
            }
            let given = card.nodes[index].score
            let error = Precision.snap(given - expected)
            errors.append(error)
            if abs(error) <= tolerance {
                agreed[area, default: 0] += 1
            } else {
                misses.append(Miss(indicator: index, given: given, expected: expected, tolerance: tolerance))
            }
        }
        return ReferenceCalibration(
            evaluator: evaluator, compared: errors.count,
            bias: Descriptive.mean(errors).map(Precision.snap),
            meanAbsoluteError: Descriptive.mean(errors.map(abs)).map(Precision.snap),
            areas: framework.areas.map { AreaAgreement(area: $0, keyed: keyed[$0] ?? 0, agreed: agreed[$0] ?? 0) },
            misses: misses.sorted(by: Self.largerMissFirst))
    }

    private static func largerMissFirst(_ lhs: Miss, _ rhs: Miss) -> Bool {
        switch (lhs.error, rhs.error) {
        case let (left?, right?) where abs(left) != abs(right): abs(left) > abs(right)
        case (.some, nil): true
        case (nil, .some): false
        default: lhs.indicator < rhs.indicator
        }
    }
}

extension ScoreCard {
    /// Whether an indicator was answered (or derived) and counts: a blank scored as 0 by the
    /// framework's missing-answer policy is not an opinion to calibrate against.
    func scored(_ indicator: Int) -> Bool {
        nodes[indicator].counts && nodes[indicator].answered > 0
    }
}

extension Framework {
    /// The area (node index) a node lies in; the root for the root itself.
    public func area(of index: Int) -> Int {
        var current = index
        while let parent = nodes[current].parent, parent != 0 { current = parent }
        return current
    }
}
