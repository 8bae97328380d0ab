import TamayuzCore

extension ResultsJSON {
    /// `agreement.consistency`: the intraclass correlations and Kendall's W overall and per area.
    static func consistency(_ json: inout JSONWriter, _ comparison: CycleComparison) {
        let framework = comparison.framework
        let agreement = comparison.agreement
        json.field("overall", inline: true) { json in consistency(&json, agreement.consistency) }
        json.field("areas") { json in
            for (position, area) in framework.areas.enumerated() where position < agreement.areaConsistency.count {
                json.field(framework.nodes[area].id, inline: true) { json in consistency(&json, agreement.areaConsistency[position]) }
            }
        }
    }

    private static func consistency(_ json: inout JSONWriter, _ value: JuryConsistency) {
        json.field("icc1_1", .orNull(value.oneWaySingle))
        json.field("icc1_k", .orNull(value.oneWayAverage))
        json.field("icc3_1", .orNull(value.consistencySingle))
        json.field("icc3_k", .orNull(value.consistencyAverage))
        json.field("k", .orNull(value.evaluatorsPerUnit))
        json.field("units", .int(value.units))
        json.field("kendallW", .orNull(value.kendallW))
        json.field("kendallAgencies", .int(value.kendallAgencies))
    }

    /// `agreement.calibration`: each evaluator's leniency or severity and the flag's threshold.
    static func calibration(_ json: inout JSONWriter, _ comparison: CycleComparison) {
        json.field("threshold", .number(EvaluatorCalibration.threshold))
        json.field("evaluators", array: false) { json in
            for item in comparison.agreement.calibration {
                json.element(inline: true) { json in
                    json.field("evaluator", .string(item.evaluator))
                    json.field("scores", .int(item.scores))
                    json.field("compared", .int(item.compared))
                    json.field("meanDifference", .orNull(item.meanDifference))
                    json.field("meanAbsoluteDifference", .orNull(item.meanAbsoluteDifference))
                    json.field("flagged", .bool(item.isFlagged))
                }
            }
        }
    }
}
