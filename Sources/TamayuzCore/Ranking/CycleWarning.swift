/// What the engine warns the jury about in a cycle: a value with its parameters, which each
/// report words in its own language. ``description`` is the English wording (standard error,
/// the JSON results).
public enum CycleWarning: Sendable, Hashable, CustomStringConvertible {
    /// The previous results were scored with other criteria, or another version of them: rank
    /// changes compare different criteria.
    case previousCriteriaDiffer(source: String, previousCriteria: String, previousVersion: String, criteria: String, version: String)
    /// No assessment of the agency counts: its evaluators were all excluded and it has no
    /// self-assessment.
    case agencyNotScored(agency: String, excluded: [ExcludedEvaluator])
    /// One of the agency's values cannot be scored (a formula overflows, say): the agency is listed
    /// apart with the finding, located in its file; the other agencies are ranked.
    case agencyNotScorable(agency: String, finding: Diagnostic)
    /// Several agencies have the same name: the reports tell them apart by id.
    case sharedName(name: String, agencies: [String])
    /// Nothing of the agency's score counts (every area left out or not applicable): it is listed,
    /// not ranked.
    case nothingCounts(agency: String)
    /// A warning from outside the engine (a loader's), in English only.
    case note(String)

    /// An excluded evaluator and why, as a warning names them.
    public struct ExcludedEvaluator: Sendable, Hashable {
        public var evaluator: String
        public var reason: Exclusion.Reason

        public init(evaluator: String, reason: Exclusion.Reason) {
            self.evaluator = evaluator
            self.reason = reason
        }
    }

    /// Whether the warning is that the previous results used other criteria.
    public var isPreviousCriteriaDiffer: Bool {
        if case .previousCriteriaDiffer = self { true } else { false }
    }

    public var description: String {
        switch self {
        case let .previousCriteriaDiffer(source, previousCriteria, previousVersion, criteria, version):
            "the previous results (\(source)) were scored with criteria '\(previousCriteria)' version \(previousVersion), this cycle with '\(criteria)' version \(version): rank changes compare different criteria"
        case let .agencyNotScored(agency, excluded):
            "agency '\(agency)' is not scored: no assessment of it counts (excluded: \(excluded.map { "\($0.evaluator) (\($0.reason == .affiliated ? "affiliated with the agency" : $0.reason.rawValue))" }.joined(separator: ", ")); no self-assessment)"
        case let .agencyNotScorable(agency, finding):
            "agency '\(agency)' is not scored: \(finding.location): \(finding.message)"
        case let .sharedName(name, agencies):
            "agencies \(agencies.map { "'\($0)'" }.joined(separator: ", ")) have the same name '\(name)': tell them apart by id"
        case let .nothingCounts(agency):
            "agency '\(agency)' has nothing that counts (every area is left out or not applicable): it is listed, not ranked"
        case let .note(text):
            text
        }
    }
}
