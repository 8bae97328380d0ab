import TamayuzCore

/// The detail blocks of an agency's page: rules fired, missing evidence and answers, the
/// improvement plan, the self-score against the jury's, and the evaluators' spread.
struct HTMLAgencyDetails {
    let context: HTMLContext
    let standing: Standing
    let anchor: String

    private var card: ScoreCard { standing.card }
    private var framework: Framework { context.framework }

    // MARK: Rules

    func rules(_ page: inout HTMLBuilder) {
        let firings = card.firings + card.ineligibility + card.flags
        guard !firings.isEmpty else {
            page.element("p", text: context.s(.rulesNone))
            return
        }
        page.wideTable(["class": "compact"], caption: anchor + "-rules-caption") { table in
            table.element("caption", ["class": "sr", "id": anchor + "-rules-caption"], text: context.s(.rulesCaption, context.name(standing.agency)))
            table.headerRow { row in
                row.columnHeader(context.s(.columnRule))
                row.columnHeader(context.s(.columnEffect))
                row.columnHeader(context.s(.columnTarget))
                row.columnHeader(context.s(.columnBeforeAfter))
            }
            table.element("tbody") { body in
                for firing in firings {
                    let rule = framework.rules[firing.rule]
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"]) { cell in
                            cell.localized(rule.message, fallback: rule.id, in: context)
                            cell.element("span", ["class": "note block"]) { note in
                                note.text(context.s(.ruleWhen) + " ")
                                note.element("code", ["dir": "ltr"], text: rule.condition.source)
                            }
                        }
                        row.element("td", text: context.effectName(rule.effect))
                        row.element("td") { cell in
                            if !rule.effect.changesScore {
                                cell.text(context.s(.theAgency))
                            } else if rule.target == 0 {
                                cell.text(context.s(.theTotal))
                            } else {
                                cell.nodeTitle(rule.target, in: context)
                            }
                        }
                        row.element("td", ["class": rule.effect.changesScore ? "n" : nil], text: beforeAfter(rule, firing))
                    }
                }
            }
        }
    }

    private func beforeAfter(_ rule: Rule, _ firing: RuleFiring) -> String {
        guard rule.effect.changesScore else { return context.s(.noScoreChange) }
        let before = context.percent(firing.before)
        let after = context.percent(firing.after)
        return firing.before == firing.after ? context.s(.unchangedScore, before) : "\(before) \(context.s(.arrow)) \(after)"
    }

    // MARK: Evidence and answers

    func missingEvidence(_ page: inout HTMLBuilder) {
        guard !card.missingEvidence.isEmpty else {
            page.element("p", text: context.s(.missingEvidenceNone))
            return
        }
        page.element("ul", ["class": "items"]) { list in
            for index in card.missingEvidence {
                list.element("li") { item in
                    item.element("strong") { $0.nodeTitle(index, in: context) }
                    item.text(context.s(.labelSeparator))
                    let requirement = framework.nodes[index].indicator?.evidence
                    if let description = requirement?.description, !description.isEmpty {
                        item.text(context.s(.evidenceAsked) + " ")
                        item.localized(description, fallback: "", in: context)
                    } else {
                        item.text(context.s(.evidenceAskedUndescribed))
                    }
                    if case let .cap(cap)? = requirement?.whenMissing {
                        item.element("span", ["class": "note"], text: " " + context.s(.evidenceEffectCap, context.percent(cap)))
                    } else {
                        item.element("span", ["class": "note"], text: " " + context.s(.evidenceEffectZero))
                    }
                }
            }
        }
    }

    func unanswered(_ page: inout HTMLBuilder) {
        page.element("p", ["class": "note"], text: context.s(
            framework.missingAnswers == .zero ? .unansweredIntroZero : .unansweredIntroExclude))
        page.element("ul", ["class": "items"]) { list in
            for index in card.unanswered {
                list.element("li") { $0.nodeTitle(index, in: context) }
            }
        }
    }

    // MARK: Plan

    func plan(_ page: inout HTMLBuilder, _ plan: ImprovementPlan) {
        guard !plan.steps.isEmpty else {
            page.element("p", text: context.s(.planNone))
            return
        }
        let steps = plan.steps.prefix(max(0, context.options.planLimit))
        page.element("p", ["class": "note"], text: context.s(
            .planIntro, context.numbers.integer(steps.count), context.numbers.integer(plan.steps.count)))
        guard !steps.isEmpty else { return }
        page.element("table", ["class": "compact"]) { table in
            table.element("caption", ["class": "sr"], text: context.s(.planCaption, context.name(standing.agency)))
            table.headerRow { row in
                row.columnHeader(context.s(.columnStep), numeric: true)
                row.columnHeader(context.s(.columnIndicator))
                row.columnHeader(context.s(.columnProposed))
                row.columnHeader(context.s(.columnGain), numeric: true)
                row.columnHeader(context.s(.columnTotalAfter), numeric: true)
            }
            table.element("tbody") { body in
                for (position, step) in steps.enumerated() {
                    body.element("tr") { row in
                        row.numberCell(context.numbers.integer(position + 1))
                        row.element("th", ["scope": "row"]) { $0.nodeTitle(step.indicator, in: context) }
                        row.element("td") { cell in
                            cell.text(change(step))
                            if step.isQuickWin { cell.element("span", ["class": "note block"], text: context.s(.quickWin)) }
                        }
                        row.numberCell(context.numbers.signed(step.gain, places: framework.precision + 1))
                        row.numberCell(context.total(framework.rounded(step.newTotal)))
                    }
                }
            }
        }
        for sentence in PlanText.bandSentences(plan, framework: framework, say: context.phrases, integer: context.numbers.integer) {
            page.element("p", text: sentence)
        }
    }

    private func change(_ step: ImprovementPlan.Step) -> String {
        switch step.change {
        case .supplyEvidence: context.s(.planSupplyEvidence)
        case let .answer(value): context.s(.planAnswer, context.answerText(value, indicator: step.indicator))
        case let .nextLevel(value): context.s(.planNextLevel, context.answerText(value, indicator: step.indicator))
        case let .bestValue(value): context.s(.planBestValue, context.answerText(value, indicator: step.indicator))
        }
    }

    // MARK: Self against jury

    func selfAgainstJury(_ page: inout HTMLBuilder, _ figures: SelfAgainstJury) {
        page.element("table", ["class": "compact"]) { table in
            table.element("caption", text: context.s(.selfCaption, context.name(standing.agency)))
            table.headerRow { row in
                row.element("td", text: "")
                row.columnHeader(context.s(.columnSelf), numeric: true)
                row.columnHeader(context.s(.columnJury), numeric: true)
                row.columnHeader(context.s(.columnDifference), numeric: true)
            }
            table.element("tbody") { body in
                body.element("tr") { row in
                    row.element("th", ["scope": "row"], text: context.s(.columnTotal))
                    row.numberCell(context.total(figures.selfTotal))
                    row.numberCell(context.total(figures.juryTotal))
                    row.numberCell(context.numbers.signed(figures.totalDifference, places: framework.precision))
                }
                for area in figures.areas {
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"]) { $0.nodeTitle(area.node, in: context) }
                        row.numberCell(area.selfScore.map { context.percent($0) } ?? context.s(.notCounted))
                        row.numberCell(area.juryScore.map { context.percent($0) } ?? context.s(.notCounted))
                        row.numberCell(area.difference.map { context.numbers.signed($0 * 100, places: 1) } ?? "—")
                    }
                }
            }
        }
    }

    // MARK: Spread

    func spread(_ page: inout HTMLBuilder) {
        let evaluators = standing.verdict.evaluators
        if !evaluators.isEmpty {
            page.element("table", ["class": "compact"]) { table in
                table.element("caption", ["class": "sr"], text: context.s(.spreadCaption, context.name(standing.agency)))
                table.headerRow { row in
                    row.columnHeader(context.s(.columnEvaluator))
                    row.columnHeader(context.s(.columnTotal), numeric: true)
                    row.columnHeader(context.s(.columnCompleteness), numeric: true)
                }
                table.element("tbody") { body in
                    for summary in evaluators {
                        body.element("tr") { row in
                            row.element("th", ["scope": "row"]) { $0.element("bdi", text: context.name(summary.assessor)) }
                            row.numberCell(context.total(summary.displayTotal))
                            row.numberCell(context.percent(summary.completeness))
                        }
                    }
                }
            }
            let totals = evaluators.map(\.displayTotal)
            let low = totals.min()!
            let high = totals.max()!
            page.element("p", text: context.s(
                .spreadRange, context.total(low), context.total(high), context.total(framework.rounded(high - low))))
        }
        if !standing.verdict.exclusions.isEmpty {
            page.element("ul", ["class": "items"]) { list in
                for exclusion in standing.verdict.exclusions {
                    list.element("li", text: context.s(.exclusionLine, context.name(exclusion.evaluator), context.exclusionReason(exclusion.reason)))
                }
            }
        }
    }
}

extension HTMLContext {
    func effectName(_ effect: Rule.Effect) -> String {
        switch effect {
        case .cap: s(.effectCap)
        case .bonus: s(.effectBonus)
        case .penalty: s(.effectPenalty)
        case .ineligible: s(.effectIneligible)
        case .flag: s(.effectFlag)
        }
    }

    func exclusionReason(_ reason: Exclusion.Reason) -> String {
        switch reason {
        case .affiliated: s(.exclusionAffiliated)
        }
    }
}
