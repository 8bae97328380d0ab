/// The words of the HTML report's consistency and calibration tables (``HTMLCalibration``), in a
/// set of their own beside ``HTMLPhrase``.
enum CalibrationPhrase: String, Phrase {
    case alphaThresholds, alphaBelow
    case consistencyHeading, consistencyIntro, consistencyCaption, columnScope, overall, undefined
    case columnICC11, columnICC1k, columnICC31, columnICC3k, columnW, columnUnits
    case readingICC1, readingICC3, readingW
    case calibrationHeading, calibrationIntro, calibrationCaption, columnEvaluator, columnScores, columnCompared
    case columnMean, columnMeanAbsolute, columnFlag, harsh, lenient
}
