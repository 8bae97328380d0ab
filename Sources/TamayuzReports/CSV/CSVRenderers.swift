import TamayuzCore

/// One row per standing, in standing order (`--format csv`):
///
/// `rank,agency_id,agency_name,kind,total,band,eligible,completeness,<area id>…,rank_change`
///
/// - `rank`: the rank (a shared rank repeats), empty when unranked.
/// - `agency_name`: in the report's language; `kind`: the agency's kind, or empty.
/// - `total`: the displayed total, at the framework's precision.
/// - `band`: the band's label in the report's language, empty without bands.
/// - `eligible`: `yes` or `no`.
/// - `completeness` and each area: percentages (score × 100) at the framework's precision; an
///   area that does not count is empty.
/// - `rank_change`: places gained since the previous cycle (negative: lost), `new` for an agency
///   absent from the previous results, empty otherwise.
///
/// Quoting and formula neutralisation: see ``CSVCell``. UTF-8 with a BOM, CRLF line ends.
public struct CSVWideRenderer: ReportRenderer {
    public static let identifier = "csv"

    public init() {}

    public func render(_ comparison: CycleComparison, options: ReportOptions) -> String {
        let framework = comparison.framework
        let precision = framework.precision
        var csv = CSVDocument()
        csv.header(
            ["rank", "agency_id", "agency_name", "kind", "total", "band", "eligible", "completeness"]
                + framework.areas.map { framework.nodes[$0].id } + ["rank_change"])
        for standing in comparison.standings {
            let card = standing.card
            var row: [CSVCell] = [
                standing.rank.map { .number(String($0)) } ?? .empty,
                .text(standing.agency.id),
                .text(standing.agency.name.text(options.language)),
                standing.agency.kind.map(CSVCell.text) ?? .empty,
                .fixed(card.displayTotal, places: precision),
                card.band.map { .text(framework.bands[$0].label.text(options.language)) } ?? .empty,
                .text(card.isEligible ? "yes" : "no"),
                .fixed(card.completeness * 100, places: precision),
            ]
            for area in framework.areas {
                let score = card.nodes[area]
                row.append(score.counts ? .fixed(score.score * 100, places: precision) : .empty)
            }
            if let change = standing.rankChange {
                row.append(.number(String(change)))
            } else {
                row.append(standing.isNew ? .text("new") : .empty)
            }
            csv.append(row)
        }
        return csv.text
    }
}

/// One row per agency × node of the score tree, agencies in standing order and nodes in
/// framework order (`--format csv-long`):
///
/// `agency_id,node_id,parent_id,level,status,score,weight,contribution,value`
///
/// - `parent_id`: empty for the root (`total`); `level`: framework, area, criterion, indicator.
/// - `status`: `scored`, `not-applicable`, `excluded` (by the profile), `missing` (unanswered
///   and left out).
/// - `score`: the node's score × 100 at the framework's precision; empty when it does not count.
/// - `weight`: the normalised weight among counted siblings (at most 6 decimals; 1 for the root,
///   0 for a node that does not count).
/// - `contribution`: weight × score × 100, the points of its parent's score (at most 6 decimals).
/// - `value`: for indicators, the answer: `yes`/`no`, the level id, the number, the ticked
///   option ids separated by spaces (`none` when none is), `not-applicable`; a derived
///   indicator's computed value; empty when unanswered. Numbers (answers and derived values)
///   are written as numbers; ids are text, neutralised like every text cell.
public struct CSVLongRenderer: ReportRenderer {
    public static let identifier = "csv-long"

    public init() {}

    public func render(_ comparison: CycleComparison, options: ReportOptions) -> String {
        let framework = comparison.framework
        var csv = CSVDocument()
        csv.header(["agency_id", "node_id", "parent_id", "level", "status", "score", "weight", "contribution", "value"])
        for standing in comparison.standings {
            let card = standing.card
            for (index, node) in framework.nodes.enumerated() {
                let score = card.nodes[index]
                let weight = NodeFigures.weight(index, card: card)
                var value = CSVCell.empty
                if let indicator = node.indicator {
                    if case .derived = indicator.kind {
                        value = card.derivedValues[index].map { .trimmed($0) } ?? .empty
                    } else if case let .number(number)? = card.sheet.values[index] {
                        // Parsed to a finite number and printed by us: a number, not text.
                        value = .trimmed(number)
                    } else if let answer = card.sheet.values[index] {
                        value = .text(AnswerWording.token(answer, kind: indicator.kind, framework: framework))
                    }
                }
                csv.append([
                    .text(standing.agency.id),
                    .text(node.id),
                    node.parent.map { .text(framework.nodes[$0].id) } ?? .empty,
                    .text(node.level.rawValue),
                    .text(NodeFigures.status(score.status)),
                    score.counts ? .fixed(score.score * 100, places: framework.precision) : .empty,
                    .trimmed(weight),
                    .trimmed(weight * score.score * 100),
                    value,
                ])
            }
        }
        return csv.text
    }
}

/// Figures every machine-readable output writes the same way.
enum NodeFigures {
    /// The status as written in JSON and CSV.
    static func status(_ status: NodeScore.Status) -> String {
        switch status {
        case .scored: "scored"
        case .notApplicable: "not-applicable"
        case .excluded: "excluded"
        case .missing: "missing"
        }
    }

    /// The node's normalised weight; the root, which is the whole, has weight 1.
    static func weight(_ index: Int, card: ScoreCard) -> Double {
        index == 0 ? (card.nodes[0].counts ? 1 : 0) : card.nodes[index].weight
    }
}
