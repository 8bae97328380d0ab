import TamayuzCore
import TamayuzXML

extension FrameworkBuilder {
    mutating func readRules() -> [Rule] {
        guard let rulesElement = root.firstChild(named: "rules") else { return [] }
        let symbols = symbols
        var rules: [Rule] = []
        var ids: Set<String> = []
        for element in rulesElement.children(named: "rule") {
            let id = element[attribute: "id"] ?? ""
            if !ids.insert(id).inserted {
                sink.error(element.attribute("id")!.valueLocation, "duplicate rule id '\(id)'")
            }
            let effectName = element[attribute: "effect"] ?? ""
            let value = element.number("value", into: &sink)
            var target = 0
            if let targetAttribute = element.attribute("target") {
                if let index = nodeIndex[targetAttribute.value] {
                    target = index
                } else {
                    sink.error(targetAttribute.valueLocation, "rule '\(id)' targets unknown node '\(targetAttribute.value)'")
                    continue
                }
            }
            let effect: Rule.Effect
            switch effectName {
            case "cap", "bonus", "penalty":
                guard let value else {
                    sink.error(element.location, "a \(effectName) rule needs a 'value' in [0, 1] (a fraction of the target's score range)")
                    continue
                }
                effect = effectName == "cap" ? .cap(value) : effectName == "bonus" ? .bonus(value) : .penalty(value)
            default:
                effect = effectName == "ineligible" ? .ineligible : .flag
                if let attribute = element.attribute("value") {
                    sink.warning(attribute.location, "'value' has no effect on a\(effectName == "ineligible" ? "n" : "") \(effectName) rule")
                }
                if let attribute = element.attribute("target"), attribute.value != Framework.rootID {
                    sink.warning(attribute.location, "'target' has no effect on a\(effectName == "ineligible" ? "n" : "") \(effectName) rule: it concerns the agency")
                }
            }
            guard let whenAttribute = element.attribute("when"),
                  let condition = compile(whenAttribute, expecting: .boolean, allowScores: true, symbols: symbols)
            else { continue }
            if effect.changesScore, target != 0 {
                // A node's rules run when the node is computed: only its own subtree is known then.
                for reference in condition.expression.scoreReferences.sorted() {
                    guard let referenced = nodeIndex[reference], !isWithin(referenced, target) else { continue }
                    sink.error(whenAttribute.valueLocation, "rule '\(id)' on '\(nodes[target].id)' reads score(\(reference)), which is not inside '\(nodes[target].id)': a node's rules run when the node is computed, before the rest; target the total to compare across areas")
                }
            }
            rules.append(Rule(
                id: id, effect: effect, target: target, condition: condition,
                message: texts(of: element, "message"), location: element.sourceLocation))
        }
        return rules
    }

    mutating func readProfiles() -> [Profile] {
        guard let profilesElement = root.firstChild(named: "profiles") else { return [] }
        var profiles: [Profile] = []
        var kindOwner: [String: String] = [:]
        for element in profilesElement.children(named: "profile") {
            let id = element[attribute: "id"] ?? ""
            if profiles.contains(where: { $0.id == id }) {
                sink.error(element.attribute("id")!.valueLocation, "duplicate profile id '\(id)'")
            }
            let kinds = (element[attribute: "agency-kinds"] ?? "").split(separator: " ").map(String.init)
            for kind in kinds {
                if let owner = kindOwner[kind] {
                    sink.error(element.attribute("agency-kinds")!.valueLocation, "agency kind '\(kind)' already belongs to profile '\(owner)'")
                }
                kindOwner[kind] = id
            }
            var excluded = Set<Int>()
            var weights: [Int: Double] = [:]
            for child in element.children where child.name == "exclude" || child.name == "weight" {
                let nodeID = child[attribute: "node"] ?? ""
                guard let index = nodeIndex[nodeID], index != 0 else {
                    sink.error(child.attribute("node")!.valueLocation, "profile '\(id)' names unknown node '\(nodeID)'")
                    continue
                }
                if child.name == "exclude" {
                    excluded.insert(index)
                } else {
                    weights[index] = child.number("weight", into: &sink) ?? nodes[index].weight
                }
            }
            let profile = Profile(
                id: id, title: texts(of: element, "title"), description: texts(of: element, "description"),
                agencyKinds: kinds, excluded: excluded, weights: weights)
            checkLeavesSomething(profile, at: element)
            profiles.append(profile)
        }
        return profiles
    }

    /// A profile must leave something to score under every node it keeps: excluding (or
    /// weighting to zero) all the children of a node would give a score of nothing.
    private mutating func checkLeavesSomething(_ profile: Profile, at element: XMLElement) {
        var dropped = Set<Int>()
        for index in nodes.indices where profile.excluded.contains(index) || (nodes[index].parent.map(dropped.contains) ?? false) {
            dropped.insert(index)
        }
        for (index, node) in nodes.enumerated() where !node.children.isEmpty && !dropped.contains(index) {
            let left = node.children.filter { !dropped.contains($0) && (profile.weights[$0] ?? nodes[$0].weight) > 0 }
            if left.isEmpty {
                sink.error(element.location, "profile '\(profile.id)' leaves nothing to score under '\(node.id)': it excludes or weighs to zero all of its parts")
            }
        }
    }

    mutating func readBands() -> [Band] {
        guard let bandsElement = root.firstChild(named: "bands") else { return [] }
        var bands: [Band] = []
        let elements = bandsElement.children(named: "band")
        for element in elements {
            let id = element[attribute: "id"] ?? ""
            let minimum = element.number("min", into: &sink) ?? 0
            if bands.contains(where: { $0.id == id }) {
                sink.error(element.attribute("id")!.valueLocation, "duplicate band id '\(id)'")
            }
            if let same = bands.first(where: { $0.minimum == minimum }) {
                sink.error(element.attribute("min")!.valueLocation, "bands '\(same.id)' and '\(id)' overlap: both start at \(format(minimum))")
            }
            if minimum > scaleMax {
                sink.error(element.attribute("min")!.valueLocation, "band '\(id)' starts at \(format(minimum)), above the framework's scale-max \(format(scaleMax))")
            }
            bands.append(Band(id: id, minimum: minimum, label: texts(of: element, "label"), description: texts(of: element, "description")))
        }
        let minimums = bands.map(\.minimum)
        let ascending = zip(minimums, minimums.dropFirst()).allSatisfy { $0 < $1 }
        let descending = zip(minimums, minimums.dropFirst()).allSatisfy { $0 > $1 }
        if !ascending, !descending, Set(minimums).count == minimums.count {
            sink.error(bandsElement.location, "bands are out of order: list them from the highest 'min' down (or from the lowest up)")
        }
        if !bands.isEmpty, !minimums.contains(0) {
            sink.error(bandsElement.location, "no band starts at 0: a total below \(format(minimums.min()!)) would have no band")
        }
        return bands
    }

    mutating func readRanking() -> [Int] {
        guard let ranking = root.firstChild(named: "ranking") else { return [] }
        var tieBreaks: [Int] = []
        for element in ranking.children(named: "tie-break") {
            let nodeID = element[attribute: "node"] ?? ""
            if let index = nodeIndex[nodeID] {
                tieBreaks.append(index)
            } else {
                sink.error(element.attribute("node")!.valueLocation, "tie-break names unknown node '\(nodeID)'")
            }
        }
        return tieBreaks
    }
}
