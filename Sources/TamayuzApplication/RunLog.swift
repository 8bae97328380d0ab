import TamayuzCore

/// The messages of one job, gathered as they arise, and the failure or result that carries them.
struct RunLog {
    private(set) var messages: [JobMessage] = []

    mutating func report(_ diagnostics: [Diagnostic]) {
        messages += diagnostics.map(JobMessage.diagnostic)
    }

    mutating func note(_ severity: DiagnosticSeverity, _ text: String, about subject: String? = nil) {
        messages.append(.note(severity, text, about: subject))
    }

    /// The job's failure, with every message so far.
    func failure(_ kind: JobFailure.Kind) -> JobFailure {
        JobFailure(kind, messages: messages)
    }

    /// Records an input's findings and returns the failure its errors make.
    mutating func failure(_ error: DiagnosticError) -> JobFailure {
        report(error.diagnostics)
        return failure(JobFailure.kind(of: error))
    }

    /// Records a scoring error: the inputs read, together, cannot be scored.
    mutating func failure(_ error: ScoringError) -> JobFailure {
        report([error.diagnostic])
        return failure(.invalidInput)
    }

    /// The assessments grouped by agency; an assessment the grouping refuses (a second
    /// self-assessment, two from one evaluator, …) fails the run as invalid input (never as a
    /// missing one, whatever its location).
    mutating func group(_ assessments: [Assessment]) throws(JobFailure) -> [AgencyAssessments] {
        do {
            return try AgencyAssessments.group(assessments)
        } catch {
            report(error.diagnostics)
            throw failure(.invalidInput)
        }
    }

    func result<Value>(_ value: Value, inputFiles: [String]) -> JobResult<Value> {
        JobResult(value, messages: messages, inputFiles: inputFiles)
    }
}
