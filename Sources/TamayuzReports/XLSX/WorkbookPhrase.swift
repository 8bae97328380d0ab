/// The words of the assessment workbook (`tamayuz template --format xlsx`, `tamayuz convert`):
/// its column headings, instructions and the messages its answer cells show.
///
/// Each language's texts are in their own file (`WorkbookPhrase+English.swift`,
/// `WorkbookPhrase+Arabic.swift`), exhaustive switches both.
public enum WorkbookPhrase: String, Phrase {
    case columnKey, columnTitle, columnGuidance, columnAnswerAs, columnAnswer, columnNotApplicable
    case columnJustification, columnEvidenceTitle, columnEvidenceReference, columnEvidenceNote, columnComment
    case yes, no
    case answerYesNo, answerLevel, answerNumber, unit, atLeast, atMost, answerPercentage, answerChecklist, answerRadar, answerSeries
    case option, computed, evidenceOptional, evidenceRequired, notApplicableAllowed
    case title, framework, agency, evaluator, selfAssessment, what, howAnswer, howNotApplicable, howEvidence
    case howComment, check, evidenceHeading, pickFromList, typeNumber
}
