import TamayuzCore

/// `tamayuz calibrate --format json`: the figures as computed, indicator scores in [0, 1].
struct ReferenceCalibrationJSON {
    let result: ReferenceCaseResult

    private var framework: Framework { result.framework }

    func render() -> String {
        var json = JSONWriter()
        json.object { root in
            root.field("framework", .string(framework.id))
            root.field("frameworkVersion", .string(framework.version))
            root.field("referenceCase", .string(result.agency.id))
            root.field("keyedIndicators", .int(result.key.scores.count))
            root.field("defaultTolerance", .number(result.key.defaultTolerance))
            root.field("evaluators", array: false) { list in
                for (position, calibration) in result.calibrations.enumerated() {
                    list.element { evaluator(&$0, calibration, rank: position + 1) }
                }
            }
        }
        return json.output + "\n"
    }

    private func evaluator(_ object: inout JSONWriter, _ calibration: ReferenceCalibration, rank: Int) {
        object.field("rank", .int(rank))
        object.field("evaluator", .string(calibration.evaluator.id))
        object.field("compared", .int(calibration.compared))
        object.field("bias", .orNull(calibration.bias))
        object.field("meanAbsoluteError", .orNull(calibration.meanAbsoluteError))
        object.field("areas", array: false) { list in
            for area in calibration.areas {
                list.element(inline: true) { entry in
                    entry.field("area", .string(framework.nodes[area.area].id))
                    entry.field("keyed", .int(area.keyed))
                    entry.field("agreed", .int(area.agreed))
                    entry.field("agreement", .orNull(area.rate))
                }
            }
        }
        object.field("missed", array: false) { list in
            for miss in calibration.misses {
                list.element(inline: true) { entry in
                    entry.field("indicator", .string(framework.nodes[miss.indicator].id))
                    entry.field("given", .orNull(miss.given))
                    entry.field("key", .number(miss.expected))
                    entry.field("error", .orNull(miss.error))
                    entry.field("tolerance", .number(miss.tolerance))
                }
            }
        }
    }
}
