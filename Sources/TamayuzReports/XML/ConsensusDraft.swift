import TamayuzCore

/// The pre-filled consensus assessment of one agency (`tamayuz consensus --drafts`): role
/// `consensus`, the counted evaluators as its members, and per indicator the evaluators' middle
/// answer, each with an empty `<rationale>` to give when the team moves it. It validates and
/// enters `tamayuz report` as it is.
public enum ConsensusDraft {
    public static func render(_ framework: Framework, _ agenda: ConsensusAgenda, language: Language) -> String {
        let say = Phrasebook(language)
        let escape = AssessmentTemplate.escape
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += AssessmentTemplate.comment(0, [say.text(StagePhrase.draftComment, arguments: [agenda.agency.id])])
        var rootAttributes = "framework=\"\(escape(framework.id))\" framework-version=\"\(escape(framework.version))\""
        if let cycle = framework.cycle { rootAttributes += " cycle=\"\(escape(cycle))\"" }
        out += "<assessment xmlns=\"\(AssessmentTemplate.namespace)\" \(rootAttributes)>\n"
        out += "  <agency id=\"\(escape(agenda.agency.id))\"" + (agenda.agency.kind.map { " kind=\"\(escape($0))\"" } ?? "") + ">\n"
        for language in agenda.agency.name.languages {
            let name = agenda.agency.name.exactly(language) ?? ""
            out += "    <name" + (language.isEmpty ? "" : " xml:lang=\"\(escape(language))\"") + ">\(escape(name))</name>\n"
        }
        out += "  </agency>\n  <assessor role=\"consensus\">\n"
        for evaluator in agenda.evaluators { out += "    <member id=\"\(escape(evaluator.id))\"/>\n" }
        out += "  </assessor>\n"
        for index in framework.indicators {
            guard let indicator = framework.nodes[index].indicator, indicator.kind.isAnswered, let value = agenda.draft.values[index] else { continue }
            let id = escape(framework.nodes[index].id)
            if case .notApplicable = value {
                out += "  <answer indicator=\"\(id)\" not-applicable=\"true\">\n"
                out += "    <justification>\(escape(say.text(StagePhrase.draftNotApplicable)))</justification>\n"
            } else {
                out += "  <answer indicator=\"\(id)\" value=\"\(escape(AnswerWording.token(value, kind: indicator.kind, framework: framework)))\">\n"
            }
            out += "    <rationale></rationale>\n  </answer>\n"
        }
        return out + "</assessment>\n"
    }
}
