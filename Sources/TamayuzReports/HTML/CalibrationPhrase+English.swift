/// The consistency and calibration phrases in English.
extension CalibrationPhrase {
    var english: String {
        switch self {
        case .alphaThresholds: "Values marked ! are below 0.667, where Krippendorff draws no conclusion from the data; from 0.667 to 0.800 only tentative conclusions hold; 0.800 and above is reliable."
        case .alphaBelow: "{1} !"
        case .consistencyHeading: "Consistency between evaluators"
        case .consistencyIntro: "α counts an evaluator's harshness as disagreement. The intraclass correlations (Shrout & Fleiss 1979) and Kendall's W also ask whether evaluators order the indicators alike, whatever their level. Units: agency × indicator scored by every counted evaluator of the agency. Each agency has its own evaluators, so the agreement form is one-way, ICC(1,·); the consistency form ICC(3,·) takes each evaluator's level out within each agency. k is the mean number of evaluators per unit."
        case .consistencyCaption: "Intraclass correlations and Kendall's W, overall and per area"
        case .columnScope: "Scope"
        case .overall: "Overall"
        case .undefined: "undefined"
        case .columnICC11: "ICC(1,1)"
        case .columnICC1k: "ICC(1,k)"
        case .columnICC31: "ICC(3,1)"
        case .columnICC3k: "ICC(3,k)"
        case .columnW: "Kendall's W"
        case .columnUnits: "Units"
        case .readingICC1: "ICC(1,1) and ICC(1,k): the share of one evaluator's score, and of the jury's mean, that is the agency's, harshness counted as error (Koo & Li: below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent)."
        case .readingICC3: "ICC(3,1) and ICC(3,k): the same once each evaluator's own level is taken out; well above α, they say the evaluators differ in harshness more than in judgement."
        case .readingW: "Kendall's W (mean over agencies): whether an agency's evaluators put its indicators in the same order; 1 is full concordance, 0 none."
        case .calibrationHeading: "Evaluators' calibration"
        case .calibrationIntro: "For every indicator an evaluator scored that another counted evaluator of the same agency also scored: their score minus the mean of the others', in points per 100 of the scale. A mean beyond ±{1} points flags the evaluator as harsh or lenient: half a band of ten points, enough to move a rank."
        case .calibrationCaption: "Each evaluator's mean difference from the other evaluators"
        case .columnEvaluator: "Evaluator"
        case .columnScores: "Scores"
        case .columnCompared: "Compared"
        case .columnMean: "Mean difference"
        case .columnMeanAbsolute: "Mean absolute difference"
        case .columnFlag: "Flag"
        case .harsh: "harsh"
        case .lenient: "lenient"
        }
    }
}
