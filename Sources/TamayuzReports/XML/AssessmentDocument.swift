import TamayuzCore

/// Writes an assessment as the canonical assessment XML (`tamayuz convert` from a workbook):
/// the details, then one `<answer>` per answered indicator in the framework's order, values
/// written as the format asks (levels and options by id, numbers in plain decimals that read back
/// to the same number). Loading what it writes gives the same assessment; justifications and
/// comments are written without a language (the model keeps their text, not their tags).
public enum AssessmentDocument {
    public static func render(_ assessment: Assessment, framework: Framework) -> String {
        let escape = AssessmentTemplate.escape
        var root = "framework=\"\(escape(assessment.frameworkID))\" framework-version=\"\(escape(assessment.frameworkVersion))\""
        if let cycle = assessment.cycle { root += " cycle=\"\(escape(cycle))\"" }
        if let profile = assessment.profileID { root += " profile=\"\(escape(profile))\"" }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessment xmlns=\"\(AssessmentTemplate.namespace)\" \(root)>\n"
        let agency = assessment.agency
        out += "  <agency id=\"\(escape(agency.id))\"" + (agency.kind.map { " kind=\"\(escape($0))\"" } ?? "") + ">\n"
        out += names(agency.name.isEmpty ? LocalizedText([("", agency.id)]) : agency.name)
        out += "  </agency>\n"
        let assessor = assessment.assessor
        var attributes = "role=\"\(assessor.role.rawValue)\""
        if assessor.role == .evaluator {
            attributes += " id=\"\(escape(assessor.id))\""
            if !assessor.affiliations.isEmpty { attributes += " affiliation=\"\(escape(assessor.affiliations.joined(separator: " ")))\"" }
        }
        out += assessor.name.isEmpty ? "  <assessor \(attributes)/>\n" : "  <assessor \(attributes)>\n" + names(assessor.name) + "  </assessor>\n"
        for index in framework.indicators {
            guard let answer = assessment.answers[index], let indicator = framework.nodes[index].indicator else { continue }
            out += self.answer(answer, id: framework.nodes[index].id, indicator: indicator, scales: framework.scales)
        }
        return out + "</assessment>\n"
    }

    private static func answer(_ answer: Answer, id: String, indicator: Indicator, scales: [Scale]) -> String {
        let escape = AssessmentTemplate.escape
        var open = "  <answer indicator=\"\(escape(id))\""
        if let value = text(of: answer.value, indicator: indicator, scales: scales) {
            open += " value=\"\(escape(value))\""
        } else {
            open += " not-applicable=\"true\""
        }
        var body = ""
        if let justification = answer.justification { body += "    <justification>\(escape(justification))</justification>\n" }
        for item in answer.evidence {
            body += "    <evidence title=\"\(escape(item.title))\"" + (item.reference.map { " ref=\"\(escape($0))\"" } ?? "")
                + (item.note.map { " note=\"\(escape($0))\"" } ?? "") + "/>\n"
        }
        if let comment = answer.comment { body += "    <comment>\(escape(comment))</comment>\n" }
        return body.isEmpty ? open + "/>\n" : open + ">\n" + body + "  </answer>\n"
    }

    /// The value as the `value` attribute writes it; nil for not applicable.
    static func text(of value: AnswerValue, indicator: Indicator, scales: [Scale]) -> String? {
        switch (value, indicator.kind) {
        case (.notApplicable, _): return nil
        case let (.yesNo(yes), _): return yes ? "yes" : "no"
        case let (.level(level), .ordinal(scale)): return scales[scale].levels[level].id
        case let (.number(number), _): return NumberStyle.plain.exact(number)
        case let (.options(ticked), .checklist(options, _)): return ticked.isEmpty ? "none" : ticked.map { options[$0].id }.joined(separator: " ")
        case let (.radar(answer), .radar(attributes)): return AnswerWording.radarToken(answer, attributes: attributes)
        case let (.series(series), _): return AnswerWording.seriesToken(series)
        default: return ""
        }
    }

    private static func names(_ text: LocalizedText) -> String {
        text.entries.map { entry in
            let language = entry.language.isEmpty ? "" : " xml:lang=\"\(AssessmentTemplate.escape(entry.language))\""
            return "    <name\(language)>\(AssessmentTemplate.escape(entry.text))</name>\n"
        }.joined()
    }
}
