import TamayuzCore

/// The output formats of `tamayuz calibrate`, looked up by their `--format` identifier.
public enum ReferenceCalibrationFormat: String, Sendable, CaseIterable {
    case table
    case json
    case html

    /// The result in this format.
    public func render(_ result: ReferenceCaseResult, language: Language) -> String {
        switch self {
        case .table: ReferenceCalibrationTable(result: result).render()
        case .json: ReferenceCalibrationJSON(result: result).render()
        case .html: HTMLReferenceCalibration(result: result, language: language).render()
        }
    }
}

extension ReferenceCaseResult {
    /// An indicator score in [0, 1] as points of 100, one decimal: what every format shows.
    static func points(_ value: Double, style: NumberStyle = .plain, signed: Bool = false) -> String {
        signed ? style.signed(value * 100, places: 1) : style.fixed(value * 100, places: 1)
    }
}
