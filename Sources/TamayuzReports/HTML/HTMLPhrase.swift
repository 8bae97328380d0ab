/// The words the HTML report writes itself. `{1}`, `{2}`, … stand for values the report fills
/// in (already formatted, in the report's digits).
///
/// Each language's texts are in their own file (`HTMLPhrase+English.swift`,
/// `HTMLPhrase+Arabic.swift`); both are exhaustive switches, so a phrase without a translation
/// does not compile. A test checks that every Arabic phrase differs from the English one unless
/// the phrase is a symbol.
enum HTMLPhrase: Phrase {
    // Cover
    case reportKindRanking, reportKindResults, skipToContent, contents, agencyPages, footer
    case criteria, criteriaValue, cycle, date, dateValue, agencies, agenciesValue, evaluators, evaluatorsValue
    case profiles, profileCount, profileCountOne, noProfile, normalisation, normalisationNone, normalisationMinMax, normalisationZScore
    case normalisationPercentile, aggregation, aggregationMean, aggregationMedian, aggregationTrimmedMean
    case aggregationStandardised, robustness, robustnessValue, previousCycle, previousValue
    case warnings, warningPrevious, warningSelfOnly, warningTie
    // Leaderboard
    case leaderboard, results, leaderboardIntro, sortHint, noRankedAgencies, leaderboardCaption, resultsCaption
    case columnRank, columnAgency, columnTotal, columnBand, columnChange, columnEligibility, columnCompleteness
    case tiedRank, tiedRankVisible, rankSpoken, tieBrokenBy, eligible, ineligible, flagCount, selfAssessedOnly, notCounted
    case changeUp, changeDown, changeSame, changeNew, changeNewShort, changeNone
    case notRanked, notRankedShort, notRankedIntro, notRankedCaption, columnReasons
    // Heat map
    case heatMap, heatMapIntro, heatMapCaption, columnMedian, legend, heatStep, heatStepLast, notCountedExplained
    // Agency pages
    case totalOutOf, completenessValue, profile, scoredBy, scoredByJury, scoredBySelf, previousStanding
    case chartHeading, chartAgency, chartMedian, chartItem, chartDescription, chartTableCaption
    case columnArea, columnScore, columnDifference
    case treeHeading, treeIntro, treeSummary, indicatorsCaption, columnIndicator, columnAnswer, columnWeight, columnScorePercent, columnWeightPercent
    case columnContribution, columnStatus, statusScored, statusNotApplicable, statusExcluded, statusMissing
    case statusUnanswered, statusEvidenceMissing
    case answerYes, answerNo, answerNotApplicable, answerNone, answerNoneTicked
    case rulesHeading, rulesNone, rulesCaption, columnRule, columnEffect, columnTarget, columnBeforeAfter, ruleWhen
    case effectCap, effectBonus, effectPenalty, effectIneligible, effectFlag, noScoreChange, unchangedScore, theTotal, theAgency, arrow
    case missingEvidenceHeading, missingEvidenceNone, evidenceAsked, evidenceAskedUndescribed, evidenceEffectZero
    case evidenceEffectCap, unansweredHeading, unansweredIntroZero, unansweredIntroExclude
    case planHeading, planIntro, planNone, planCaption, columnStep, columnProposed, columnGain, columnTotalAfter
    case planSupplyEvidence, planAnswer, planNextLevel, planBestValue, quickWin
    case selfHeading, selfCaption, columnSelf, columnJury
    case spreadHeading, spreadCaption, columnEvaluator, spreadRange, exclusionLine, exclusionAffiliated
    // Jury
    case jury, juryNoEvaluators, agreementHeading, agreementIntro, agreementCaption, columnScope, columnAlphaInterval
    case columnAlphaOrdinal, columnPairable, overall, undefined, disagreementsHeading, disagreementsNone
    case disagreementsCaption, columnEvaluatorScores, columnSpread, exclusionsHeading, exclusionsNone, columnReason
    case tiesHeading, tiesNone, tieLine, robustnessHeading, robustnessIntro, columnMedianRank, columnInterval
    case columnBestWorst, columnShareFirst
    // Methodology
    case methodology, hierarchyHeading, weightingRelative, weightingPoints, columnNode, columnPoints, columnShare
    case columnScoring, levelFramework, levelArea, levelCriterion, levelIndicator
    case kindYesNo, kindOrdinal, kindNumber, kindPercentage, kindChecklist, kindDerived, kindRadar, kindResultsSeries, kindBounds, optionPoints
    case scoringRamp, scoringThresholds, scoringThreshold, derivedFrom, applicableWhen, mayBeNotApplicable
    case evidenceOptional, evidenceRequiredZero, evidenceRequiredCap
    case profilesHeading, profileKinds, profileExcludes, profileWeights, profileWeight
    case scalesHeading, columnLevel, columnDescriptor
    case rulesMethodHeading, rulesMethodNone, ruleCap, ruleBonus, rulePenalty, ruleIneligible, ruleFlag, ruleMessage
    case bandsHeading, columnRange, columnDescription, bandTop, bandRange
    case rankingHeading, rankingIntro, tieBreaksNone, tieBreakRule
    case policiesHeading, missingAnswersZero, missingAnswersExclude, notApplicablePolicy, evidencePolicy, aggregationPolicy
    // Punctuation
    case listSeparator, itemSeparator, labelSeparator, quoted

    /// Keys whose text is a symbol or punctuation that both languages may share.
    static let symbols: Set<HTMLPhrase> = [.changeSame, .labelSeparator]
    /// Keys that are punctuation or symbols around values, without words.
    static let punctuation: Set<HTMLPhrase> = [.changeSame, .labelSeparator, .listSeparator, .itemSeparator, .quoted, .arrow, .scoringThreshold]
}
