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
    /// How many plan steps to show per agency.
    public var planLimit: Int
    /// The input files, as given (recorded in JSON).
    public var inputs: [String]
    /// Colour in terminal tables (never when NO_COLOR is set or output is not a terminal).
    public var colour: Bool
    /// The profile forced on the command line (`--profile`), recorded in JSON `options.profile`;
    /// nil when each agency's own (or its kind's) profile was used.
    public var profile: String?
    /// The terminal's width in columns: the table is fitted to it (columns shortened or left out,
    /// never a row wrapped); nil for no limit (output to a file or a pipe).
    public var width: Int?

    public init(
        language: Language = .en, digits: DigitStyle = .western, date: ReportDate? = nil, explain: Bool = false,
        planLimit: Int = 5, inputs: [String] = [], colour: Bool = false,
        profile: String? = nil, width: Int? = nil
    ) {
        self.language = language
        self.digits = digits
        self.date = date
        self.explain = explain
        self.planLimit = planLimit
        self.inputs = inputs
        self.colour = colour
        self.profile = profile
        self.width = width
    }
}
