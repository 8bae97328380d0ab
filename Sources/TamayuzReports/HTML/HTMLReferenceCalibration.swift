import TamayuzCore

/// `tamayuz calibrate --format html`: the evaluators against the reference case's key, closest
/// first, with their agreement per area and, per evaluator, the indicators they missed.
struct HTMLReferenceCalibration {
    let result: ReferenceCaseResult
    let language: Language

    private var framework: Framework { result.framework }
    private var phrases: Phrasebook { Phrasebook(language) }
    private var numbers: NumberStyle { NumberStyle(minus: "\u{2212}", isolatesSigned: language.isRightToLeft) }

    func render() -> String {
        HTMLStandalonePage.render(
            language: language, title: say(.calibrationTitle), skipLink: say(.skipToContent),
            footer: say(.footer, TamayuzVersion.current, framework.id, framework.version)
        ) { main in
            main.element("h1", text: say(.calibrationTitle))
            main.element("p", ["class": "note"], text: say(
                .calibrationIntro, result.agency.id, ReferenceCaseResult.points(result.key.defaultTolerance, style: numbers)))
            summary(&main)
            for calibration in result.calibrations where !calibration.misses.isEmpty { misses(&main, calibration) }
        }
    }

    private func say(_ phrase: FeedbackPhrase, _ arguments: String...) -> String {
        phrases.text(phrase, arguments: arguments)
    }

    private func title(_ node: Int) -> String {
        let title = framework.nodes[node].title.text(language)
        return title.isEmpty ? framework.nodes[node].id : title
    }

    private func summary(_ main: inout HTMLBuilder) {
        main.element("div", ["class": "scroll", "role": "region", "aria-labelledby": "summary-caption", "tabindex": "0"]) { scroll in
            scroll.element("table", ["class": "compact"]) { table in
                table.element("caption", ["id": "summary-caption"], text: say(.calibrationCaption))
                table.headerRow { row in
                    row.columnHeader(say(.columnRank), numeric: true)
                    row.columnHeader(say(.columnEvaluator))
                    for column in [FeedbackPhrase.columnCompared, .columnBias, .columnMeanAbsoluteError] { row.columnHeader(say(column), numeric: true) }
                    for area in framework.areas { row.columnHeader(title(area), numeric: true) }
                    row.columnHeader(say(.columnMissed), numeric: true)
                }
                table.element("tbody") { body in
                    for (position, calibration) in result.calibrations.enumerated() { row(&body, calibration, rank: position + 1) }
                }
            }
        }
    }

    private func row(_ body: inout HTMLBuilder, _ calibration: ReferenceCalibration, rank: Int) {
        body.element("tr") { row in
            row.numberCell(numbers.fixed(Double(rank), places: 0))
            row.element("th", ["scope": "row"]) { $0.element("bdi", text: name(calibration.evaluator)) }
            row.numberCell(numbers.fixed(Double(calibration.compared), places: 0))
            row.numberCell(calibration.bias.map { ReferenceCaseResult.points($0, style: numbers, signed: true) } ?? "—")
            row.numberCell(calibration.meanAbsoluteError.map { ReferenceCaseResult.points($0, style: numbers) } ?? "—")
            for area in calibration.areas {
                row.numberCell(area.rate.map { numbers.fixed($0 * 100, places: 0) + "%" } ?? "—")
            }
            row.numberCell(numbers.fixed(Double(calibration.misses.count), places: 0))
        }
    }

    private func misses(_ main: inout HTMLBuilder, _ calibration: ReferenceCalibration) {
        let caption = "missed-" + calibration.evaluator.id
        main.element("div", ["class": "scroll", "role": "region", "aria-labelledby": caption, "tabindex": "0"]) { scroll in
            scroll.element("table", ["class": "compact"]) { table in
                table.element("caption", ["id": caption], text: say(.missedHeading, name(calibration.evaluator)))
                table.headerRow { row in
                    row.columnHeader(say(.columnIndicator))
                    for column in [FeedbackPhrase.columnGiven, .columnKey, .columnError, .columnTolerance] { row.columnHeader(say(column), numeric: true) }
                }
                table.element("tbody") { body in
                    for miss in calibration.misses {
                        body.element("tr") { row in
                            row.element("th", ["scope": "row"], text: framework.nodes[miss.indicator].id + " " + title(miss.indicator))
                            row.numberCell(miss.given.map { ReferenceCaseResult.points($0, style: numbers) } ?? say(.notScored))
                            row.numberCell(ReferenceCaseResult.points(miss.expected, style: numbers))
                            row.numberCell(miss.error.map { ReferenceCaseResult.points($0, style: numbers, signed: true) } ?? "—")
                            row.numberCell(ReferenceCaseResult.points(miss.tolerance, style: numbers))
                        }
                    }
                }
            }
        }
    }

    private func name(_ assessor: Assessor) -> String {
        let name = assessor.name.text(language)
        return name.isEmpty ? assessor.id : name
    }
}
