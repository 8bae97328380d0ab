/// The words the text, JSON and CSV reports and the `--explain` trace add themselves: column
/// headers, labels, notes and explanation phrases. Criteria texts (titles, band labels, rule
/// messages) come from the criteria file instead.
///
/// Each language's texts are in their own file (`ReportPhrase+English.swift`,
/// `ReportPhrase+Arabic.swift`); both are exhaustive switches, so a phrase without a translation
/// does not compile. A phrase may hold numbered placeholders `{1}`, `{2}`, … that
/// ``Phrasebook`` fills in.
public enum ReportPhrase: String, Phrase {
    // Column headers and labels.
    case rank, agency, name, kind, total, band, change, eligible, completeness, rankRange
    case assessor, profile, areas, area, points, basis
    case selfAssessment, selfAssessmentTitle, evaluator, jury
    case newAgency, ineligible, notApplicable, excludedStatus, missingStatus, none, yes, no
    // Notes under the ranking table.
    case remainingTie, tieBroken, partlyAnswered, exclusion, agreement, agreementOverall, agreementLine
    case agreementUndefined, disagreements, disagreementLine, robustnessNote, flagLine
    case columnsLeftOut, ineligibleAgency
    // The engine's terms.
    case kindYesNo, kindOrdinal, kindNumber, kindPercentage, kindChecklist, kindDerived, kindRadar, kindResultsSeries, seriesTargets
    case radarOverall, radarNone, radarSome, radarGood, radarStrong, radarExcellent
    case effectCapName, effectBonus, effectPenalty, effectIneligible, effectFlag
    case aggregationMean, aggregationMedian, aggregationTrimmedMean, scoringRamp, checklistCap
    // The engine's warnings.
    case warningLine, warningPreviousCriteria, warningNotScored, warningNotScorable, warningSharedName, warningExcludedEvaluator, exclusionAffiliated, warningNothingCounts
    // The evaluators' consistency and calibration.
    case units, alphaInterval, alphaOrdinal, agreementReadingAlpha, agreementReadingICC1, agreementReadingICC3, agreementReadingW
    case calibration, evaluatorColumn, calibrationScores, calibrationCompared, calibrationMean, calibrationMeanAbsolute
    case calibrationFlag, calibrationHarsh, calibrationLenient, calibrationNote
    // Sections of a score block and of the self-assessment.
    case missingEvidence, unanswered, rulesFired, flags, ineligibility
    case improvementPlan, quickWin, planGain, noPlan, evidenceAsked, evidenceAskedNothing
    case selfVsEvaluators, selfScore, evaluatorsMean, difference, evaluatorsCounted
    case effectZero, effectCap
    // Improvement steps.
    case changeSupplyEvidence, changeAnswer, changeRaise, changeLower, changeTick, bestNote
    // The bands an improvement plan reaches.
    case planStepsReach, planStepReaches, planStepsReachFirst, planStepReachesFirst
    // The --explain trace.
    case explainHeader, explainProfile, explainAnswer, explainConsensus, explainDerived, explainDerivedMissing
    case explainUnanswered, explainUnansweredLeftOut, explainNotApplicableAnswered
    case explainNotApplicableCondition, explainNotApplicableParent, explainNotApplicableEmpty
    case explainExcluded, explainEvidenceZero, explainEvidenceCap, explainEvidenceJury
    case explainJury, explainNormalised, explainWeighted, explainMean, explainAreaPoints
    case explainRule, explainRuleNote, explainTotal, explainBand
}

extension Phrasebook {
    /// A report phrase, placeholders filled with `arguments` in order.
    public func callAsFunction(_ phrase: ReportPhrase, _ arguments: String...) -> String {
        text(phrase, arguments: arguments)
    }
}
