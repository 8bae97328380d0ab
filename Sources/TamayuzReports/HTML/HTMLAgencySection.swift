import TamayuzCore

/// One agency's page: its headline facts, its areas against the field, its score tree, the
/// rules that fired, missing evidence and answers, its improvement plan, its self-score against
/// the jury's, and its evaluators' spread.
struct HTMLAgencySection {
    let context: HTMLContext
    let standing: Standing
    let anchor: String

    private var card: ScoreCard { standing.card }

    func render(into page: inout HTMLBuilder) {
        page.element("section", ["class": "agency", "id": anchor, "aria-labelledby": anchor + "-h"]) { section in
            section.element("h2", ["id": anchor + "-h"]) { heading in
                if context.comparison.isRanking, let rank = standing.rank {
                    heading.element("span", ["class": "rk", "aria-hidden": "true"], text: context.rankText(rank))
                    heading.screenReader(context.s(.rankSpoken, context.numbers.integer(rank)) + " ")
                }
                heading.agencyName(standing.agency, in: context)
            }
            section.element("p", ["class": "headline"]) { line in
                line.text(context.s(.columnTotal) + context.s(.labelSeparator))
                line.element("strong", text: context.s(.totalOutOf, context.total(card.displayTotal), context.numbers.fixed(context.framework.scaleMax, places: 0)))
                if card.band != nil {
                    line.text(" ")
                    HTMLLeaderboard.band(&line, card, context)
                }
                line.text(" " + context.s(card.isEligible ? .eligible : .ineligible))
            }
            // Folded until opened (by its summary, a link to it, or "open every agency page");
            // printed open.
            section.element("details", ["class": "agency-body"]) { details in
                details.element("summary", text: context.s(.agencyDetails))
                content(&details)
            }
            section.element("p", ["class": "back"]) { $0.element("a", ["href": "#leaderboard"], text: context.s(.backToLeaderboard)) }
        }
    }

    /// Everything the agency's page holds below its heading.
    private func content(_ page: inout HTMLBuilder) {
        facts(&page)
        subsection(&page, "areas", .chartHeading) { chart(&$0) }
        subsection(&page, "tree", .treeHeading) { HTMLScoreTree(context: context, card: card).render(into: &$0) }
        let details = HTMLAgencyDetails(context: context, standing: standing, anchor: anchor)
        subsection(&page, "rules", .rulesHeading) { details.rules(&$0) }
        subsection(&page, "evidence", .missingEvidenceHeading) { details.missingEvidence(&$0) }
        if !card.unanswered.isEmpty {
            subsection(&page, "unanswered", .unansweredHeading) { details.unanswered(&$0) }
        }
        if let plan = standing.plan {
            subsection(&page, "plan", .planHeading) { details.plan(&$0, plan) }
        }
        if let figures = standing.verdict.selfAgainstJury(in: context.framework) {
            subsection(&page, "self", .selfHeading) { details.selfAgainstJury(&$0, figures) }
        }
        if !standing.verdict.evaluators.isEmpty || !standing.verdict.exclusions.isEmpty {
            subsection(&page, "spread", .spreadHeading) { details.spread(&$0) }
        }
        HTMLStages(context: context, standing: standing, anchor: anchor).render(into: &page)
    }

    private func subsection(_ page: inout HTMLBuilder, _ name: String, _ heading: HTMLPhrase, _ content: (inout HTMLBuilder) -> Void) {
        page.element("h3", ["id": "\(anchor)-\(name)"], text: context.s(heading))
        content(&page)
    }

    private func facts(_ page: inout HTMLBuilder) {
        let numbers = context.numbers
        let framework = context.framework
        page.element("dl", ["class": "facts"]) { list in
            if context.comparison.isRanking {
                list.element("dt", text: context.s(.columnRank))
                list.element("dd") { value in
                    if let rank = standing.rank {
                        value.text(context.isTied(rank) ? context.s(.tiedRankVisible, numbers.integer(rank)) : numbers.integer(rank))
                        if let rule = standing.tieBrokenBy, rule < framework.tieBreaks.count {
                            value.element("span", ["class": "note"], text: " " + context.s(.tieBrokenBy, context.title(framework.tieBreaks[rule])))
                        }
                    } else {
                        value.text(context.s(.notRankedShort))
                    }
                }
            }
            list.element("dt", text: context.s(.columnTotal))
            list.element("dd", text: context.s(.totalOutOf, context.total(card.displayTotal), numbers.fixed(framework.scaleMax, places: 0)))
            if let band = context.bandLabel(card) {
                list.element("dt", text: context.s(.columnBand))
                list.element("dd", text: band)
            }
            list.element("dt", text: context.s(.columnEligibility))
            list.element("dd") { value in
                if card.isEligible {
                    value.text(context.s(.eligible))
                } else {
                    value.text(context.s(.ineligible) + ": ")
                    let messages = card.ineligibility.map { context.text(framework.rules[$0.rule].message) }
                    value.text(messages.joined(separator: context.s(.listSeparator)))
                }
            }
            list.element("dt", text: context.s(.columnCompleteness))
            list.element("dd", text: context.s(
                .completenessValue, context.percent(card.completeness), numbers.integer(Int(card.nodes[0].answered)),
                numbers.integer(Int(card.nodes[0].expected))))
            list.element("dt", text: context.s(.profile))
            list.element("dd", text: standing.verdict.profile.map { context.text($0.title).isEmpty ? $0.id : context.text($0.title) } ?? context.s(.noProfile))
            list.element("dt", text: context.s(.scoredBy))
            list.element("dd", text: standing.verdict.isJuryScore
                ? context.s(.scoredByJury, numbers.integer(standing.verdict.evaluators.count))
                : context.s(.scoredBySelf))
            if let previous = standing.previous {
                list.element("dt", text: context.s(.previousCycle))
                list.element("dd", text: context.s(
                    .previousStanding, previous.rank.map(numbers.integer) ?? context.s(.notRankedShort),
                    previous.total.map(context.total) ?? "—"))
            } else if standing.isNew {
                list.element("dt", text: context.s(.previousCycle))
                list.element("dd", text: context.s(.changeNew))
            }
        }
    }

    private func chart(_ page: inout HTMLBuilder) {
        let framework = context.framework
        let medians = context.areaMedians
        let bars = framework.areas.enumerated().map { position, area in
            HTMLCharts.AreaBar(
                label: context.title(area), score: card.nodes[area].counts ? card.nodes[area].score : nil,
                median: medians[position])
        }
        let items = bars.map { bar in
            context.s(
                .chartItem, bar.label, bar.score.map { context.numbers.fixed($0 * 100, places: 1) } ?? context.s(.notCounted),
                bar.median.map { context.numbers.fixed($0 * 100, places: 1) } ?? "—")
        }
        let description = context.s(.chartDescription, context.name(standing.agency), items.joined(separator: context.s(.itemSeparator)))
        page.element("figure", ["class": "chart"]) { figure in
            HTMLCharts.areaChart(&figure, bars: bars, id: anchor + "-chart", description: description, rtl: context.language.isRightToLeft, context: context)
            figure.element("table", ["class": "compact"]) { table in
                table.element("caption", text: context.s(.chartTableCaption, context.name(standing.agency)))
                table.headerRow { row in
                    row.columnHeader(context.s(.columnArea))
                    row.columnHeader(context.s(.columnScore), numeric: true)
                    row.columnHeader(context.s(.columnMedian), numeric: true)
                    row.columnHeader(context.s(.columnDifference), numeric: true)
                }
                table.element("tbody") { body in
                    for (position, area) in framework.areas.enumerated() {
                        let bar = bars[position]
                        body.element("tr") { row in
                            row.element("th", ["scope": "row"]) { $0.nodeTitle(area, in: context) }
                            row.numberCell(bar.score.map { context.numbers.fixed($0 * 100, places: 1) } ?? context.s(.notCounted))
                            row.numberCell(bar.median.map { context.numbers.fixed($0 * 100, places: 1) } ?? "—")
                            if let score = bar.score, let median = bar.median {
                                row.numberCell(context.numbers.signed((score - median) * 100, places: 1))
                            } else {
                                row.numberCell("—")
                            }
                        }
                    }
                }
            }
        }
    }
}
