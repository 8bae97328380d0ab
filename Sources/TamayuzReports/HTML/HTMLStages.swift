import TamayuzCore

/// An agency's "Review stages" part: its total and rank after the evaluators' combination, the
/// team's consensus and the site visit, then every indicator a stage changed with its score at
/// each stage and why. Nothing for an agency without a consensus or a site visit.
struct HTMLStages {
    let context: HTMLContext
    let standing: Standing
    let anchor: String

    func render(into page: inout HTMLBuilder) {
        guard let stages = standing.verdict.stages else { return }
        page.element("h3", ["id": "\(anchor)-stages"], text: say(.stagesHeading))
        totals(&page, stages)
        if !stages.changes.isEmpty { changes(&page, stages) }
    }

    private func totals(_ page: inout HTMLBuilder, _ stages: ReviewStages) {
        page.element("table", ["class": "compact"]) { table in
            table.element("caption", text: say(.stagesCaption))
            table.headerRow { row in
                row.columnHeader(say(.columnStage))
                row.columnHeader(say(.columnTotal), numeric: true)
                row.columnHeader(say(.columnRank), numeric: true)
                row.columnHeader(say(.columnTeam))
            }
            table.element("tbody") { body in
                for result in stages.results {
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"], text: say(column(result.stage)))
                        row.numberCell(context.total(result.displayTotal))
                        row.numberCell(result.rank.map { context.numbers.integer($0) } ?? say(.unranked))
                        row.element("td", text: (result.assessor?.members ?? []).map(memberName).joined(separator: context.language == .ar ? "، " : ", "))
                    }
                }
            }
        }
    }

    private func changes(_ page: inout HTMLBuilder, _ stages: ReviewStages) {
        let present = stages.results.map(\.stage)
        page.element("table", ["class": "compact"]) { table in
            table.element("caption", text: say(.changesCaption))
            table.headerRow { row in
                row.columnHeader(say(.columnIndicator))
                for stage in present { row.columnHeader(say(column(stage)), numeric: true) }
                row.columnHeader(say(.columnWhy))
            }
            table.element("tbody") { body in
                for change in stages.changes {
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"]) { $0.nodeTitle(change.indicator, in: context) }
                        for step in change.steps {
                            let score = step.score.map { context.percent($0) } ?? "—"
                            row.numberCell(step.stage == .combined || step.answeredHere ? score : score + " " + say(.carried))
                        }
                        row.element("td", text: change.steps.compactMap { step in
                            step.rationale.map { say(StageText.name(step.stage)) + ": " + $0 }
                        }.joined(separator: " · "))
                    }
                }
            }
        }
    }

    private func column(_ stage: ReviewStages.Stage) -> StagePhrase {
        switch stage {
        case .combined: .columnCombined
        case .consensus: .columnConsensus
        case .siteVisit: .columnSiteVisit
        }
    }

    private func memberName(_ member: TeamMember) -> String {
        let name = context.text(member.name)
        return name.isEmpty ? member.id : name
    }

    private func say(_ key: StagePhrase, _ arguments: String...) -> String {
        context.phrases.text(key, arguments: arguments)
    }
}
