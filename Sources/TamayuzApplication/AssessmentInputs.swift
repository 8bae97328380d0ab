import TamayuzCore
import TamayuzFormats

extension RunLog {
    /// Loads the assessments of files and folders (on all cores), recording every file's
    /// findings in the order of the files; fails after all of them are read if any has errors
    /// (`noInput` only when no failed file could be read at all).
    mutating func loadAssessments(
        _ paths: [String], framework: Framework, detail: AssessmentLoader.Detail = .full, draft: Bool = false
    ) throws(JobFailure) -> [Assessment] {
        let files: [String]
        do {
            files = try InputFiles.expand(paths)
        } catch {
            report(error.diagnostics)
            throw failure(.noInput)
        }
        var assessments: [Assessment] = []
        var failures: [JobFailure.Kind] = []
        for result in AssessmentBatch.load(files, framework: framework, detail: detail, draft: draft) {
            switch result {
            case let .success((assessment, warnings)):
                report(warnings)
                assessments.append(assessment)
            case let .failure(error):
                report(error.diagnostics)
                failures.append(JobFailure.kind(of: error))
            }
        }
        if !failures.isEmpty {
            throw failure(failures.allSatisfy { $0 == .noInput } ? .noInput : .invalidInput)
        }
        return assessments
    }

    /// The failure of a run that found nothing to score in `paths`.
    mutating func noAssessments(in paths: [String]) -> JobFailure {
        note(.error, "no assessments found in \(paths.joined(separator: ", ")) (folders are read for .xml and .xlsx files directly inside them)")
        return failure(.noInput)
    }
}
