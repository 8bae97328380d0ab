import TamayuzCore

/// The jury page's evaluator figures beside α: the intraclass correlations and Kendall's W per
/// area, one sentence on what each says, and each evaluator's calibration (harsh or lenient
/// beyond ``EvaluatorCalibration/threshold``).
struct HTMLCalibration {
    let context: HTMLContext

    private var agreement: JuryAgreement { context.comparison.agreement }

    func render(into page: inout HTMLBuilder) {
        page.element("h3", ["id": "consistency"], text: say(.consistencyHeading))
        page.element("p", ["class": "note"], text: say(.consistencyIntro))
        consistency(&page)
        page.element("ul", ["class": "items"]) { list in
            for reading in [CalibrationPhrase.readingICC1, .readingICC3, .readingW] { list.element("li", text: say(reading)) }
        }
        page.element("h3", ["id": "calibration"], text: say(.calibrationHeading))
        page.element("p", ["class": "note"], text: say(.calibrationIntro, context.numbers.shortest(EvaluatorCalibration.threshold * 100, places: 3)))
        calibration(&page)
    }

    /// `!` after an α below Krippendorff's 0.667, in bold.
    static func alphaCell(_ row: inout HTMLBuilder, _ value: Double?, context: HTMLContext) {
        guard let value else { return row.numberCell(context.s(.undefined)) }
        let text = context.numbers.fixed(value, places: 3)
        guard value < JuryAgreement.tentativeAlpha else { return row.numberCell(text) }
        row.element("td", ["class": "n"]) { cell in
            cell.element("strong", text: context.phrases.text(CalibrationPhrase.alphaBelow, arguments: [text]))
        }
    }

    private func consistency(_ page: inout HTMLBuilder) {
        let framework = context.framework
        page.wideTable(["class": "compact"], caption: "consistency-caption") { table in
            table.element("caption", ["id": "consistency-caption"], text: say(.consistencyCaption))
            table.headerRow { row in
                row.columnHeader(say(.columnScope))
                for column in [CalibrationPhrase.columnICC11, .columnICC1k, .columnICC31, .columnICC3k] {
                    row.columnHeader(say(column), numeric: true)
                }
                row.columnHeader("k", numeric: true)
                row.columnHeader(say(.columnW), numeric: true)
                row.columnHeader(say(.columnUnits), numeric: true)
            }
            table.element("tbody") { body in
                consistencyRow(&body, agreement.consistency) { $0.text(say(.overall)) }
                for (position, area) in framework.areas.enumerated() where position < agreement.areaConsistency.count {
                    consistencyRow(&body, agreement.areaConsistency[position]) { $0.nodeTitle(area, in: context) }
                }
            }
        }
    }

    private func consistencyRow(_ body: inout HTMLBuilder, _ figures: JuryConsistency, _ label: (inout HTMLBuilder) -> Void) {
        body.element("tr") { row in
            row.element("th", ["scope": "row"], label)
            for value in [figures.oneWaySingle, figures.oneWayAverage, figures.consistencySingle, figures.consistencyAverage] {
                row.numberCell(figure(value))
            }
            row.numberCell(figures.evaluatorsPerUnit.map { context.numbers.fixed($0, places: 2) } ?? say(.undefined))
            row.numberCell(figure(figures.kendallW))
            row.numberCell(context.numbers.integer(figures.units))
        }
    }

    private func calibration(_ page: inout HTMLBuilder) {
        page.wideTable(["class": "compact"], caption: "calibration-caption") { table in
            table.element("caption", ["id": "calibration-caption"], text: say(.calibrationCaption))
            table.headerRow { row in
                row.columnHeader(say(.columnEvaluator))
                for column in [CalibrationPhrase.columnScores, .columnCompared, .columnMean, .columnMeanAbsolute] {
                    row.columnHeader(say(column), numeric: true)
                }
                row.columnHeader(say(.columnFlag))
            }
            table.element("tbody") { body in
                for item in agreement.calibration { calibrationRow(&body, item) }
            }
        }
    }

    private func calibrationRow(_ body: inout HTMLBuilder, _ item: EvaluatorCalibration) {
        let numbers = context.numbers
        body.element("tr") { row in
            row.element("th", ["scope": "row"]) { $0.element("bdi", text: HTMLJurySection.evaluatorName(item.evaluator, context: context)) }
            row.numberCell(numbers.integer(item.scores))
            row.numberCell(numbers.integer(item.compared))
            row.numberCell(item.meanDifference.map { numbers.signed($0 * 100, places: 1) } ?? say(.undefined))
            row.numberCell(item.meanAbsoluteDifference.map { numbers.fixed($0 * 100, places: 1) } ?? say(.undefined))
            if item.isFlagged {
                row.element("td") { $0.element("strong", text: say((item.meanDifference ?? 0) < 0 ? .harsh : .lenient)) }
            } else {
                row.element("td", text: "")
            }
        }
    }

    private func figure(_ value: Double?) -> String {
        value.map { context.numbers.fixed($0, places: 3) } ?? say(.undefined)
    }

    private func say(_ key: CalibrationPhrase, _ arguments: String...) -> String {
        context.phrases.text(key, arguments: arguments)
    }
}
