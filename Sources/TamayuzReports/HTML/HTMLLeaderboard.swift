import TamayuzCore

/// The leaderboard: ranked agencies with total, band, rank change, eligibility, completeness and
/// a small bar per area; then the ineligible agencies apart, with their reasons. Sortable by any
/// column when the script runs; complete and in rank order without it.
struct HTMLLeaderboard {
    let context: HTMLContext

    private var ranked: [Standing] {
        context.comparison.standings.filter { !context.comparison.isRanking || $0.rank != nil }
    }

    private var ineligible: [Standing] {
        context.comparison.standings.filter { context.comparison.isRanking && $0.rank == nil }
    }

    func render(into page: inout HTMLBuilder) {
        let isRanking = context.comparison.isRanking
        page.element("section", ["id": "leaderboard", "aria-labelledby": "leaderboard-h"]) { section in
            section.element("h2", ["id": "leaderboard-h"], text: context.s(isRanking ? .leaderboard : .results))
            if isRanking { section.element("p", ["class": "note"], text: context.s(.leaderboardIntro)) }
            // Shown by the script, which makes the headers sortable; hidden without it.
            section.element("p", ["class": "note sort-hint", "hidden": "", "data-shown-by-script": ""], text: context.s(.sortHint))
            if ranked.isEmpty {
                section.element("p", text: context.s(.noRankedAgencies))
            } else {
                section.scrollRegion(labelledBy: "leaderboard-caption") { region in
                    table(&region)
                }
                if showsRange { section.element("p", ["class": "note"], text: context.s(.rankRangeNote)) }
            }
            if !ineligible.isEmpty { ineligibleTable(&section) }
        }
    }

    private var showsChange: Bool { context.comparison.options.previous != nil }
    private var showsBand: Bool { !context.framework.bands.isEmpty }
    /// The rank range over the weight draws, when `--sensitivity` was run.
    private var showsRange: Bool { context.comparison.isRanking && context.comparison.summary.hasRobustness }

    private func table(_ page: inout HTMLBuilder) {
        let framework = context.framework
        let isRanking = context.comparison.isRanking
        page.element("table", ["class": "sortable board", "id": "leaderboard-table"]) { table in
            table.element("caption", ["id": "leaderboard-caption"], text: context.s(
                isRanking ? .leaderboardCaption : .resultsCaption, context.numbers.fixed(framework.scaleMax, places: 0)))
            table.headerRow { row in
                if isRanking { row.columnHeader(context.s(.columnRank), numeric: true, sort: "ascending") }
                if showsRange { row.columnHeader(context.s(.columnRankRange), numeric: true) }
                row.element("th", ["scope": "col", "class": "agency"], text: context.s(.columnAgency))
                row.columnHeader(context.s(.columnTotal), numeric: true)
                if showsBand { row.columnHeader(context.s(.columnBand)) }
                if showsChange { row.columnHeader(context.s(.columnChange)) }
                row.columnHeader(context.s(.columnEligibility))
                row.columnHeader(context.s(.columnCompleteness), numeric: true)
                for area in framework.areas {
                    row.element("th", ["scope": "col", "class": "n area"]) { $0.nodeTitle(area, in: context) }
                }
            }
            table.element("tbody") { body in
                for standing in ranked { self.row(&body, standing) }
            }
        }
    }

    private func row(_ body: inout HTMLBuilder, _ standing: Standing) {
        let card = standing.card
        body.element("tr") { row in
            if context.comparison.isRanking {
                row.element("td", ["class": "n rank", "data-sort": standing.rank.map(String.init) ?? ""]) { cell in
                    if context.isTied(standing.rank) {
                        cell.element("span", ["aria-hidden": "true"], text: context.rankText(standing.rank))
                        cell.screenReader(context.s(.tiedRank, standing.rank.map(context.numbers.integer) ?? ""))
                    } else {
                        cell.text(context.rankText(standing.rank))
                    }
                }
            }
            if showsRange { rankRange(&row, standing) }
            row.element("th", ["scope": "row", "data-sort": context.name(standing.agency)]) { cell in
                cell.element("a", ["href": "#" + (context.anchors[standing.agency.id] ?? "")]) { $0.agencyName(standing.agency, in: context) }
                if let rule = standing.tieBrokenBy, rule < context.framework.tieBreaks.count {
                    cell.element("span", ["class": "note block"], text: context.s(.tieBrokenBy, context.title(context.framework.tieBreaks[rule])))
                }
            }
            row.numberCell(context.total(card.displayTotal), sortKey: NumberStyle.machine(card.displayTotal, places: context.framework.precision))
            if showsBand {
                row.element("td", ["data-sort": card.band.map { String(context.framework.bands.count - $0) } ?? "0"]) { cell in
                    HTMLLeaderboard.band(&cell, card, context)
                }
            }
            if showsChange { change(&row, standing) }
            row.element("td", ["data-sort": String(card.flags.count)]) { cell in
                cell.text(context.s(standing.card.isEligible ? .eligible : .ineligible))
                if !card.flags.isEmpty {
                    cell.element("span", ["class": "note block"], text: context.s(.flagCount, context.numbers.integer(card.flags.count)))
                }
                if context.comparison.isRanking, !standing.verdict.isJuryScore {
                    cell.element("span", ["class": "note block"], text: context.s(.selfAssessedOnly))
                }
            }
            row.numberCell(context.percent(card.completeness), sortKey: NumberStyle.machine(card.completeness * 100, places: 1))
            for area in context.framework.areas {
                let node = card.nodes[area]
                if node.counts {
                    row.element("td", ["class": "n", "data-sort": NumberStyle.machine(node.score * 100, places: 1)]) { cell in
                        cell.text(context.numbers.fixed(node.score * 100, places: 1))
                        HTMLCharts.miniBar(&cell, node.score)
                    }
                } else {
                    row.element("td", ["class": "n", "data-sort": "-1"], text: context.s(.notCounted))
                }
            }
        }
    }

    private func rankRange(_ row: inout HTMLBuilder, _ standing: Standing) {
        guard let range = standing.rankRange else {
            row.element("td", ["class": "n range", "data-sort": "0"], text: "—")
            return
        }
        let numbers = context.numbers
        let (low, high) = (numbers.integer(range.lowerBound), numbers.integer(range.upperBound))
        row.element("td", ["class": "n range", "data-sort": String(range.upperBound)]) { cell in
            cell.element("span", ["aria-hidden": "true"], text: range.lowerBound == range.upperBound ? low : low + "–" + high)
            cell.screenReader(context.s(.rankRangeSpoken, low, high))
        }
    }

    private func change(_ row: inout HTMLBuilder, _ standing: Standing) {
        let numbers = context.numbers
        if let change = standing.rankChange {
            let (visible, spoken) = change > 0 ? ("↑" + numbers.integer(change), context.s(.changeUp, numbers.integer(change)))
                : change < 0 ? ("↓" + numbers.integer(-change), context.s(.changeDown, numbers.integer(-change)))
                : ("=", context.s(.changeSame))
            row.element("td", ["class": "change", "data-sort": String(change)]) { cell in
                cell.element("span", ["aria-hidden": "true"], text: visible)
                cell.screenReader(spoken)
            }
        } else if standing.isNew {
            row.element("td", ["class": "change", "data-sort": "0"]) { cell in
                cell.element("span", ["aria-hidden": "true"], text: context.s(.changeNewShort))
                cell.screenReader(context.s(.changeNew))
            }
        } else {
            row.element("td", ["class": "change", "data-sort": "0"]) { cell in
                cell.element("span", ["aria-hidden": "true"], text: "—")
                cell.screenReader(context.s(.changeNone))
            }
        }
    }

    private func ineligibleTable(_ page: inout HTMLBuilder) {
        page.element("h3", ["id": "ineligible-h"], text: context.s(.notRanked))
        page.element("p", ["class": "note"], text: context.s(.notRankedIntro))
        page.scrollRegion(labelledBy: "ineligible-caption") { region in
            region.element("table", ["class": "sortable"]) { table in
                table.element("caption", ["id": "ineligible-caption"], text: context.s(.notRankedCaption))
                table.headerRow { row in
                    row.columnHeader(context.s(.columnAgency))
                    row.columnHeader(context.s(.columnTotal), numeric: true)
                    if showsBand { row.columnHeader(context.s(.columnBand)) }
                    row.columnHeader(context.s(.columnCompleteness), numeric: true)
                    row.columnHeader(context.s(.columnReasons))
                }
                table.element("tbody") { body in
                    for standing in ineligible {
                        let card = standing.card
                        body.element("tr") { row in
                            row.element("th", ["scope": "row", "data-sort": context.name(standing.agency)]) { cell in
                                cell.element("a", ["href": "#" + (context.anchors[standing.agency.id] ?? "")]) { $0.agencyName(standing.agency, in: context) }
                            }
                            row.numberCell(context.total(card.displayTotal), sortKey: NumberStyle.machine(card.displayTotal, places: context.framework.precision))
                            if showsBand {
                                row.element("td", ["data-sort": card.band.map { String(context.framework.bands.count - $0) } ?? "0"]) { cell in
                                    HTMLLeaderboard.band(&cell, card, context)
                                }
                            }
                            row.numberCell(context.percent(card.completeness), sortKey: NumberStyle.machine(card.completeness * 100, places: 1))
                            row.element("td") { cell in
                                cell.element("ul", ["class": "plain"]) { list in
                                    for firing in card.ineligibility {
                                        list.element("li") { $0.localized(context.framework.rules[firing.rule].message, fallback: context.framework.rules[firing.rule].id, in: context) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A band badge: its label in text, its colour as a second cue only.
    static func band(_ page: inout HTMLBuilder, _ card: ScoreCard, _ context: HTMLContext) {
        guard let band = card.band else {
            page.text("—")
            return
        }
        page.element("span", ["class": "band b\(band % HTMLColours.bands.count)"]) {
            $0.localized(context.framework.bands[band].label, fallback: context.framework.bands[band].id, in: context)
        }
    }
}
