import TamayuzCore

/// The report's first screen after its title, as Lighthouse opens with its scores: who won and
/// how surely (the podium, the lead, each place's rank range when robustness was measured), how
/// the agencies fall into the bands, and the flags, exclusions and unranked agencies, counted
/// and linked to where they are explained. Every figure comes from ``CycleSummary``.
struct HTMLSummary {
    let context: HTMLContext
    let summary: CycleSummary

    init(context: HTMLContext) {
        self.context = context
        summary = context.comparison.summary
    }

    func render(into page: inout HTMLBuilder) {
        page.element("section", ["class": "summary", "id": "summary", "aria-labelledby": "summary-h"]) { section in
            section.element("h2", ["id": "summary-h"], text: context.s(.summary))
            if !summary.podium.isEmpty { podium(&section) }
            if !summary.bandCounts.isEmpty { bands(&section) }
            glance(&section)
        }
    }

    private func podium(_ page: inout HTMLBuilder) {
        page.element("h3", ["class": "sr", "id": "podium-h"], text: context.s(.podium))
        page.element("ol", ["class": "podium", "aria-labelledby": "podium-h"]) { list in
            for position in summary.podium {
                let standing = context.comparison.standings[position]
                list.element("li", ["class": "place p\(min(standing.rank ?? 3, 3))"]) { item in
                    item.element("span", ["class": "place-rank", "aria-hidden": "true"], text: context.rankText(standing.rank))
                    item.screenReader(context.s(.rankSpoken, standing.rank.map(context.numbers.integer) ?? "") + " ")
                    item.element("a", ["class": "place-name", "href": "#" + (context.anchors[standing.agency.id] ?? "")]) {
                        $0.agencyName(standing.agency, in: context)
                    }
                    item.element("span", ["class": "place-total"], text: context.s(
                        .totalOutOf, context.total(standing.card.displayTotal), context.numbers.fixed(context.framework.scaleMax, places: 0)))
                    if standing.card.band != nil { HTMLLeaderboard.band(&item, standing.card, context) }
                    sureness(&item, standing)
                }
            }
        }
    }

    /// How sure the place is: the lead (first place only) and the rank range over the draws.
    private func sureness(_ item: inout HTMLBuilder, _ standing: Standing) {
        var notes: [String] = []
        if standing.rank == 1, let lead = summary.lead {
            notes.append(lead == 0 && context.isTied(1) ? context.s(.leadShared) : context.s(.leadBy, context.total(lead)))
            if let robustness = standing.robustness {
                notes.append(context.s(.shareFirst, context.numbers.percent(robustness.shareFirst, places: 0)))
            }
        }
        if let range = standing.rankRange {
            notes.append(context.s(.rankRangeOf, rangeText(range)))
        }
        if !notes.isEmpty { item.element("span", ["class": "note block"], text: notes.joined(separator: " ")) }
    }

    private func rangeText(_ range: ClosedRange<Int>) -> String {
        let numbers = context.numbers
        return range.lowerBound == range.upperBound
            ? numbers.integer(range.lowerBound) : numbers.integer(range.lowerBound) + "–" + numbers.integer(range.upperBound)
    }

    private func bands(_ page: inout HTMLBuilder) {
        page.element("h3", ["id": "bands-h"], text: context.s(.bandsAtGlance))
        page.element("ul", ["class": "band-counts", "aria-labelledby": "bands-h"]) { list in
            for (band, count) in summary.bandCounts.enumerated() {
                list.element("li") { item in
                    item.element("span", ["class": "band b\(band % HTMLColours.bands.count)"]) {
                        $0.localized(context.framework.bands[band].label, fallback: context.framework.bands[band].id, in: context)
                    }
                    item.element("span", ["class": "count"], text: context.numbers.integer(count))
                }
            }
        }
    }

    /// Flags, exclusions and unranked agencies, each counted and linked to its explanation.
    private func glance(_ page: inout HTMLBuilder) {
        let numbers = context.numbers
        page.element("ul", ["class": "glance"]) { list in
            list.element("li") { item in
                guard summary.flagCount > 0 else { return item.text(context.s(.flagsNone)) }
                item.text(context.s(.flagsLine, numbers.integer(summary.flagCount), numbers.integer(summary.flagged.count)) + " ")
                for (position, index) in summary.flagged.enumerated() {
                    let standing = context.comparison.standings[index]
                    if position > 0 { item.text(context.s(.listSeparator)) }
                    item.element("a", ["href": "#\(context.anchors[standing.agency.id] ?? "")-rules"]) { $0.agencyName(standing.agency, in: context) }
                    item.text(" (" + numbers.integer(standing.card.flags.count) + ")")
                }
            }
            if context.comparison.isRanking {
                list.element("li") { item in
                    guard summary.exclusionCount > 0 else { return item.text(context.s(.noExclusions)) }
                    item.element("a", ["href": "#exclusions"], text: context.s(.exclusionsLine, numbers.integer(summary.exclusionCount)))
                }
            }
            if summary.unrankedCount > 0 {
                list.element("li") { item in
                    item.element("a", ["href": "#ineligible-h"], text: context.s(.unrankedLine, numbers.integer(summary.unrankedCount)))
                }
            }
        }
    }
}
