/// A reference case's calibration, what `tamayuz calibrate` renders: the case, its key and every
/// evaluator against it.
public struct ReferenceCaseResult: Sendable {
    public var framework: Framework
    /// The reference case (the agency the key and the evaluations assess).
    public var agency: Agency
    public var key: ReferenceKey
    /// Evaluators, closest to the key first (`ReferenceCalibration.rank`).
    public var calibrations: [ReferenceCalibration]

    public init(framework: Framework, agency: Agency, key: ReferenceKey, calibrations: [ReferenceCalibration]) {
        self.framework = framework
        self.agency = agency
        self.key = key
        self.calibrations = calibrations
    }
}
