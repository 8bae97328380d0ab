import TamayuzCore
import TamayuzXML

extension FrameworkBuilder {
    mutating func readScale(_ element: XMLElement) {
        let id = element[attribute: "id"] ?? ""
        if scales.contains(where: { $0.id == id }) {
            sink.error(element.attribute("id")!.valueLocation, "duplicate scale id '\(id)'")
        }
        var levels: [Level] = []
        for levelElement in element.children(named: "level") {
            let levelID = levelElement[attribute: "id"] ?? ""
            if levels.contains(where: { $0.id == levelID }) {
                sink.error(levelElement.attribute("id")!.valueLocation, "scale '\(id)' has two levels with id '\(levelID)'")
            }
            let score = levelElement.number("score", into: &sink) ?? 0
            if let previous = levels.last, score < previous.score {
                sink.warning(levelElement.location, "level '\(levelID)' of scale '\(id)' scores \(format(score)), less than the level before it (\(format(previous.score))): levels are listed lowest first")
            }
            levels.append(Level(
                id: levelID, score: score, label: texts(of: levelElement, "label"),
                descriptor: texts(of: levelElement, "descriptor")))
        }
        scales.append(Scale(id: id, title: texts(of: element, "title"), description: texts(of: element, "description"), levels: levels))
    }

    mutating func readIndicator(_ element: XMLElement, node: Int) -> Indicator {
        var kind = IndicatorKind.yesNo(yesScore: 1, noScore: 0)
        for child in element.children {
            switch child.name {
            case "yes-no":
                kind = .yesNo(yesScore: child.number("yes-score", into: &sink) ?? 1, noScore: child.number("no-score", into: &sink) ?? 0)
            case "ordinal":
                let scaleID = child[attribute: "scale"] ?? ""
                if let scale = scales.firstIndex(where: { $0.id == scaleID }) {
                    kind = .ordinal(scale: scale)
                } else {
                    sink.error(child.attribute("scale")!.valueLocation, "unknown scale '\(scaleID)'" + known(scales.map(\.id)))
                }
            case "number":
                kind = readNumber(child)
            case "percentage":
                kind = .percentage(readScoring(child, defaultRange: (0, 100)))
            case "checklist":
                kind = readChecklist(child)
            case "radar-enabler", "radar-results", "results-series":
                kind = readRadarKind(child)
            case "derived":
                if let expression = child.attribute("expression") {
                    pendingDerived.append((node, expression))
                }
                // The expression is compiled once every indicator is known.
                let placeholder = CompiledExpression(source: "", expression: .number(0, span: SourceSpan(start: 0, end: 0)), location: child.sourceLocation)
                kind = .derived(placeholder, readScoring(child, defaultRange: nil), unit: readUnit(child))
            default:
                continue
            }
        }
        var evidence = EvidenceRequirement.none
        if let evidenceElement = element.firstChild(named: "evidence") {
            let policy = EvidenceRequirement.Policy(rawValue: evidenceElement[attribute: "policy"] ?? "none") ?? .none
            var effect = EvidenceRequirement.Effect.zero
            let cap = evidenceElement.number("cap", into: &sink)
            if evidenceElement[attribute: "when-missing"] == "cap" {
                if let cap { effect = .cap(cap) } else {
                    sink.error(evidenceElement.location, "when-missing=\"cap\" needs a 'cap' (the highest score without the evidence)")
                }
            } else if cap != nil {
                sink.warning(evidenceElement.attribute("cap")!.location, "'cap' has no effect unless when-missing=\"cap\"")
            }
            if policy != .required, evidenceElement.attribute("when-missing") != nil {
                sink.warning(evidenceElement.attribute("when-missing")!.location, "'when-missing' applies only to policy=\"required\"")
            }
            if case .derived = kind, policy == .required {
                sink.error(evidenceElement.location, "a derived indicator is computed, not answered: it cannot require evidence")
            }
            evidence = EvidenceRequirement(policy: policy, whenMissing: effect, description: texts(of: evidenceElement, "description"))
        }
        let allowsNA = element[attribute: "not-applicable"] == "allowed"
        if allowsNA, case .derived = kind {
            sink.error(element.attribute("not-applicable")!.location, "a derived indicator is computed, not answered: it cannot be answered \"not applicable\"")
        }
        return Indicator(kind: kind, evidence: evidence, allowsNotApplicable: allowsNA)
    }

    private mutating func readScoring(_ element: XMLElement, defaultRange: (Double, Double)?) -> NumberScoring {
        let direction = Direction(rawValue: element[attribute: "direction"] ?? "higher-is-better") ?? .higherIsBetter
        if let ramp = element.firstChild(named: "ramp") {
            let floor = ramp.number("floor", into: &sink) ?? 0
            let target = ramp.number("target", into: &sink) ?? 1
            if floor == target {
                sink.error(ramp.location, "the ramp's floor and target are both \(format(floor)): they must differ")
            } else if (target < floor) != (direction == .lowerIsBetter) {
                sink.error(ramp.location, direction == .lowerIsBetter
                    ? "lower-is-better needs the target (\(format(target))) below the floor (\(format(floor)))"
                    : "higher-is-better needs the target (\(format(target))) above the floor (\(format(floor))); for lower-is-better set direction=\"lower-is-better\"")
            }
            return .ramp(floor: floor, target: target)
        }
        let thresholdElements = element.children(named: "threshold")
        if thresholdElements.isEmpty {
            let (low, high) = defaultRange ?? (0, 1)
            return direction == .lowerIsBetter ? .ramp(floor: high, target: low) : .ramp(floor: low, target: high)
        }
        var thresholds: [Threshold] = []
        for thresholdElement in thresholdElements {
            let at = thresholdElement.number("at", into: &sink) ?? 0
            if thresholds.contains(where: { $0.at == at }) {
                sink.error(thresholdElement.attribute("at")!.valueLocation, "two thresholds at \(format(at))")
            }
            thresholds.append(Threshold(at: at, score: thresholdElement.number("score", into: &sink) ?? 0))
        }
        let ordered = thresholds.sorted { $0.at < $1.at }
        let scores = ordered.map(\.score)
        let monotone = direction == .higherIsBetter ? zip(scores, scores.dropFirst()).allSatisfy { $0 <= $1 }
            : zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }
        if !monotone {
            sink.warning(element.location, "the thresholds' scores do not \(direction == .higherIsBetter ? "rise" : "fall") with the value (\(direction.rawValue))")
        }
        return .thresholds(thresholds, direction)
    }

    private mutating func readChecklist(_ element: XMLElement) -> IndicatorKind {
        var options: [ChecklistOption] = []
        for optionElement in element.children(named: "option") {
            let id = optionElement[attribute: "id"] ?? ""
            if options.contains(where: { $0.id == id }) {
                sink.error(optionElement.attribute("id")!.valueLocation, "two options with id '\(id)'")
            }
            if id == "none" {
                sink.error(optionElement.attribute("id")!.valueLocation, "'none' is reserved: it is how an assessment says that no option is met")
            }
            options.append(ChecklistOption(id: id, points: optionElement.number("points", into: &sink) ?? 0, label: texts(of: optionElement, "label")))
        }
        let total = options.reduce(0) { $0 + $1.points }
        let cap = element.number("cap", into: &sink) ?? total
        if cap <= 0 {
            sink.error(element.attribute("cap")?.valueLocation ?? element.location, "the checklist's cap must be above zero (its options' points add up to \(format(total)))")
        } else if cap > total {
            sink.warning(element.attribute("cap")?.valueLocation ?? element.location, "the cap (\(format(cap))) is above the options' total points (\(format(total))): no answer can score 1")
        }
        return .checklist(options: options, cap: cap)
    }

    private mutating func readNumber(_ element: XMLElement) -> IndicatorKind {
        let bounds = NumberBounds(min: element.number("min", into: &sink), max: element.number("max", into: &sink))
        if let low = bounds.min, let high = bounds.max, low > high {
            sink.error(element.location, "'min' (\(format(low))) is above 'max' (\(format(high)))")
        }
        return .number(readScoring(element, defaultRange: nil), bounds: bounds, unit: readUnit(element))
    }

    /// A RADAR item's attribute set, or a results series' level ramp.
    private mutating func readRadarKind(_ element: XMLElement) -> IndicatorKind {
        if element.name == "radar-enabler" { return .radar(.enabler) }
        if element.name == "radar-results" { return .radar(.results) }
        let floor = element.number("floor", into: &sink) ?? 0
        let target = element.number("target", into: &sink) ?? 1
        if floor == target {
            sink.error(element.location, "the results series' floor and target are both \(format(floor)): they must differ")
        }
        return .resultsSeries(floor: floor, target: target)
    }

    /// A number's unit: the `unit` attribute (untagged: every language's fallback), then each
    /// `<unit xml:lang="…">` child; nil when neither is given. A language given twice is an error.
    mutating func readUnit(_ element: XMLElement) -> LocalizedText? {
        var unit = LocalizedText()
        if let plain = element[attribute: "unit"] { unit.add(plain, language: "") }
        var seen: Set<String> = []
        for child in element.children(named: "unit") {
            let language = child.language ?? ""
            guard seen.insert(language).inserted, !(language.isEmpty && element[attribute: "unit"] != nil) else {
                sink.error(child.location, "<unit> is given twice in language '\(language)'")
                continue
            }
            unit.add(child.text.trimmedWhitespace, language: language)
        }
        return unit.isEmpty ? nil : unit
    }
}

func known(_ ids: [String]) -> String {
    ids.isEmpty ? "" : "; known: " + ids.prefix(12).joined(separator: ", ") + (ids.count > 12 ? ", …" : "")
}
