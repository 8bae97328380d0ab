import TamayuzCore
import TamayuzFormats

/// The feedback reports' run (`tamayuz feedback`): the jury's run with improvement plans, then
/// each agency's feedback model, from the comments its assessors marked as strengths or areas
/// for improvement and its site visit's findings. A criterion with no written strength or
/// improvement is a warning.
public struct FeedbackRun: Sendable {
    public var jury: JuryRun
    /// Computed strengths (and improvements) per criterion, beside the written ones.
    public var computedPerCriterion: Int

    public init(jury: JuryRun, computedPerCriterion: Int = 2) {
        var jury = jury
        jury.improvementPlans = true
        self.jury = jury
        self.computedPerCriterion = computedPerCriterion
    }

    public func run() throws(JobFailure) -> JobResult<FeedbackCycle> {
        let result = try jury.run()
        // The jury reads answers as scoring does, without comments: the notes are read apart, and
        // the files' warnings, already reported by the jury's run, are not repeated.
        var log = RunLog()
        let notes = try log.loadAssessments(jury.inputs, framework: result.value.framework).reduce(into: [String: FeedbackNotes]()) {
            Self.add($1, to: &$0)
        }
        let feedback = result.value.feedback(notes: notes, computedPerCriterion: computedPerCriterion)
        var messages = result.messages
        for agency in feedback {
            for missing in AgencyFeedback.Warning.Missing.allCases {
                let criteria = agency.warnings.filter { $0.missing == missing }.map { result.value.framework.nodes[$0.criterion].id }
                guard !criteria.isEmpty else { continue }
                messages.append(.note(
                    .warning, "no written \(missing.rawValue) for criteria \(criteria.joined(separator: ", "))",
                    about: agency.agency.id))
            }
        }
        return JobResult(FeedbackCycle(comparison: result.value, agencies: feedback), messages: messages, inputFiles: result.inputFiles)
    }

    /// The marked comments of every assessor but the agency itself, and the site visit's
    /// rationales as its findings; a comment repeated on an indicator is kept once.
    static func add(_ assessment: Assessment, to notes: inout [String: FeedbackNotes]) {
        let role = assessment.assessor.role
        guard role != .self, role != .reference else { return }
        var entry = notes[assessment.agency.id] ?? FeedbackNotes()
        for (indicator, answer) in assessment.answers.sorted(by: { $0.key < $1.key }) {
            for comment in answer.feedback {
                let note = FeedbackNotes.Comment(indicator: indicator, mark: comment.kind == .strength ? .strength : .improvement, text: comment.text)
                if !entry.comments.contains(note) { entry.comments.append(note) }
            }
            if role == .siteVisit, let rationale = answer.rationale {
                entry.siteVisitFindings.append(FeedbackNotes.Finding(indicator: indicator, text: rationale))
            }
        }
        notes[assessment.agency.id] = entry
    }
}
