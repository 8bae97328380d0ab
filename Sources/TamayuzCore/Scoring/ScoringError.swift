/// A failure while scoring: an expression that cannot be computed for an agency (division by
/// zero, a result that is not finite) or a profile that does not exist. NaN and infinities never
/// reach a score; they stop here, located.
public struct ScoringError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    public var description: String { diagnostic.description }
}
