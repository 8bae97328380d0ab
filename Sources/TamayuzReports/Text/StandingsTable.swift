import TamayuzCore

/// The terminal's table of standings: the ranking (`tamayuz report`), or one row per assessment
/// (`tamayuz score` on several files). It fits `ReportOptions.width` (a row is never wrapped:
/// the name is shortened, then columns are left out and said so), and is followed by what its
/// cells leave out: each ineligible agency's reasons and the legend of the area codes.
struct StandingsTable {
    let comparison: CycleComparison
    let options: ReportOptions

    private var framework: Framework { comparison.framework }
    private var language: Language { options.language }

    func lines() -> [String] {
        var table = TextTable()
        var roles: [TextTable.Role] = []
        func column(_ role: TextTable.Role, _ header: String, _ alignment: TextTable.Alignment = .left) {
            table.column(header, alignment: alignment)
            roles.append(role)
        }
        let showsRobustness = comparison.standings.contains { $0.robustness != nil }
        let showsProfile = !comparison.isRanking && comparison.standings.contains { $0.card.profileID != nil }
        if comparison.isRanking { column(.rank, say(.rank)) }
        column(.agency, say(.agency))
        column(.name, say(.name))
        if !comparison.isRanking { column(.assessor, say(.assessor)) }
        if showsProfile { column(.profile, say(.profile)) }
        column(.total, say(.total), .right)
        column(.band, say(.band))
        if comparison.isRanking { column(.change, say(.change)) }
        column(.eligible, say(.eligible))
        column(.completeness, say(.completeness), .right)
        if showsRobustness { column(.rankRange, say(.rankRange), .right) }
        for (position, area) in framework.areas.enumerated() { column(.area(position), framework.nodes[area].id, .right) }
        let sharedRanks = TableRenderer.sharedRanks(comparison.standings)
        table.rows = comparison.standings.map { standing in roles.map { cell($0, standing, sharedRanks: sharedRanks) } }
        let leftOut = table.fit(width: options.width, roles: roles)
        var lines = table.render(colour: options.colour)
        if !leftOut.isEmpty, let width = options.width {
            lines.append(say(.columnsLeftOut, String(width), leftOut.joined(separator: ", ")))
        }
        return lines + ineligibility() + legend()
    }

    private func cell(_ role: TextTable.Role, _ standing: Standing, sharedRanks: Set<Int>) -> TextTable.Cell {
        let card = standing.card
        let precision = framework.precision
        switch role {
        case .rank: return .init(TableRenderer.rankText(standing.rank, shared: sharedRanks))
        case .agency: return .init(standing.agency.id)
        case .name: return .init(standing.agency.name.text(language))
        case .assessor: return .init(TableRenderer.assessorText(card, language: language))
        case .profile: return .init(card.profileID ?? "—")
        case .total: return .init(NumberStyle.plain.fixed(card.displayTotal, places: precision))
        case .band: return .init(TableRenderer.bandLabel(card, framework: framework, language: language))
        case .change: return TableRenderer.changeCell(standing, language: language)
        case .eligible: return .init(card.isEligible ? "✓" : "✗")
        case .completeness: return .init(NumberStyle.plain.percent(card.completeness, places: precision))
        case .rankRange:
            return .init(standing.robustness.map { $0.p5Rank == $0.p95Rank ? "\($0.p5Rank)" : "\($0.p5Rank)–\($0.p95Rank)" } ?? "—")
        case let .area(position):
            let score = card.nodes[framework.areas[position]]
            return .init(score.counts ? NumberStyle.plain.percent(score.score, places: precision) : "—")
        }
    }

    /// `ineligible: AGENCY: reasons`, one line per ineligible standing (its ✗ in the table).
    private func ineligibility() -> [String] {
        let lines = comparison.standings.filter { !$0.card.isEligible }.map { standing in
            say(.ineligibleAgency, standing.agency.id, TableRenderer.ineligibilityReasons(standing.card, framework: framework, language: language))
        }
        return lines.isEmpty ? [] : [""] + lines
    }

    /// `Areas:`, then each area's code and title.
    private func legend() -> [String] {
        var legend = TextTable(indent: "  ", hasHeader: false)
        legend.column("")
        legend.column("")
        for area in framework.areas {
            legend.rows.append([.init(framework.nodes[area].id), .init(framework.nodes[area].title.text(language))])
        }
        return ["", say(.areas) + ":"] + legend.render(colour: false)
    }

    private func say(_ key: ReportPhrase, _ arguments: String...) -> String {
        Phrasebook(language).text(key, arguments: arguments)
    }
}
