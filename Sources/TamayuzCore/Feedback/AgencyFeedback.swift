/// One agency's feedback report, for its eyes only: its score against the field's spread (no
/// other agency is named or can be picked out), per criterion its strengths and areas for
/// improvement, the site-visit findings and its improvement plan. Built by
/// `CycleComparison.feedback(…)`; renderers only lay it out.
public struct AgencyFeedback: Sendable {
    /// A strength or an area for improvement.
    public enum Remark: Sendable, Hashable {
        /// A comment an assessor wrote and marked, on an indicator (node index).
        case written(indicator: Int, text: String)
        /// An indicator (node index) well above or below the field: the agency's score and the
        /// field's median score of that indicator.
        case computed(indicator: Int, score: Double, fieldMedian: Double)
    }

    /// One criterion's strengths and areas for improvement.
    public struct CriterionFeedback: Sendable {
        /// The criterion (node index): a child of an area, or the area itself for the
        /// indicators placed directly in it.
        public var criterion: Int
        /// The agency's score of the criterion (nil when it does not count).
        public var score: Double?
        public var strengths: [Remark]
        public var improvements: [Remark]

        /// Whether an assessor wrote at least one strength, or at least one improvement.
        public var hasWrittenStrength: Bool { strengths.contains(where: \.isWritten) }
        public var hasWrittenImprovement: Bool { improvements.contains(where: \.isWritten) }
    }

    /// One area: the agency's score against the field.
    public struct AreaFeedback: Sendable {
        public var area: Int
        /// The agency's score in [0, 1], nil when the area does not count for it.
        public var score: Double?
        /// The field's spread of the area's score in [0, 1]; nil when no agency has one.
        public var field: FieldSpread?
        public var criteria: [CriterionFeedback]
    }

    /// A criterion with no written strength, or no written improvement.
    public struct Warning: Sendable, Hashable {
        public enum Missing: String, Sendable, Hashable, CaseIterable {
            case strength, improvement
        }

        public var criterion: Int
        public var missing: Missing
    }

    public var agency: Agency
    /// The total on the framework's scale, at its precision; the band (index) if any.
    public var total: Double
    public var band: Int?
    /// Whether the agency is ranked (eligible).
    public var isEligible: Bool
    /// The field's spread of the totals, on the framework's scale.
    public var field: FieldSpread?
    public var areas: [AreaFeedback]
    /// Site-visit findings, in the order written.
    public var siteVisitFindings: [FeedbackNotes.Finding]
    public var plan: ImprovementPlan?
    /// Criteria with no written strength or improvement, in framework order.
    public var warnings: [Warning]
}

extension AgencyFeedback.Remark {
    public var isWritten: Bool {
        if case .written = self { true } else { false }
    }

    /// The indicator the remark is about.
    public var indicator: Int {
        switch self {
        case let .written(indicator, _), let .computed(indicator, _, _): indicator
        }
    }
}
