/// Every output format, looked up by its `--format` identifier.
public enum ReportFormat: String, Sendable, CaseIterable {
    case table
    case json
    case csv
    case csvLong = "csv-long"
    case html

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
