import Foundation
import TamayuzCore

/// Writes a blank assessment for an agency to fill in: every indicator that applies under the
/// profile, with its allowed values, level descriptors, guidance and evidence asked for as XML
/// comments in the chosen language. Filled in, it validates and scores like any assessment.
public enum AssessmentTemplate {
    public struct Request: Sendable {
        public var agencyID: String
        public var agencyKind: String?
        public var agencyName: String?
        /// nil: a self-assessment; else the evaluator's id.
        public var evaluatorID: String?
        public var language: String
        public var profile: Profile?

        public init(agencyID: String, agencyKind: String? = nil, agencyName: String? = nil, evaluatorID: String? = nil, language: String = "en", profile: Profile? = nil) {
            self.agencyID = agencyID
            self.agencyKind = agencyKind
            self.agencyName = agencyName
            self.evaluatorID = evaluatorID
            self.language = language
            self.profile = profile
        }
    }

    public static func render(_ framework: Framework, _ request: Request) -> String {
        let ar = request.language == "ar"
        let lang = request.language
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += comment(0, [
            (ar ? "نموذج تقييم تميّز: " : "Tamayuz assessment template: ") + framework.title.text(lang) + " (\(framework.id) \(framework.version))",
            ar ? "املأ القيمة value لكل مؤشر، وأرفق الشواهد المطلوبة، واحذف الإجابات التي لا تعرفها (تُحسب ناقصة)."
                : "Fill in value=\"…\" for each indicator, cite the evidence asked for, and delete answers you cannot give (they count as missing).",
            ar ? "للتحقق: الأمر tamayuz validate مع خيار criteria وملف المعايير ثم هذا الملف." : "Check it with the command tamayuz validate, giving the criteria file with its criteria option, then this file.",
        ])
        var rootAttributes = "framework=\"\(escape(framework.id))\" framework-version=\"\(escape(framework.version))\""
        if let cycle = framework.cycle { rootAttributes += " cycle=\"\(escape(cycle))\"" }
        if let profile = request.profile { rootAttributes += " profile=\"\(escape(profile.id))\"" }
        out += "<assessment xmlns=\"\(TamayuzSchemas.assessmentNamespace)\" \(rootAttributes)>\n"
        out += "  <agency id=\"\(escape(request.agencyID))\"" + (request.agencyKind.map { " kind=\"\(escape($0))\"" } ?? "") + ">\n"
        out += "    <name xml:lang=\"\(escape(lang))\">\(escape(request.agencyName ?? request.agencyID))</name>\n"
        out += "  </agency>\n"
        if let evaluator = request.evaluatorID {
            out += comment(2, [ar ? "اذكر في affiliation معرّفات الجهات التي تنتمي إليها (تعارض المصالح)." : "List in affiliation the ids of agencies you are affiliated with (conflict of interest)."])
            out += "  <assessor role=\"evaluator\" id=\"\(escape(evaluator))\" affiliation=\"\"/>\n"
        } else {
            out += "  <assessor role=\"self\"/>\n"
        }
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
                    out += comment(2, [(ar ? "ينطبق فقط عندما: " : "Applies only when: ") + condition.source])
                }
                continue
            }
            out += describe(node, indicator, framework: framework, language: lang)
            guard indicator.kind.isAnswered else { continue }
            out += "  <answer indicator=\"\(escape(node.id))\" value=\"\">\n"
            if indicator.evidence.policy != .none {
                out += "    <evidence title=\"\" ref=\"\"/>\n"
            }
            out += "  </answer>\n"
        }
        out += "</assessment>\n"
        return out
    }

    private static func describe(_ node: Node, _ indicator: Indicator, framework: Framework, language lang: String) -> String {
        let ar = lang == "ar"
        var lines = ["\(node.id) — \(node.title.text(lang))"]
        switch indicator.kind {
        case .yesNo:
            lines.append(ar ? "الإجابة: value=\"yes\" (نعم) أو value=\"no\" (لا)" : "Answer: value=\"yes\" or value=\"no\"")
        case let .ordinal(scale):
            lines.append(ar ? "الإجابة: أحد المستويات التالية:" : "Answer: one of these levels:")
            for level in framework.scales[scale].levels {
                var line = "  \(level.id) — \(level.label.text(lang))"
                let descriptor = level.descriptor.text(lang)
                if !descriptor.isEmpty { line += ": \(descriptor)" }
                lines.append(line)
            }
        case let .number(_, bounds, unit):
            var line = ar ? "الإجابة: رقم" : "Answer: a number"
            if let unit { line += " (\(unit))" }
            if let low = bounds.min { line += ar ? "، لا يقل عن \(format(low))" : ", at least \(format(low))" }
            if let high = bounds.max { line += ar ? "، لا يزيد على \(format(high))" : ", at most \(format(high))" }
            lines.append(line)
        case .percentage:
            lines.append(ar ? "الإجابة: نسبة مئوية من 0 إلى 100" : "Answer: a percentage from 0 to 100")
        case let .checklist(options, _):
            lines.append(ar ? "الإجابة: معرّفات الخيارات المتحققة مفصولة بمسافات، أو none إن لم يتحقق أي منها، من:" : "Answer: the ids of the options met, separated by spaces (or none when none is met), from:")
            for option in options { lines.append("  \(option.id) — \(option.label.text(lang)) (\(format(option.points)))") }
        case let .derived(expression, _, _):
            lines.append((ar ? "يُحسب تلقائيًا: " : "Computed, not answered: ") + expression.source)
        }
        let guidance = node.guidance.text(lang)
        if !guidance.isEmpty { lines.append((ar ? "إرشاد: " : "Guidance: ") + guidance) }
        switch indicator.evidence.policy {
        case .none: break
        case .optional:
            lines.append((ar ? "الشواهد: اختيارية. " : "Evidence: optional. ") + indicator.evidence.description.text(lang))
        case .required:
            let effect: String
            switch indicator.evidence.whenMissing {
            case .zero: effect = ar ? "بدونها تكون الدرجة صفرًا" : "without it the indicator scores 0"
            case let .cap(cap): effect = ar ? "بدونها لا تتجاوز الدرجة \(format(cap * 100))٪" : "without it the score is capped at \(format(cap * 100)) %"
            }
            lines.append((ar ? "الشواهد: مطلوبة (\(effect)). " : "Evidence: required (\(effect)). ") + indicator.evidence.description.text(lang))
        }
        if indicator.allowsNotApplicable {
            lines.append(ar ? "يجوز: not-applicable=\"true\" مع <justification> تبيّن السبب (بدل value)." : "Allowed: not-applicable=\"true\" with a <justification> saying why (instead of value).")
        }
        if let condition = node.applicableWhen {
            lines.append((ar ? "ينطبق فقط عندما: " : "Applies only when: ") + condition.source)
        }
        return "\n" + comment(2, lines)
    }

    /// An XML comment; "--" cannot appear inside one, so it is broken up.
    private static func comment(_ indent: Int, _ lines: [String]) -> String {
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
