/// The template's words in English.
extension TemplatePhrase {
    public var english: String {
        switch self {
        case .heading: "Tamayuz assessment template: {1}"
        case .fillIn: "Fill in value=\"…\" for each indicator, cite the evidence asked for, and delete answers you cannot give (they count as missing)."
        case .check: "Check it with the command tamayuz validate, giving the criteria file with its criteria option, then this file."
        case .affiliation: "List in affiliation the ids of agencies you are affiliated with (conflict of interest)."
        case .consensusTeam: "Name the team that agreed this consensus, one <member id=…/> each, and give a <rationale> for every answer the team moved."
        case .siteVisitTeam: "Name the visiting team, one <member id=…/> each; keep only the indicators the visit changes, each with a <rationale> saying what was verified."
        case .appliesWhen: "Applies only when: {1}"
        case .answerYesNo: "Answer: value=\"yes\" or value=\"no\""
        case .answerLevels: "Answer: one of these levels:"
        case .answerNumber: "Answer: a number"
        case .atLeast: ", at least {1}"
        case .atMost: ", at most {1}"
        case .answerPercentage: "Answer: a percentage from 0 to 100"
        case .answerChecklist: "Answer: the ids of the options met, separated by spaces (or none when none is met), from:"
        case .answerRadar: "Answer: each attribute with its percentage, in steps of 5 from 0 to 100, separated by commas ({1}); then, if you set it, overall with a percentage within 10 points of their mean (left out: their mean rounded to 5)"
        case .answerSeries: "Answer: each year with its value (at least two years), then target and comparator with theirs, e.g. value=\"2023 61, 2024 66; target 70; comparator 64\""
        case .computed: "Computed, not answered: {1}"
        case .guidance: "Guidance: {1}"
        case .evidenceOptional: "Evidence: optional. {1}"
        case .evidenceRequired: "Evidence: required ({1}). {2}"
        case .effectZero: "without it the indicator scores 0"
        case .effectCap: "without it the score is capped at {1} %"
        case .notApplicableAllowed: "Allowed: not-applicable=\"true\" with a <justification> saying why (instead of value)."
        }
    }
}
