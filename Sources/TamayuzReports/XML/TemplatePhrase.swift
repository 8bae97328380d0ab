/// The words of the blank assessment (`tamayuz template`): the comments that tell an agency or
/// an evaluator how to fill it in.
///
/// Each language's texts are in their own file (`TemplatePhrase+English.swift`,
/// `TemplatePhrase+Arabic.swift`); both are exhaustive switches, so a phrase without a
/// translation does not compile.
public enum TemplatePhrase: String, Phrase {
    case heading, fillIn, check, affiliation, consensusTeam, siteVisitTeam, appliesWhen
    case answerYesNo, answerLevels, answerNumber, atLeast, atMost, answerPercentage, answerChecklist, answerRadar, answerSeries, computed
    case guidance, evidenceOptional, evidenceRequired, effectZero, effectCap, notApplicableAllowed
}
