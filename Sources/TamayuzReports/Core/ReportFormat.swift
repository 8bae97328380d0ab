/// Every output format, looked up by its `--format` identifier.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
    case csvLong = "csv-long"
    case html
    /// A workbook (``ResultsWorkbook``): bytes, not text.
    case xlsx

    /// Whether the format shows each agency's improvement plan (so the jury's run computes the
    /// plans only then).
    public var showsImprovementPlans: Bool { self == .html || self == .xlsx }

    /// The renderer of a text format; nil for the workbook, which ``ResultsWorkbook`` writes as
    /// bytes.
    public var renderer: (any ReportRenderer)? {
        switch self {
        case .table: TableRenderer()
        case .json: JSONRenderer()
        case .csv: CSVWideRenderer()
        case .csvLong: CSVLongRenderer()
        case .html: HTMLRenderer()
        case .xlsx: nil
        }
    }
}
