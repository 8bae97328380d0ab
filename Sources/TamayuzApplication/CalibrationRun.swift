import TamayuzCore
import TamayuzFormats

/// Calibration against a reference case (`tamayuz calibrate`): reads the criteria, the answer
/// key (an assessment with role `reference`) and the evaluators' assessments of the same case;
/// scores each; and ranks the evaluators by how far they stray from the key.
public struct CalibrationRun: Sendable {
    public var criteria: CriteriaSelection
    /// The answer key: an assessment with role `reference`.
    public var key: String
    /// The evaluators' assessments of the reference case: files, or folders of them.
    public var inputs: [String]
    /// How far (in indicator score, 0–1) an evaluator may stray from the key and still agree.
    public var tolerance: Double

    public init(criteria: CriteriaSelection, key: String, inputs: [String], tolerance: Double) {
        self.criteria = criteria
        self.key = key
        self.inputs = inputs
        self.tolerance = tolerance
    }

    public func run() throws(JobFailure) -> JobResult<ReferenceCaseResult> {
        var log = RunLog()
        let framework = try log.load(criteria)
        guard let reference = try log.loadAssessments([key], framework: framework, detail: .scoring).first else {
            throw log.noAssessments(in: [key])
        }
        let evaluations = try log.loadAssessments(inputs, framework: framework, detail: .scoring)
        guard !evaluations.isEmpty else { throw log.noAssessments(in: inputs) }
        let problems = Self.problems(reference: reference, evaluations: evaluations)
        guard problems.isEmpty else {
            log.report(problems)
            throw log.failure(.invalidInput)
        }
        let scorer = Scorer(framework: framework)
        do {
            let profile = try scorer.profile(requested: criteria.profile, for: reference)
            let referenceKey = ReferenceKey(
                card: try scorer.score(reference, profile: profile), framework: framework, defaultTolerance: tolerance)
            let cards = try Parallel.map(evaluations) { (evaluation) throws(ScoringError) in
                (assessor: evaluation.assessor, card: try scorer.score(evaluation, profile: profile))
            }
            let outcome = ReferenceCaseResult(
                framework: framework, agency: reference.agency, key: referenceKey,
                calibrations: ReferenceCalibration.rank(cards, key: referenceKey, framework: framework))
            return log.result(outcome, inputFiles: [criteria.file, key] + evaluations.map(\.location.file))
        } catch {
            throw log.failure(error)
        }
    }

    /// The key must be a reference case; every evaluation an evaluator's of that same case, one
    /// per evaluator.
    static func problems(reference: Assessment, evaluations: [Assessment]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if reference.assessor.role != .reference {
            problems.append(.error(at: reference.location, "the answer key must be an assessment with role 'reference', not '\(reference.assessor.role.rawValue)'"))
        }
        var seen: [String: SourceLocation] = [:]
        for evaluation in evaluations {
            if evaluation.assessor.role != .evaluator {
                problems.append(.error(at: evaluation.location, "only evaluators' assessments are calibrated, not a '\(evaluation.assessor.role.rawValue)' one"))
            } else if let earlier = seen[evaluation.assessor.id] {
                problems.append(.error(at: evaluation.location, "evaluator '\(evaluation.assessor.id)' scored the reference case twice (also in \(earlier.file))"))
            }
            seen[evaluation.assessor.id] = seen[evaluation.assessor.id] ?? evaluation.location
            if evaluation.agency.id != reference.agency.id {
                problems.append(.error(at: evaluation.location, "this assesses agency '\(evaluation.agency.id)', not the reference case '\(reference.agency.id)'"))
            }
        }
        return problems
    }
}
