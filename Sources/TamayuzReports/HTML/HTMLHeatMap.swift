import TamayuzCore

/// Agencies × areas: every cell prints its score; its background, one of five steps, is a
/// second cue only, with text in black or white, whichever contrasts more (≥ 4.5:1, tested).
struct HTMLHeatMap {
    let context: HTMLContext

    func render(into page: inout HTMLBuilder) {
        page.element("section", ["id": "heatmap", "aria-labelledby": "heatmap-h"]) { section in
            section.element("h2", ["id": "heatmap-h"], text: context.s(.heatMap))
            section.element("p", ["class": "note"], text: context.s(.heatMapIntro))
            section.element("div", ["class": "scroll", "role": "region", "aria-labelledby": "heatmap-caption", "tabindex": "0"]) { region in
                region.element("table", ["class": "heat"]) { table in
                    table.element("caption", ["id": "heatmap-caption"], text: context.s(.heatMapCaption))
                    areaHeaders(&table)
                    table.element("tbody") { body in
                        for standing in context.comparison.standings { agencyRow(&body, standing) }
                    }
                    medianRow(&table)
                }
            }
            legend(&section)
        }
    }

    /// The head: the agency column, then one column per area of the framework.
    private func areaHeaders(_ table: inout HTMLBuilder) {
        table.headerRow { row in
            row.columnHeader(context.s(.columnAgency))
            for area in context.framework.areas {
                row.element("th", ["scope": "col", "class": "n"]) { $0.nodeTitle(area, in: context) }
            }
        }
    }

    /// One agency: its name (and rank, in a ranking), then its score in every area.
    private func agencyRow(_ body: inout HTMLBuilder, _ standing: Standing) {
        body.element("tr") { row in
            row.element("th", ["scope": "row"]) { cell in
                cell.element("a", ["href": "#" + (context.anchors[standing.agency.id] ?? "")]) { $0.agencyName(standing.agency, in: context) }
                if context.comparison.isRanking {
                    cell.element("span", ["class": "note"], text: " (" + (standing.rank.map { context.rankText($0) } ?? context.s(.notRankedShort)) + ")")
                }
            }
            for area in context.framework.areas {
                areaCell(&row, standing.card.nodes[area])
            }
        }
    }

    /// An area's score, shaded by its heat step; an area that does not count says so instead.
    private func areaCell(_ row: inout HTMLBuilder, _ node: NodeScore) {
        if node.counts {
            row.element("td", ["class": "n h\(HTMLColours.heatStep(node.score))"], text: context.numbers.fixed(node.score * 100, places: 1))
        } else {
            row.element("td", ["class": "n hna"], text: context.s(.notCounted))
        }
    }

    /// The foot: each area's median over the agencies.
    private func medianRow(_ table: inout HTMLBuilder) {
        table.element("tfoot") { foot in
            foot.element("tr") { row in
                row.element("th", ["scope": "row"], text: context.s(.columnMedian))
                for median in context.areaMedians {
                    row.element("td", ["class": "n"], text: median.map { context.numbers.fixed($0 * 100, places: 1) } ?? "—")
                }
            }
        }
    }

    /// The legend: the score range of every heat step, then the swatch of an area that does not count.
    private func legend(_ section: inout HTMLBuilder) {
        section.element("p", ["class": "note legend-title", "id": "heatmap-legend"], text: context.s(.legend))
        section.element("ul", ["class": "legend"]) { list in
            for step in HTMLColours.heat.indices {
                list.element("li") { item in
                    item.element("span", ["class": "swatch h\(step)", "aria-hidden": "true"], text: "")
                    let low = context.numbers.integer(step * 20)
                    let high = context.numbers.integer(step * 20 + 20)
                    item.text(context.s(step == HTMLColours.heat.count - 1 ? .heatStepLast : .heatStep, low, high))
                }
            }
            list.element("li") { item in
                item.element("span", ["class": "swatch hna", "aria-hidden": "true"], text: "")
                item.text(context.s(.notCountedExplained))
            }
        }
    }
}
