/// What assessors wrote for an agency's feedback: comments they marked as a strength or an
/// area for improvement, and the site visit's findings.
public struct FeedbackNotes: Sendable {
    /// A marked comment on an indicator (node index).
    public struct Comment: Sendable, Hashable {
        public enum Mark: String, Sendable, Hashable {
            case strength, improvement
        }

        public var indicator: Int
        public var mark: Mark
        public var text: String

        public init(indicator: Int, mark: Mark, text: String) {
            self.indicator = indicator
            self.mark = mark
            self.text = text
        }
    }

    /// What a site visit verified on an indicator (node index): its rationale.
    public struct Finding: Sendable, Hashable {
        public var indicator: Int
        public var text: String

        public init(indicator: Int, text: String) {
            self.indicator = indicator
            self.text = text
        }
    }

    public var comments: [Comment]
    public var siteVisitFindings: [Finding]

    public init(comments: [Comment] = [], siteVisitFindings: [Finding] = []) {
        self.comments = comments
        self.siteVisitFindings = siteVisitFindings
    }
}
