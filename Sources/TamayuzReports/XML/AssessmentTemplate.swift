import Foundation
import TamayuzCore

/// Writes a blank assessment for an agency to fill in: every indicator that applies under the
/// profile, with its allowed values, level descriptors, guidance and evidence asked for as XML
/// comments in the chosen language (``TemplatePhrase``). Filled in, it validates and scores like
/// any assessment. A review stage's template (a consensus, a site visit) names its team and asks
/// a `<rationale>` for every answer.
public enum AssessmentTemplate {
    /// The assessment format's namespace (`namespace`, which loads it;
    /// a test checks the two agree).
    public static let namespace = "urn:tamayuz:assessment:1"

    public struct Request: Sendable {
        public var agencyID: String
        public var agencyKind: String?
        public var agencyName: String?
        /// nil: a self-assessment; else the evaluator's id.
        public var evaluatorID: String?
        public var language: Language
        public var profile: Profile?
        /// A review stage (`consensus`, `site-visit`) instead of a self-assessment or evaluation.
        public var stage: Assessor.Role?

        public init(
            agencyID: String, agencyKind: String? = nil, agencyName: String? = nil, evaluatorID: String? = nil, language: Language = .en,
            profile: Profile? = nil, stage: Assessor.Role? = nil
        ) {
            self.agencyID = agencyID
            self.agencyKind = agencyKind
            self.agencyName = agencyName
            self.evaluatorID = evaluatorID
            self.language = language
            self.profile = profile
            self.stage = stage
        }
    }

    public static func render(_ framework: Framework, _ request: Request) -> String {
        let lang = request.language
        let say = Words(phrases: Phrasebook(lang))
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += comment(0, [
            say(.heading, framework.title.text(lang) + " (\(framework.id) \(framework.version))"), say(.fillIn), say(.check),
        ])
        var rootAttributes = "framework=\"\(escape(framework.id))\" framework-version=\"\(escape(framework.version))\""
        if let cycle = framework.cycle { rootAttributes += " cycle=\"\(escape(cycle))\"" }
        if let profile = request.profile { rootAttributes += " profile=\"\(escape(profile.id))\"" }
        out += "<assessment xmlns=\"\(namespace)\" \(rootAttributes)>\n"
        out += "  <agency id=\"\(escape(request.agencyID))\"" + (request.agencyKind.map { " kind=\"\(escape($0))\"" } ?? "") + ">\n"
        out += "    <name xml:lang=\"\(escape(lang.rawValue))\">\(escape(request.agencyName ?? request.agencyID))</name>\n"
        out += "  </agency>\n"
        out += assessor(request, say: say)
        let excluded = request.profile?.excluded ?? []
        var skip = Set<Int>()
        for index in framework.nodes.indices where index > 0 {
            let node = framework.nodes[index]
            if excluded.contains(index) || node.parent.map({ skip.contains($0) }) == true {
                skip.insert(index)
                continue
            }
            guard let indicator = node.indicator else {
                out += "\n" + comment(2, [String(repeating: "=", count: max(1, 6 - node.depth * 2)) + " \(node.id) — \(node.title.text(lang))"])
                if let condition = node.applicableWhen {
                    out += comment(2, [say(.appliesWhen, condition.source)])
                }
                continue
            }
            out += describe(node, indicator, framework: framework, language: lang)
            guard indicator.kind.isAnswered else { continue }
            out += "  <answer indicator=\"\(escape(node.id))\" value=\"\">\n"
            if indicator.evidence.policy != .none {
                out += "    <evidence title=\"\" ref=\"\"/>\n"
            }
            if request.stage != nil { out += "    <rationale></rationale>\n" }
            out += "  </answer>\n"
        }
        out += "</assessment>\n"
        return out
    }

    /// The `<assessor>`: a self-assessment's, an evaluator's with its affiliations to declare, or a
    /// stage's with its team to name.
    private static func assessor(_ request: Request, say: Words) -> String {
        if let stage = request.stage {
            return comment(2, [say(stage == .siteVisit ? .siteVisitTeam : .consensusTeam)])
                + "  <assessor role=\"\(stage.rawValue)\">\n    <member id=\"\"/>\n  </assessor>\n"
        }
        if let evaluator = request.evaluatorID {
            return comment(2, [say(.affiliation)]) + "  <assessor role=\"evaluator\" id=\"\(escape(evaluator))\" affiliation=\"\"/>\n"
        }
        return "  <assessor role=\"self\"/>\n"
    }

    private static func describe(_ node: Node, _ indicator: Indicator, framework: Framework, language lang: Language) -> String {
        let say = Words(phrases: Phrasebook(lang))
        func format(_ value: Double) -> String { NumberStyle.plain.exact(value) }
        var lines = ["\(node.id) — \(node.title.text(lang))"]
        switch indicator.kind {
        case .yesNo:
            lines.append(say(.answerYesNo))
        case let .ordinal(scale):
            lines.append(say(.answerLevels))
            for level in framework.scales[scale].levels {
                var line = "  \(level.id) — \(level.label.text(lang))"
                let descriptor = level.descriptor.text(lang)
                if !descriptor.isEmpty { line += ": \(descriptor)" }
                lines.append(line)
            }
        case let .number(_, bounds, unit):
            var line = say(.answerNumber)
            if let unit { line += " (\(unit.text(lang)))" }
            if let low = bounds.min { line += say(.atLeast, format(low)) }
            if let high = bounds.max { line += say(.atMost, format(high)) }
            lines.append(line)
        case .percentage:
            lines.append(say(.answerPercentage))
        case let .checklist(options, _):
            lines.append(say(.answerChecklist))
            for option in options { lines.append("  \(option.id) — \(option.label.text(lang)) (\(format(option.points)))") }
        case let .derived(expression, _, _):
            lines.append(say(.computed, expression.source))
        case let .radar(attributes):
            lines.append(say(.answerRadar, attributes.attributes.joined(separator: ", ")))
        case .resultsSeries:
            lines.append(say(.answerSeries))
        }
        let guidance = node.guidance.text(lang)
        if !guidance.isEmpty { lines.append(say(.guidance, guidance)) }
        switch indicator.evidence.policy {
        case .none: break
        case .optional:
            lines.append(say(.evidenceOptional, indicator.evidence.description.text(lang)))
        case .required:
            let effect: String
            switch indicator.evidence.whenMissing {
            case .zero: effect = say(.effectZero)
            case let .cap(cap): effect = say(.effectCap, format(cap * 100))
            }
            lines.append(say(.evidenceRequired, effect, indicator.evidence.description.text(lang)))
        }
        if indicator.allowsNotApplicable {
            lines.append(say(.notApplicableAllowed))
        }
        if let condition = node.applicableWhen {
            lines.append(say(.appliesWhen, condition.source))
        }
        return "\n" + comment(2, lines)
    }

    /// The template's phrases in one language, placeholders filled in order.
    private struct Words {
        let phrases: Phrasebook

        func callAsFunction(_ phrase: TemplatePhrase, _ arguments: String...) -> String {
            phrases.text(phrase, arguments: arguments)
        }
    }

    /// An XML comment; "--" cannot appear inside one, so it is broken up.
    static func comment(_ indent: Int, _ lines: [String]) -> String {
        let pad = String(repeating: " ", count: indent)
        let safe = lines.map { $0.replacingDoubleHyphens() }
        if safe.count == 1 { return "\(pad)<!-- \(safe[0]) -->\n" }
        return "\(pad)<!--\n" + safe.map { "\(pad)  \($0)\n" }.joined() + "\(pad)-->\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

extension String {
    func replacingDoubleHyphens() -> String {
        var text = self
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "- -") }
        if text.hasSuffix("-") { text += " " }
        return text
    }
}
