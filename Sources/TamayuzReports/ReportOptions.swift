import TamayuzCore

/// What a renderer needs besides the comparison itself.
public struct ReportOptions: Sendable {
    /// The language of the report's own strings and of the criteria texts chosen (`en`, `ar`).
    public var language: String
    /// Write numbers with Arabic-Indic digits (٠١٢…) instead of Western ones (HTML only).
    public var arabicIndicDigits: Bool
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

    public init(
        language: String = "en", arabicIndicDigits: Bool = false, date: ReportDate? = nil, explain: Bool = false,
        planLimit: Int = 5, inputs: [String] = [], colour: Bool = false,
        profile: String? = nil
    ) {
        self.language = language
        self.arabicIndicDigits = arabicIndicDigits
        self.date = date
        self.explain = explain
        self.planLimit = planLimit
        self.inputs = inputs
        self.colour = colour
        self.profile = profile
    }
}

/// A calendar date given on the command line (`--date 2013-12-08`), shown in Gregorian and
/// Hijri (Umm al-Qura).
public struct ReportDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil when malformed or not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Turns a comparison into one output format. Renderers walk the results; they never compute a
/// score.
public protocol ReportRenderer: Sendable {
    /// The `--format` value that selects it.
    static var identifier: String { get }
    func render(_ comparison: CycleComparison, options: ReportOptions) -> String
}

/// Every output format, looked up by its `--format` identifier.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
    case csvLong = "csv-long"
    case html

    /// Whether the format shows each agency's improvement plan (so the jury's run computes the
    /// plans only then).
    public var showsImprovementPlans: Bool { self == .html }

    public var renderer: any ReportRenderer {
        switch self {
        case .table: TableRenderer()
        case .json: JSONRenderer()
        case .csv: CSVWideRenderer()
        case .csvLong: CSVLongRenderer()
        case .html: HTMLRenderer()
        }
    }
}
