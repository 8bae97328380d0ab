import TamayuzCore

/// One agency's score tree: each area a `<details>` (rendered open, so the tree is complete in
/// print and without script) holding one table, whose row groups are the criteria (a heading row
/// with the criterion's score, weight and points) and whose rows are the indicators with answer,
/// score, weight, contribution and status.
///
/// One table per area rather than one per criterion keeps a large programme's report small
/// (20 agencies × 100 indicators stay well under 1 MB).
struct HTMLScoreTree {
    let context: HTMLContext
    let card: ScoreCard
    private let shares: [Double]
    private let missingEvidence: Set<Int>

    init(context: HTMLContext, card: ScoreCard) {
        self.context = context
        self.card = card
        shares = context.shares(card)
        missingEvidence = Set(card.missingEvidence)
    }

    /// A criterion (nil: the area itself) and the indicators directly under it.
    private struct Group {
        var criterion: Int?
        var indicators: [Int]
    }

    func render(into page: inout HTMLBuilder) {
        page.element("p", ["class": "note"], text: context.s(.treeIntro))
        for area in context.framework.areas { self.area(&page, area) }
    }

    private func area(_ page: inout HTMLBuilder, _ index: Int) {
        page.element("details", ["class": "area", "open": ""]) { details in
            details.element("summary") { summary in
                summary.element("span", ["class": "t"]) { $0.nodeTitle(index, in: context) }
                summary.text(" ")
                summary.element("span", ["class": "facts"], text: facts(index))
            }
            var groups: [Group] = []
            collect(index, criterion: nil, into: &groups)
            guard !groups.isEmpty else { return }
            details.element("table", ["class": "tree"]) { table in
                table.element("caption", ["class": "sr"], text: context.s(.indicatorsCaption, context.title(index)))
                table.headerRow { row in
                    row.columnHeader(context.s(.columnIndicator))
                    row.columnHeader(context.s(.columnAnswer))
                    row.columnHeader(context.s(.columnScorePercent), numeric: true)
                    row.columnHeader(context.s(.columnWeightPercent), numeric: true)
                    row.columnHeader(context.s(.columnContribution), numeric: true)
                    row.columnHeader(context.s(.columnStatus))
                }
                for group in groups { self.group(&table, group) }
            }
        }
    }

    /// The node's direct indicators as one group, then each criterion below it, depth first.
    private func collect(_ index: Int, criterion: Int?, into groups: inout [Group]) {
        let children = context.framework.nodes[index].children
        let indicators = children.filter { context.framework.nodes[$0].isIndicator }
        if criterion != nil || !indicators.isEmpty {
            groups.append(Group(criterion: criterion, indicators: indicators))
        }
        for child in children where !context.framework.nodes[child].isIndicator {
            collect(child, criterion: child, into: &groups)
        }
    }

    private func group(_ table: inout HTMLBuilder, _ group: Group) {
        let depth = group.criterion.map { context.framework.nodes[$0].depth } ?? 1
        table.element("tbody", ["class": depth > 2 ? "d\(min(depth, 6))" : nil]) { body in
            if let criterion = group.criterion {
                body.element("tr", ["class": "g"]) { row in
                    row.element("th", ["colspan": "6", "scope": "rowgroup"]) { cell in
                        cell.element("span", ["class": "t"]) { $0.nodeTitle(criterion, in: context) }
                        cell.text(" ")
                        cell.element("span", ["class": "facts"], text: facts(criterion))
                    }
                }
            }
            for index in group.indicators {
                let score = card.nodes[index]
                body.element("tr") { row in
                    row.element("th", ["scope": "row"]) { $0.nodeTitle(index, in: context) }
                    row.element("td", text: context.answerText(card: card, indicator: index))
                    if score.counts {
                        row.element("td", text: context.numbers.fixed(score.score * 100, places: 1))
                        row.element("td", text: context.numbers.fixed(score.weight * 100, places: 1))
                        row.element("td", text: contribution(index))
                    } else {
                        row.element("td", text: "—")
                        row.element("td", text: "—")
                        row.element("td", text: "—")
                    }
                    row.element("td", ["class": missingEvidence.contains(index) ? "warn" : nil], text: status(index))
                }
            }
        }
    }

    /// "score 84.6% · weight 66.7% · 56.39 points", or the status of a node that does not count.
    private func facts(_ index: Int) -> String {
        let score = card.nodes[index]
        guard score.counts else { return status(index) }
        return context.s(.treeSummary, context.percent(score.score), context.percent(score.weight), contribution(index))
    }

    /// Points the node brings to the total: its score times its share of the total (the product
    /// of the normalised weights above it), before the rules of the nodes above.
    private func contribution(_ index: Int) -> String {
        let places = context.framework.precision + 1
        return context.numbers.fixed(card.nodes[index].score * shares[index] * context.framework.scaleMax, places: places)
    }

    private func status(_ index: Int) -> String {
        let score = card.nodes[index]
        switch score.status {
        case .notApplicable: return context.s(.statusNotApplicable)
        case .excluded: return context.s(.statusExcluded)
        case .missing: return context.s(.statusMissing)
        case .scored:
            guard context.framework.nodes[index].isIndicator else { return context.s(.statusScored) }
            var text = context.s(.statusScored)
            if card.sheet.values[index] == nil, card.derivedValues[index] == nil, context.framework.nodes[index].indicator?.kind.isAnswered == true {
                text = context.s(.statusUnanswered)
            }
            if missingEvidence.contains(index) { text += context.s(.listSeparator) + context.s(.statusEvidenceMissing) }
            return text
        }
    }
}
