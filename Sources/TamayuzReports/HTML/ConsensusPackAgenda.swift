import TamayuzCore

/// One agency's part of the consensus pack: its evaluators and their leniency, every indicator
/// to discuss with each evaluator's answer, score, evidence and comment side by side, and the
/// questions marked "verify on site" (warned beyond three per criterion).
struct ConsensusPackAgenda {
    let context: HTMLContext
    let agenda: ConsensusAgenda
    let anchor: String

    func render(into page: inout HTMLBuilder) {
        page.element("section", ["class": "agency", "id": anchor, "aria-labelledby": anchor + "-h"]) { section in
            section.element("h2", ["id": anchor + "-h"], text: say(.agendaHeading, context.name(agenda.agency)))
            let evaluators = agenda.evaluators.map { context.name($0) }.joined(separator: context.s(.listSeparator))
            section.element("p", text: say(.agendaIntro, evaluators, context.numbers.integer(agenda.items.count)))
            if agenda.items.isEmpty { section.element("p", ["class": "note"], text: say(.nothingToDiscuss)) }
            for item in agenda.items { self.item(&section, item) }
            siteVisit(&section)
        }
    }

    private func item(_ page: inout HTMLBuilder, _ item: ConsensusAgenda.Item) {
        var reasons: [String] = []
        if let spread = item.spread { reasons.append(say(.reasonSpread, context.numbers.shortest(spread * 100, places: 1))) }
        if let alpha = item.lowAreaAlpha { reasons.append(say(.reasonAlpha, context.numbers.fixed(alpha, places: 3))) }
        let heading = context.framework.nodes[item.indicator].id + " — " + context.title(item.indicator) + " (" + reasons.joined(separator: context.s(.listSeparator)) + ")"
        page.element("table", ["class": "compact"]) { table in
            table.element("caption", text: say(.agendaCaption, heading))
            table.headerRow { row in
                for column in [StagePhrase.columnEvaluator, .columnLeniency, .columnAnswer, .columnScore, .columnEvidence, .columnComment] {
                    row.columnHeader(say(column), numeric: column == .columnLeniency || column == .columnScore)
                }
            }
            table.element("tbody") { body in
                for answer in item.answers { self.answer(&body, answer, indicator: item.indicator) }
            }
        }
    }

    private func answer(_ body: inout HTMLBuilder, _ answer: ConsensusAgenda.EvaluatorAnswer, indicator: Int) {
        body.element("tr") { row in
            row.element("th", ["scope": "row"], text: context.name(answer.evaluator))
            row.numberCell(answer.leniency.map { context.numbers.signed($0 * 100, places: 1) } ?? say(.leniencyUnknown))
            row.element("td", text: answer.answer.map { context.answerText($0.value, indicator: indicator) } ?? context.s(.answerNone))
            row.numberCell(answer.score.map { context.percent($0) } ?? "—")
            row.element("td", text: (answer.answer?.evidence ?? []).map { item in
                item.reference.map { item.title.isEmpty ? $0 : "\(item.title) (\($0))" } ?? item.title
            }.joined(separator: "; "))
            row.element("td", text: answer.answer?.comment ?? "")
        }
    }

    private func siteVisit(_ page: inout HTMLBuilder) {
        page.element("h3", ["id": anchor + "-visit"], text: say(.siteVisitHeading))
        guard !agenda.siteVisitIssues.isEmpty else { return page.element("p", ["class": "note"], text: say(.siteVisitNone)) }
        for crowded in agenda.crowdedCriteria {
            page.element("p", ["class": "note"], text: say(.siteVisitTooMany, context.numbers.integer(crowded.issues), context.title(crowded.criterion)))
        }
        page.element("table", ["class": "compact"]) { table in
            table.headerRow { row in
                for column in [StagePhrase.columnIndicator, .columnEvaluator, .columnQuestion] { row.columnHeader(say(column)) }
            }
            table.element("tbody") { body in
                for issue in agenda.siteVisitIssues {
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"]) { $0.nodeTitle(issue.indicator, in: context) }
                        row.element("td", text: context.name(issue.evaluator))
                        row.element("td", text: issue.question)
                    }
                }
            }
        }
    }

    private func say(_ key: StagePhrase, _ arguments: String...) -> String {
        context.phrases.text(key, arguments: arguments)
    }
}
