import TamayuzCore
import TamayuzXML

/// Builds a `Framework` from a schema-valid criteria document, collecting every semantic error.
struct FrameworkBuilder {
    let root: XMLElement
    var sink = DiagnosticSink()
    var weighting: Framework.Weighting = .relative
    var scaleMax = 100.0
    var scales: [Scale] = []
    var nodes: [Node] = []
    var nodeIndex: [String: Int] = [:]
    /// Elements of the nodes, aligned with `nodes`, for locating later findings.
    var nodeElements: [XMLElement] = []
    /// Expressions read before every indicator is known; compiled afterwards.
    var pendingApplicability: [(node: Int, attribute: XMLAttribute)] = []
    var pendingDerived: [(node: Int, attribute: XMLAttribute)] = []

    init(root: XMLElement) {
        self.root = root
    }

    mutating func build() -> Framework? {
        guard root.name == "framework", root.namespaceURI == TamayuzSchemas.criteriaNamespace else {
            sink.error(root.location, "not a Tamayuz criteria file: the root element must be <framework xmlns=\"\(TamayuzSchemas.criteriaNamespace)\">")
            return nil
        }
        let id = root[attribute: "id"] ?? ""
        let version = root[attribute: "version"] ?? ""
        scaleMax = root.number("scale-max", into: &sink) ?? 100
        if scaleMax <= 0 { sink.error(root.attribute("scale-max")?.valueLocation ?? root.location, "'scale-max' must be above 0") }
        let precision = Int(root[attribute: "precision"] ?? "1") ?? 1
        weighting = Framework.Weighting(rawValue: root[attribute: "weighting"] ?? "relative") ?? .relative
        let missing = Framework.MissingAnswers(rawValue: root[attribute: "missing-answers"] ?? "zero") ?? .zero
        let title = texts(of: root, "title")
        let description = texts(of: root, "description")

        if let scalesElement = root.firstChild(named: "scales") {
            for element in scalesElement.children(named: "scale") { readScale(element) }
        }

        nodes.append(Node(
            id: Framework.rootID, level: .framework, parent: nil, weight: weighting == .points ? scaleMax : 1,
            title: title, description: description, depth: 0, location: root.sourceLocation))
        nodeElements.append(root)
        nodeIndex[Framework.rootID] = 0
        for area in root.children(named: "area") {
            addNode(area, level: .area, parent: 0, depth: 1)
        }
        checkWeights()
        compileNodeExpressions()

        let rules = readRules()
        let profiles = readProfiles()
        let bands = readBands()
        let tieBreaks = readRanking()
        return Framework(
            id: id, version: version, cycle: root[attribute: "cycle"], title: title, description: description,
            scaleMax: scaleMax, precision: precision, weighting: weighting, missingAnswers: missing,
            scales: scales, nodes: nodes, rules: rules, profiles: profiles, bands: bands,
            tieBreaks: tieBreaks, location: root.sourceLocation)
    }

    // MARK: Hierarchy

    private mutating func addNode(_ element: XMLElement, level: Node.Level, parent: Int, depth: Int) {
        let id = element[attribute: "id"] ?? ""
        let isIndicator = element.name == "indicator"
        let index = nodes.count
        if id == Framework.rootID {
            sink.error(element.attribute("id")!.valueLocation, "the id '\(Framework.rootID)' is reserved for the framework's total")
        } else if let earlier = nodeIndex[id] {
            sink.error(element.attribute("id")!.valueLocation, "duplicate id '\(id)': already used at line \(nodes[earlier].location.line ?? 0)")
        } else {
            nodeIndex[id] = index
        }
        nodes.append(Node(
            id: id, level: isIndicator ? .indicator : level, parent: parent, weight: readWeight(element),
            title: texts(of: element, "title"), description: texts(of: element, "description"),
            guidance: texts(of: element, "guidance"), depth: depth, location: element.sourceLocation))
        nodeElements.append(element)
        nodes[parent].children.append(index)
        if let condition = element.attribute("applicable-when") {
            pendingApplicability.append((index, condition))
        }
        if isIndicator {
            nodes[index].indicator = readIndicator(element, node: index)
        } else {
            for child in element.children where child.name == "criterion" || child.name == "indicator" {
                addNode(child, level: .criterion, parent: index, depth: depth + 1)
            }
        }
    }

    private mutating func readWeight(_ element: XMLElement) -> Double {
        let weight = element.number("weight", into: &sink)
        let points = element.number("points", into: &sink)
        switch weighting {
        case .relative:
            if let attribute = element.attribute("points"), weight == nil {
                sink.error(attribute.location, "'points' is for frameworks with weighting=\"points\"; this one uses relative weights ('weight')")
            }
            return weight ?? 1
        case .points:
            if let attribute = element.attribute("weight") {
                sink.error(attribute.location, "'weight' is for relative weighting; this framework uses weighting=\"points\": give 'points'")
            }
            guard let points else {
                sink.error(element.location, "'\(element[attribute: "id"] ?? "")' has no 'points' (every node needs points in a points framework)")
                return 0
            }
            return points
        }
    }

    /// Relative weights: siblings must not all weigh zero. Points: children add up to their parent.
    private mutating func checkWeights() {
        for (index, node) in nodes.enumerated() where !node.children.isEmpty {
            let sum = node.children.reduce(0.0) { $0 + nodes[$1].weight }
            switch weighting {
            case .relative:
                if sum == 0 {
                    sink.error(nodeElements[index].location, "all the weights under '\(node.id)' are zero: at least one must be above zero")
                }
            case .points:
                if abs(sum - node.weight) > 1e-9 * max(1, node.weight) {
                    let what = index == 0 ? "the areas' points add up to \(format(sum)), not the framework's scale-max \(format(node.weight))"
                        : "the points under '\(node.id)' add up to \(format(sum)), not its \(format(node.weight)) points"
                    sink.error(nodeElements[index].location, what)
                }
            }
        }
    }

    // MARK: Texts

    /// The texts of `name` children; an error for a language given twice, a warning when English
    /// or Arabic is missing (juries read both).
    mutating func texts(of element: XMLElement, _ name: String) -> LocalizedText {
        let text = element.localizedText(name)
        guard !text.isEmpty else { return text }
        var seen: Set<String> = []
        for (position, language) in text.languages.enumerated() where !seen.insert(language).inserted {
            let child = element.children(named: name)[position]
            sink.error(child.location, "<\(name)> is given twice in language '\(language)'")
        }
        for language in ["en", "ar"] where !seen.contains(language) {
            sink.warning(element.children(named: name)[0].location, "<\(name)> has no '\(language)' text")
        }
        return text
    }
}

func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
