import TamayuzCore
import TamayuzFormats

/// Builds criteria and assessments from XML written in the tests, through the real loaders.
public enum Fixtures {
    public static func framework(_ body: String, attributes: String = "", file: String = "criteria.xml") throws -> Framework {
        let xml = criteriaDocument(body, attributes: attributes)
        return try CriteriaLoader.load(bytes: Array(xml.utf8), fileName: file).0
    }

    /// Criteria errors (the test expects loading to fail).
    public static func criteriaErrors(_ body: String, attributes: String = "") -> [Diagnostic] {
        let xml = criteriaDocument(body, attributes: attributes)
        do {
            _ = try CriteriaLoader.load(bytes: Array(xml.utf8), fileName: "criteria.xml")
            return []
        } catch {
            return error.errors
        }
    }

    /// An assessment of `agency` by `assessor`; `names` are the agency's name elements (its id
    /// in English unless given).
    public static func assessment(
        _ answers: String, framework: Framework, agency: String = "a1", kind: String? = nil,
        assessor: String = #"<assessor role="self"/>"#, file: String = "a.xml", extra: String = "", names: String? = nil
    ) throws -> Assessment {
        let xml = """
            <assessment xmlns="urn:tamayuz:assessment:1" framework="\(framework.id)" framework-version="\(framework.version)" \(extra)>
              <agency id="\(agency)"\(kind.map { " kind=\"\($0)\"" } ?? "")>\(names ?? "<name xml:lang=\"en\">\(agency)</name>")</agency>
              \(assessor)
            \(answers)
            </assessment>
            """
        return try AssessmentLoader.load(bytes: Array(xml.utf8), fileName: file, framework: framework).0
    }

    public static func assessmentErrors(_ answers: String, framework: Framework, extra: String = "", header: String? = nil) -> [Diagnostic] {
        let xml = header ?? """
            <assessment xmlns="urn:tamayuz:assessment:1" framework="\(framework.id)" framework-version="\(framework.version)" \(extra)>
              <agency id="a1"><name xml:lang="en">A</name></agency>
              <assessor role="self"/>
            \(answers)
            </assessment>
            """
        do {
            _ = try AssessmentLoader.load(bytes: Array(xml.utf8), fileName: "a.xml", framework: framework)
            return []
        } catch {
            return error.errors
        }
    }

    public static func score(_ framework: Framework, _ answers: String, profile: String? = nil, kind: String? = nil) throws -> ScoreCard {
        let scorer = Scorer(framework: framework)
        let assessment = try assessment(answers, framework: framework, kind: kind)
        return try scorer.score(assessment, profile: try scorer.profile(requested: profile, for: assessment))
    }

    /// A yes/no indicator.
    public static func yesNo(_ id: String, weight: Double = 1, extra: String = "") -> String {
        indicator(id, "weight=\"\(weight)\" \(extra)")
    }

    public static let maturityScale = """
        <scales><scale id="maturity"><title xml:lang="en">Maturity</title><title xml:lang="ar">النضج</title>
          <level id="informational" score="0.25"><label xml:lang="en">Informational</label><label xml:lang="ar">معلوماتي</label></level>
          <level id="interactive" score="0.5"><label xml:lang="en">Interactive</label><label xml:lang="ar">تفاعلي</label></level>
          <level id="transactional" score="0.75"><label xml:lang="en">Transactional</label><label xml:lang="ar">إجرائي</label></level>
          <level id="integrated" score="1"><label xml:lang="en">Integrated</label><label xml:lang="ar">تكاملي</label></level>
        </scale></scales>
        """
}

extension ScoreCard {
    /// The score of a node by id.
    public func score(_ id: String, in framework: Framework) -> Double {
        nodes[framework.nodeIndex[id]!].score
    }

    public func status(_ id: String, in framework: Framework) -> NodeScore.Status {
        nodes[framework.nodeIndex[id]!].status
    }
}

/// Equal within 1e-9 (hand-worked fractions such as 2/3).
public func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance
}

extension Framework {
    /// The same framework with the conditions of some rules (by index) replaced: a framework
    /// built by hand, with rules the loader would refuse.
    public func replacingConditions(_ conditions: [Int: CompiledExpression]) -> Framework {
        let rules = rules.enumerated().map { index, rule in
            conditions[index].map {
                Rule(id: rule.id, effect: rule.effect, target: rule.target, condition: $0, message: rule.message, location: rule.location)
            } ?? rule
        }
        return Framework(
            id: id, version: version, cycle: cycle, title: title, description: description,
            scaleMax: scaleMax, precision: precision, weighting: weighting, missingAnswers: missingAnswers,
            scales: scales, nodes: nodes, rules: rules, profiles: profiles, bands: bands,
            tieBreaks: tieBreaks, location: location)
    }
}
