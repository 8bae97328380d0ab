import TamayuzCore

/// The engine's own terms — indicator kinds, rule effects, aggregations, how a number is
/// scored — in a report's language. JSON and CSV keep the engine's tokens (`Rule.Effect.name`,
/// `Aggregation.rawValue`); these are for people.
enum EngineWords {
    static func kind(_ kind: IndicatorKind, _ say: Phrasebook) -> String {
        switch kind {
        case .yesNo: say(.kindYesNo)
        case .ordinal: say(.kindOrdinal)
        case .number: say(.kindNumber)
        case .percentage: say(.kindPercentage)
        case .checklist: say(.kindChecklist)
        case .derived: say(.kindDerived)
        case .radar: say(.kindRadar)
        case .resultsSeries: say(.kindResultsSeries)
        }
    }

    static func effect(_ effect: Rule.Effect, _ say: Phrasebook) -> String {
        switch effect {
        case .cap: say(.effectCapName)
        case .bonus: say(.effectBonus)
        case .penalty: say(.effectPenalty)
        case .ineligible: say(.effectIneligible)
        case .flag: say(.effectFlag)
        }
    }

    static func aggregation(_ aggregation: Aggregation, _ say: Phrasebook) -> String {
        switch aggregation {
        case .mean: say(.aggregationMean)
        case .median: say(.aggregationMedian)
        case .trimmedMean: say(.aggregationTrimmedMean)
        }
    }
}
