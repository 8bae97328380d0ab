import TamayuzCore

/// The jury's page: agreement between evaluators (Krippendorff's α per area and overall, values
/// below 0.667 marked), their consistency and calibration (``HTMLCalibration``), the items they
/// scored furthest apart, excluded evaluators, ties that remain, and how robust each
/// rank is when the area weights vary.
struct HTMLJurySection {
    let context: HTMLContext

    private var comparison: CycleComparison { context.comparison }

    func render(into page: inout HTMLBuilder) {
        page.element("section", ["id": "jury", "aria-labelledby": "jury-h"]) { section in
            section.element("h2", ["id": "jury-h"], text: context.s(.jury))
            if comparison.evaluatorCount == 0 {
                section.element("p", text: context.s(.juryNoEvaluators))
            } else {
                section.element("h3", ["id": "agreement"], text: context.s(.agreementHeading))
                section.element("p", ["class": "note"], text: context.s(.agreementIntro))
                agreement(&section)
                section.element("p", ["class": "note"], text: context.phrases.text(CalibrationPhrase.alphaThresholds))
                HTMLCalibration(context: context).render(into: &section)
                section.element("h3", ["id": "disagreements"], text: context.s(.disagreementsHeading))
                disagreements(&section)
            }
            section.element("h3", ["id": "exclusions"], text: context.s(.exclusionsHeading))
            exclusions(&section)
            section.element("h3", ["id": "ties"], text: context.s(.tiesHeading))
            ties(&section)
            if comparison.standings.contains(where: { $0.robustness != nil }) {
                section.element("h3", ["id": "robustness"], text: context.s(.robustnessHeading))
                robustness(&section)
            }
        }
    }

    private func agreement(_ page: inout HTMLBuilder) {
        let framework = context.framework
        page.wideTable(["class": "compact"], caption: "agreement-caption") { table in
            table.element("caption", ["id": "agreement-caption"], text: context.s(.agreementCaption))
            table.headerRow { row in
                row.columnHeader(context.s(.columnScope))
                row.columnHeader(context.s(.columnAlphaInterval), numeric: true)
                row.columnHeader(context.s(.columnAlphaOrdinal), numeric: true)
                row.columnHeader(context.s(.columnPairable), numeric: true)
            }
            table.element("tbody") { body in
                alphaRow(&body, comparison.agreement.overall) { $0.text(context.s(.overall)) }
                for (position, area) in framework.areas.enumerated() where position < comparison.agreement.areas.count {
                    alphaRow(&body, comparison.agreement.areas[position]) { $0.nodeTitle(area, in: context) }
                }
            }
        }
    }

    private func alphaRow(_ body: inout HTMLBuilder, _ alpha: JuryAgreement.Alpha, _ label: (inout HTMLBuilder) -> Void) {
        body.element("tr") { row in
            row.element("th", ["scope": "row"], label)
            HTMLCalibration.alphaCell(&row, alpha.interval, context: context)
            HTMLCalibration.alphaCell(&row, alpha.ordinal, context: context)
            row.numberCell(context.numbers.integer(alpha.pairableUnits))
        }
    }

    private func disagreements(_ page: inout HTMLBuilder) {
        let items = comparison.agreement.disagreements
        guard !items.isEmpty else {
            page.element("p", text: context.s(.disagreementsNone))
            return
        }
        page.wideTable(["class": "compact"], caption: "disagreements-caption") { table in
            table.element("caption", ["id": "disagreements-caption"], text: context.s(.disagreementsCaption, context.numbers.integer(items.count)))
            table.headerRow { row in
                row.columnHeader(context.s(.columnAgency))
                row.columnHeader(context.s(.columnIndicator))
                row.columnHeader(context.s(.columnEvaluatorScores))
                row.columnHeader(context.s(.columnSpread), numeric: true)
            }
            table.element("tbody") { body in
                for item in items {
                    body.element("tr") { row in
                        row.element("td") { $0.element("bdi", text: context.agencyName(id: item.agency)) }
                        row.element("th", ["scope": "row"]) { $0.nodeTitle(item.indicator, in: context) }
                        row.element("td") { cell in
                            cell.element("ul", ["class": "plain"]) { list in
                                for pair in item.scores {
                                    list.element("li") { entry in
                                        entry.element("bdi", text: Self.evaluatorName(pair.evaluator, context: context))
                                        entry.text(context.s(.labelSeparator) + context.percent(pair.score))
                                    }
                                }
                            }
                        }
                        row.numberCell(context.numbers.fixed(item.spread * 100, places: 1))
                    }
                }
            }
        }
    }

    /// An evaluator's name by id, from the summaries that carry it.
    static func evaluatorName(_ id: String, context: HTMLContext) -> String {
        for standing in context.comparison.standings {
            if let summary = standing.verdict.evaluators.first(where: { $0.assessor.id == id }) { return context.name(summary.assessor) }
        }
        return id
    }

    private func exclusions(_ page: inout HTMLBuilder) {
        let exclusions = comparison.standings.flatMap(\.verdict.exclusions)
        guard !exclusions.isEmpty else {
            page.element("p", text: context.s(.exclusionsNone))
            return
        }
        page.wideTable(["class": "compact"], caption: "exclusions-caption") { table in
            table.element("caption", ["class": "sr", "id": "exclusions-caption"], text: context.s(.exclusionsHeading))
            table.headerRow { row in
                row.columnHeader(context.s(.columnEvaluator))
                row.columnHeader(context.s(.columnAgency))
                row.columnHeader(context.s(.columnReason))
            }
            table.element("tbody") { body in
                for exclusion in exclusions {
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"]) { $0.element("bdi", text: context.name(exclusion.evaluator)) }
                        row.element("td") { $0.element("bdi", text: context.agencyName(id: exclusion.agency)) }
                        row.element("td", text: context.exclusionReason(exclusion.reason))
                    }
                }
            }
        }
    }

    private func ties(_ page: inout HTMLBuilder) {
        guard !comparison.remainingTies.isEmpty else {
            page.element("p", text: context.s(.tiesNone))
            return
        }
        page.element("ul", ["class": "items"]) { list in
            for group in comparison.remainingTies {
                let rank = context.standing(id: group.first)?.rank
                list.element("li", text: context.s(
                    .tieLine, rank.map(context.numbers.integer) ?? "—", group.map(context.agencyName(id:)).joined(separator: context.s(.listSeparator))))
            }
        }
    }

    private func robustness(_ page: inout HTMLBuilder) {
        if let options = comparison.options.sensitivity {
            page.element("p", ["class": "note"], text: context.s(
                .robustnessIntro, context.numbers.integer(options.draws), context.numbers.percent(options.range, places: 0)))
        }
        page.wideTable(["class": "compact"], caption: "robustness-caption") { table in
            table.element("caption", ["class": "sr", "id": "robustness-caption"], text: context.s(.robustnessHeading))
            table.headerRow { row in
                row.columnHeader(context.s(.columnRank), numeric: true)
                row.columnHeader(context.s(.columnAgency))
                row.columnHeader(context.s(.columnMedianRank), numeric: true)
                row.columnHeader(context.s(.columnInterval), numeric: true)
                row.columnHeader(context.s(.columnBestWorst), numeric: true)
                row.columnHeader(context.s(.columnShareFirst), numeric: true)
            }
            table.element("tbody") { body in
                for standing in comparison.standings {
                    guard let robustness = standing.robustness, standing.rank != nil else { continue }
                    let numbers = context.numbers
                    body.element("tr") { row in
                        row.numberCell(context.rankText(standing.rank))
                        row.element("th", ["scope": "row"]) { $0.agencyName(standing.agency, in: context) }
                        row.numberCell(numbers.shortest(robustness.medianRank, places: 3))
                        row.numberCell(numbers.integer(robustness.p5Rank) + "–" + numbers.integer(robustness.p95Rank))
                        row.numberCell(numbers.integer(robustness.bestRank) + "–" + numbers.integer(robustness.worstRank))
                        row.numberCell(numbers.percent(robustness.shareFirst, places: 1))
                    }
                }
            }
        }
    }
}
