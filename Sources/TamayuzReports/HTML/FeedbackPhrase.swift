/// The words of an agency's feedback report (``HTMLFeedback``) and of the reference-case
/// calibration page (``HTMLReferenceCalibration``), in a set of their own beside ``HTMLPhrase``.
enum FeedbackPhrase: String, Phrase {
    case title, forAgencyOnly, skipToContent, cycle
    case scoreHeading, scoreIntro, yourTotal, band, notEligible, fieldLowerQuartile, fieldMedian, fieldUpperQuartile
    case areasHeading, areasCaption, columnArea, columnYourScore, columnPosition
    case aboveUpperQuartile, aboveMedian, belowMedian, belowLowerQuartile, notCounted
    case criteriaHeading, criterionScore, strengths, improvements, noRemarks, computedRemark, writtenOn
    case siteVisitHeading, noSiteVisit
    case planHeading, planIntro, noPlan, supplyEvidence, answerIt, nextLevel, bestValue, gain
    case footer
    case calibrationTitle, calibrationIntro, calibrationCaption, columnRank, columnEvaluator, columnCompared
    case columnBias, columnMeanAbsoluteError, columnMissed, missedHeading, columnIndicator, columnGiven, columnKey
    case columnError, columnTolerance, notScored
}
