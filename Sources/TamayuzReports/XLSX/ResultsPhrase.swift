/// The words of the results workbook (`tamayuz report --format xlsx`, `tamayuz score --format
/// xlsx`): its sheet names and column headings.
///
/// Each language's texts are in their own file (`ResultsPhrase+English.swift`,
/// `ResultsPhrase+Arabic.swift`), exhaustive switches both.
public enum ResultsPhrase: String, Phrase {
    case sheetRanking, sheetIndicators, sheetEvaluators, sheetAgreement, sheetDisagreements, sheetPlan
    case rank, agencyID, agency, total, band, rankChange, new, eligible, yes, no, reason, completeness
    case indicator, title, area, score, status, answer
    case assessor, role, selfAssessment, evaluator, combined
    case scope, overall, alphaInterval, alphaOrdinal, pairableUnits
    case spread
    case step, change, effort, quickWin, gain, totalAfter, bandReached
}
