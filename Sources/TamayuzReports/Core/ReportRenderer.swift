import TamayuzCore

/// Turns a comparison into one output format. Renderers walk the results; they never compute a
/// score.
public protocol ReportRenderer: Sendable {
    /// The `--format` value that selects it.
    static var identifier: String { get }
    func render(_ comparison: CycleComparison, options: ReportOptions) -> String
}
