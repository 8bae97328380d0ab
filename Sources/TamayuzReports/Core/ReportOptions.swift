import TamayuzCore

/// What a renderer needs besides the comparison itself.
public struct ReportOptions: Sendable {
    /// The language of the report's own words and of the criteria texts chosen.
    public var language: Language
    /// The digits numbers are written in (HTML only).
    public var digits: DigitStyle
    /// The report's date (`--date`); nil leaves dates out, so the same inputs give the same bytes.
    public var date: ReportDate?
    /// Print every node's trace (inputs, weights, contributions, rules fired).
    public var explain: Bool
    /// Improvement plans by agency id, where computed.
    public var plans: [String: ImprovementPlan]
    /// How many plan steps to show per agency.
    public var planLimit: Int
    /// The input files, as given (recorded in JSON).
    public var inputs: [String]
    /// Colour in terminal tables (never when NO_COLOR is set or output is not a terminal).
    public var colour: Bool
    /// The profile forced on the command line (`--profile`), recorded in JSON `options.profile`;
    /// nil when each agency's own (or its kind's) profile was used.
    public var profile: String?

    public init(
        language: Language = .en, digits: DigitStyle = .western, date: ReportDate? = nil, explain: Bool = false,
        plans: [String: ImprovementPlan] = [:], planLimit: Int = 5, inputs: [String] = [], colour: Bool = false,
        profile: String? = nil
    ) {
        self.language = language
        self.digits = digits
        self.date = date
        self.explain = explain
        self.plans = plans
        self.planLimit = planLimit
        self.inputs = inputs
        self.colour = colour
        self.profile = profile
    }
}
