import TamayuzCore

/// The methodology appendix, generated from the framework: the hierarchy with its weights (or
/// points) and how each indicator is scored, the profiles, every scale with every level, every
/// rule in words, the bands, the tie-break order, and the policies for missing answers and
/// evidence.
struct HTMLMethodology {
    let context: HTMLContext

    private var framework: Framework { context.framework }

    func render(into page: inout HTMLBuilder) {
        page.element("section", ["id": "methodology", "aria-labelledby": "methodology-h"]) { section in
            section.element("h2", ["id": "methodology-h"], text: context.s(.methodology))
            section.element("h3", ["id": "method-hierarchy"], text: context.s(.hierarchyHeading))
            section.element("p", ["class": "note"], text: framework.weighting == .relative
                ? context.s(.weightingRelative)
                : context.s(.weightingPoints, context.numbers.shortest(framework.scaleMax, places: 3)))
            hierarchy(&section)
            if !framework.profiles.isEmpty {
                section.element("h3", ["id": "method-profiles"], text: context.s(.profilesHeading))
                profiles(&section)
            }
            if !framework.scales.isEmpty {
                section.element("h3", ["id": "method-scales"], text: context.s(.scalesHeading))
                scales(&section)
            }
            section.element("h3", ["id": "method-rules"], text: context.s(.rulesMethodHeading))
            rules(&section)
            if !framework.bands.isEmpty {
                section.element("h3", ["id": "method-bands"], text: context.s(.bandsHeading))
                bands(&section)
            }
            section.element("h3", ["id": "method-ranking"], text: context.s(.rankingHeading))
            ranking(&section)
            section.element("h3", ["id": "method-policies"], text: context.s(.policiesHeading))
            section.element("ul", ["class": "items"]) { list in
                list.element("li", text: context.s(framework.missingAnswers == .zero ? .missingAnswersZero : .missingAnswersExclude))
                list.element("li", text: context.s(.notApplicablePolicy))
                list.element("li", text: context.s(.evidencePolicy))
                list.element("li", text: context.s(.aggregationPolicy, context.precisionStep))
            }
        }
    }

    // MARK: Hierarchy

    private func hierarchy(_ page: inout HTMLBuilder) {
        // Written weights, normalised among siblings, and each node's share of the total.
        let share = framework.writtenShares
        page.wideTable(["class": "compact method"], caption: "hierarchy-caption") { table in
            table.element("caption", ["class": "sr", "id": "hierarchy-caption"], text: context.s(.hierarchyHeading))
            table.headerRow { row in
                row.columnHeader(context.s(.columnNode))
                row.columnHeader(context.s(framework.weighting == .relative ? .columnWeight : .columnPoints), numeric: true)
                row.columnHeader(context.s(.columnShare), numeric: true)
                row.columnHeader(context.s(.columnScoring))
            }
            table.element("tbody") { body in
                for index in framework.nodes.indices.dropFirst() {
                    let node = framework.nodes[index]
                    let parent = node.parent ?? 0
                    let siblings = framework.nodes[parent].children.reduce(0.0) { $0 + framework.nodes[$1].weight }
                    body.element("tr", ["class": node.depth == 1 ? "top" : nil]) { row in
                        row.element("th", ["scope": "row", "class": "d\(min(node.depth, 6))"]) { cell in
                            cell.nodeTitle(index, in: context)
                            cell.element("span", ["class": "note"], text: " · " + context.s(levelName(node)))
                        }
                        if framework.weighting == .relative {
                            row.numberCell(context.percent(siblings > 0 ? node.weight / siblings : 0))
                        } else {
                            row.numberCell(context.numbers.shortest(node.weight, places: 3))
                        }
                        row.numberCell(context.percent(share[index]))
                        row.element("td") { scoring(&$0, index) }
                    }
                }
            }
        }
    }

    private func levelName(_ node: Node) -> HTMLPhrase {
        switch node.level {
        case .framework: .levelFramework
        case .area: .levelArea
        case .criterion: .levelCriterion
        case .indicator: .levelIndicator
        }
    }

    private func scoring(_ page: inout HTMLBuilder, _ index: Int) {
        let node = framework.nodes[index]
        var lines: [(inout HTMLBuilder) -> Void] = []
        if let indicator = node.indicator {
            lines.append { $0.text(kindText(indicator.kind)) }
            if case let .derived(expression, _, _) = indicator.kind {
                lines.append { line in
                    line.text(context.s(.derivedFrom) + " ")
                    line.element("code", ["dir": "ltr"], text: expression.source)
                }
            }
            switch indicator.evidence.policy {
            case .none: break
            case .optional: lines.append { $0.text(context.s(.evidenceOptional)) }
            case .required:
                let effect: String = switch indicator.evidence.whenMissing {
                case .zero: context.s(.evidenceRequiredZero)
                case let .cap(cap): context.s(.evidenceRequiredCap, context.percent(cap))
                }
                lines.append { $0.text(effect) }
            }
            if indicator.allowsNotApplicable { lines.append { $0.text(context.s(.mayBeNotApplicable)) } }
        }
        if let condition = node.applicableWhen {
            lines.append { line in
                line.text(context.s(.applicableWhen) + " ")
                line.element("code", ["dir": "ltr"], text: condition.source)
            }
        }
        for (position, line) in lines.enumerated() {
            if position > 0 { page.void("br") }
            line(&page)
        }
    }

    private func kindText(_ kind: IndicatorKind) -> String {
        let numbers = context.numbers
        switch kind {
        case let .yesNo(yes, no):
            return context.s(.kindYesNo, context.percent(yes), context.percent(no))
        case let .ordinal(scale):
            let title = context.text(framework.scales[scale].title)
            return context.s(.kindOrdinal, title.isEmpty ? framework.scales[scale].id : title)
        case let .number(scoring, bounds, unit):
            var text = context.s(.kindNumber) + context.s(.labelSeparator) + scoringText(scoring, unit: unit.map(context.text))
            if bounds.min != nil || bounds.max != nil {
                let low = bounds.min.map { numbers.shortest($0, places: 3) } ?? "−∞"
                let high = bounds.max.map { numbers.shortest($0, places: 3) } ?? "∞"
                text += context.s(.listSeparator) + context.s(.kindBounds, low, high)
            }
            return text
        case let .percentage(scoring):
            return context.s(.kindPercentage) + context.s(.labelSeparator) + scoringText(scoring, unit: "%")
        case let .checklist(options, cap):
            let labels = options.map { option in
                let label = context.text(option.label)
                return context.s(.optionPoints, label.isEmpty ? option.id : label, numbers.shortest(option.points, places: 3))
            }
            return context.s(.kindChecklist, numbers.shortest(cap, places: 3)) + context.s(.labelSeparator)
                + labels.joined(separator: context.s(.listSeparator))
        case let .derived(_, scoring, unit):
            return context.s(.kindDerived) + context.s(.labelSeparator) + scoringText(scoring, unit: unit.map(context.text))
        case let .radar(attributes):
            return context.s(.kindRadar, attributes.attributes.joined(separator: context.s(.listSeparator)), numbers.integer(Int(RadarAnswer.tolerance)))
        case let .resultsSeries(floor, target):
            return context.s(.kindResultsSeries, numbers.shortest(floor, places: 3), numbers.shortest(target, places: 3))
        }
    }

    private func scoringText(_ scoring: NumberScoring, unit: String?) -> String {
        let numbers = context.numbers
        func value(_ number: Double) -> String {
            let text = numbers.shortest(number, places: 3)
            guard let unit else { return text }
            return unit == "%" ? text + numbers.digits.percentSign : text + " " + unit
        }
        switch scoring {
        case let .ramp(floor, target):
            return context.s(.scoringRamp, value(floor), value(target))
        case let .thresholds(thresholds, direction):
            let sign = direction == .higherIsBetter ? "≥" : "≤"
            let steps = thresholds.map { context.s(.scoringThreshold, sign, value($0.at), context.percent($0.score)) }
            return context.s(.scoringThresholds) + " " + steps.joined(separator: context.s(.listSeparator))
        }
    }

    // MARK: Profiles

    private func profiles(_ page: inout HTMLBuilder) {
        page.element("ul", ["class": "items"]) { list in
            for profile in framework.profiles {
                list.element("li") { item in
                    item.element("strong") { $0.localized(profile.title, fallback: profile.id, in: context) }
                    if !profile.agencyKinds.isEmpty {
                        item.text(context.s(.labelSeparator) + context.s(.profileKinds, profile.agencyKinds.joined(separator: context.s(.listSeparator))))
                    }
                    let excluded = profile.excluded.sorted().map(context.title)
                    if !excluded.isEmpty {
                        item.element("span", ["class": "block"], text: context.s(.profileExcludes, excluded.joined(separator: context.s(.listSeparator))))
                    }
                    let weights = profile.weights.keys.sorted().map { node in
                        context.s(.profileWeight, context.title(node), context.numbers.shortest(profile.weights[node]!, places: 3))
                    }
                    if !weights.isEmpty {
                        item.element("span", ["class": "block"], text: context.s(.profileWeights, weights.joined(separator: context.s(.listSeparator))))
                    }
                }
            }
        }
    }

    // MARK: Scales

    private func scales(_ page: inout HTMLBuilder) {
        for scale in framework.scales {
            page.element("table", ["class": "compact"]) { table in
                table.element("caption") { $0.localized(scale.title, fallback: scale.id, in: context) }
                table.headerRow { row in
                    row.columnHeader(context.s(.columnLevel))
                    row.columnHeader(context.s(.columnScore), numeric: true)
                    row.columnHeader(context.s(.columnDescriptor))
                }
                table.element("tbody") { body in
                    for level in scale.levels {
                        body.element("tr") { row in
                            row.element("th", ["scope": "row"]) { $0.localized(level.label, fallback: level.id, in: context) }
                            row.numberCell(context.percent(level.score))
                            row.element("td") { $0.localized(level.descriptor, fallback: "—", in: context) }
                        }
                    }
                }
            }
        }
    }

    // MARK: Rules

    private func rules(_ page: inout HTMLBuilder) {
        guard !framework.rules.isEmpty else {
            page.element("p", text: context.s(.rulesMethodNone))
            return
        }
        page.element("ol", ["class": "items"]) { list in
            for rule in framework.rules {
                list.element("li") { item in
                    let target = rule.target == 0 ? context.s(.theTotal) : context.s(.quoted, context.title(rule.target))
                    let condition: (inout HTMLBuilder) -> Void = { $0.element("code", ["dir": "ltr"], text: rule.condition.source) }
                    switch rule.effect {
                    case let .cap(value): item.template(.ruleCap, in: context, target, context.percent(value), first: condition)
                    case let .bonus(value): item.template(.ruleBonus, in: context, target, context.percent(value), first: condition)
                    case let .penalty(value): item.template(.rulePenalty, in: context, target, context.percent(value), first: condition)
                    case .ineligible: item.template(.ruleIneligible, in: context, first: condition)
                    case .flag: item.template(.ruleFlag, in: context, first: condition)
                    }
                    if !rule.message.isEmpty {
                        item.element("span", ["class": "block note"]) { note in
                            note.text(context.s(.ruleMessage) + " ")
                            note.localized(rule.message, fallback: "", in: context)
                        }
                    }
                }
            }
        }
    }

    // MARK: Bands and ranking

    private func bands(_ page: inout HTMLBuilder) {
        let places = framework.precision
        page.element("table", ["class": "compact"]) { table in
            table.element("caption", ["class": "sr"], text: context.s(.bandsHeading))
            table.headerRow { row in
                row.columnHeader(context.s(.columnBand))
                row.columnHeader(context.s(.columnRange), numeric: true)
                row.columnHeader(context.s(.columnDescription))
            }
            table.element("tbody") { body in
                for (position, band) in framework.bands.enumerated() {
                    let low = context.numbers.fixed(band.minimum, places: places)
                    let range = position == 0
                        ? context.s(.bandTop, low, context.numbers.fixed(framework.scaleMax, places: places))
                        : context.s(.bandRange, low, context.numbers.fixed(framework.bands[position - 1].minimum, places: places))
                    body.element("tr") { row in
                        row.element("th", ["scope": "row"]) { cell in
                            cell.element("span", ["class": "band b\(position % HTMLColours.bands.count)"]) {
                                $0.localized(band.label, fallback: band.id, in: context)
                            }
                        }
                        row.numberCell(range)
                        row.element("td") { $0.localized(band.description, fallback: "—", in: context) }
                    }
                }
            }
        }
    }

    private func ranking(_ page: inout HTMLBuilder) {
        page.element("p", text: context.s(.rankingIntro, context.precisionStep))
        guard !framework.tieBreaks.isEmpty else {
            page.element("p", text: context.s(.tieBreaksNone))
            return
        }
        page.element("ol", ["class": "items"]) { list in
            for node in framework.tieBreaks {
                list.element("li", text: context.s(.tieBreakRule, node == 0 ? context.s(.theTotal) : context.s(.quoted, context.title(node))))
            }
        }
    }
}
