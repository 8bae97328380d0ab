/// Why a weight-sensitivity analysis was refused.
public enum SensitivityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// There are no weighted components.
    case noComponents
    /// An agency has a different number of component scores than there are weights.
    case componentCountMismatch(agency: Int, expected: Int, found: Int)
    /// A base weight is zero, negative or not a number.
    case nonPositiveWeight(component: Int, weight: Double)
    /// A component score is NaN or infinite.
    case nonFiniteScore(agency: Int, component: Int, value: Double)
    /// The range is not in [0, 1): the factors `1 ± range` must stay positive.
    case invalidRange(Double)
    /// The number of draws is not between 1 and `Int32.max`.
    case invalidDraws(Int)
    /// The eligibility flags do not match the agencies one for one.
    case eligibilityCountMismatch(agencies: Int, flags: Int)

    public var description: String {
        switch self {
        case .noComponents:
            "sensitivity analysis needs at least one weighted component"
        case .componentCountMismatch(let agency, let expected, let found):
            "agency #\(agency) has \(found) component scores; there are \(expected) weights"
        case .nonPositiveWeight(let component, let weight):
            "weight of component #\(component) is \(weight); base weights must be positive"
        case .nonFiniteScore(let agency, let component, let value):
            "agency #\(agency) has a non-finite score (\(value)) on component #\(component)"
        case .invalidRange(let range):
            "weight range \(range) is outside [0, 1): each weight is multiplied by 1 ± range"
        case .invalidDraws(let draws):
            "number of draws \(draws) must be between 1 and \(Int32.max)"
        case .eligibilityCountMismatch(let agencies, let flags):
            "\(flags) eligibility flags for \(agencies) agencies"
        }
    }
}
