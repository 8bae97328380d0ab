import TamayuzCore
import TamayuzFormats

/// What `tamayuz convert` writes from: one assessment (XML or a workbook) read with every
/// check against its criteria. The other form is an output (`AssessmentDocument`,
/// `AssessmentWorkbook` in TamayuzReports).
public struct ConvertRun: Sendable {
    public var criteria: CriteriaSelection
    /// The assessment to convert: an .xml file or an .xlsx workbook.
    public var input: String

    public init(criteria: CriteriaSelection, input: String) {
        self.criteria = criteria
        self.input = input
    }

    /// The framework and the assessment read.
    public struct Basis: Sendable {
        public var framework: Framework
        public var assessment: Assessment
    }

    public func run() throws(JobFailure) -> JobResult<Basis> {
        var log = RunLog()
        let framework = try log.load(criteria)
        let loaded = try log.loadAssessments([input], framework: framework)
        guard loaded.count == 1, let assessment = loaded.first else {
            log.note(.error, "give one assessment file to convert (found \(loaded.count))", about: input)
            throw log.failure(.invalidInput)
        }
        // A review stage's team and rationales have no place in the workbook or the canonical form.
        guard assessment.assessor.role == .self || assessment.assessor.role == .evaluator else {
            log.note(.error, "a \(assessment.assessor.role.rawValue) assessment is not converted (its team and rationales would be lost): keep it as it is", about: input)
            throw log.failure(.invalidInput)
        }
        return log.result(Basis(framework: framework, assessment: assessment), inputFiles: [criteria.file, input])
    }
}
