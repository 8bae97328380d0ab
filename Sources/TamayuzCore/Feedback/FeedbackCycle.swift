/// Every agency's feedback of a cycle, with the comparison it was drawn from (its framework,
/// and the standings the reports never show whole).
public struct FeedbackCycle: Sendable {
    public var comparison: CycleComparison
    /// In the order of the standings.
    public var agencies: [AgencyFeedback]

    public init(comparison: CycleComparison, agencies: [AgencyFeedback]) {
        self.comparison = comparison
        self.agencies = agencies
    }
}
