import TamayuzCore
import TamayuzFormats

/// Checks criteria files and assessments (`tamayuz validate`): reads each file, tells its kind
/// from its root element's namespace, and has the matching loader check it: every rule of the
/// criteria, or an assessment's schema (and, with criteria, its answers against them).
public struct FileCheck: Sendable {
    /// Criteria or assessment files, or folders of them.
    public var files: [String]
    /// Criteria to check assessments against (checked themselves first).
    public var criteria: String?

    public init(files: [String], criteria: String? = nil) {
        self.files = files
        self.criteria = criteria
    }

    /// One outcome a file, the criteria first; fails only when there is nothing to check.
    public func run() throws(JobFailure) -> JobResult<[FileValidation]> {
        var log = RunLog()
        var framework: Framework?
        var results: [FileValidation] = []
        if let criteria {
            do {
                let (loaded, warnings) = try CriteriaLoader.load(fileAtPath: criteria)
                framework = loaded
                results.append(FileValidation(file: criteria, kind: .criteria, diagnostics: warnings))
            } catch {
                results.append(FileValidation(file: criteria, kind: .criteria, diagnostics: error.diagnostics))
            }
        }
        let paths: [String]
        do {
            paths = try InputFiles.expand(files)
        } catch {
            log.report(error.diagnostics)
            throw log.failure(.noInput)
        }
        guard !paths.isEmpty else {
            log.note(.error, "no files to check in \(files.joined(separator: ", ")) (folders are read for .xml files directly inside them)")
            throw log.failure(.noInput)
        }
        let criteriaFramework = framework
        let checked = Parallel.map(paths.filter { $0 != criteria }) { path in Self.check(path, framework: criteriaFramework) }
        results += Self.checkingStages(checked)
        return log.result(results, inputFiles: paths + (criteria.map { [$0] } ?? []))
    }

    /// The failure the outcomes make, if any file has an error: `noInput` when every invalid
    /// file could not be read at all, `invalidInput` otherwise.
    public static func failure(of results: [FileValidation]) -> JobFailure? {
        guard results.contains(where: { !$0.isValid }) else { return nil }
        let unreadable = results.allSatisfy { $0.isValid || $0.kind == nil && $0.diagnostics.allSatisfy { $0.location.isWholeFile } }
        return JobFailure(unreadable ? .noInput : .invalidInput)
    }

    /// One file's outcome, and the assessment read when it was checked against the criteria.
    private static func check(_ path: String, framework: Framework?) -> (FileValidation, Assessment?) {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(atPath: path)
        } catch {
            return (FileValidation(file: path, kind: nil, diagnostics: error.diagnostics), nil)
        }
        // The kind is the root element's namespace, read by parsing (safely): a namespace
        // quoted in a comment, UTF-16 text or a long prologue cannot mislead it.
        let found: DocumentKind?
        do {
            found = try DocumentKind.ofRoot(bytes, fileName: path)
        } catch {
            return (FileValidation(file: path, kind: nil, diagnostics: error.diagnostics), nil)
        }
        guard let kind = found else {
            return (FileValidation(file: path, kind: nil, diagnostics: [.error(
                at: SourceLocation(file: path, line: 1, column: 1),
                "not a Tamayuz file: the root element must be in the namespace \(TamayuzSchemas.criteriaNamespace) (criteria) or \(TamayuzSchemas.assessmentNamespace) (assessment)")]), nil)
        }
        do {
            switch kind {
            case .criteria:
                return (FileValidation(file: path, kind: kind, diagnostics: try CriteriaLoader.load(bytes: bytes, fileName: path).1), nil)
            case .assessment:
                if let framework {
                    let (assessment, warnings) = try AssessmentLoader.load(bytes: bytes, fileName: path, framework: framework, detail: .scoring)
                    return (FileValidation(file: path, kind: kind, diagnostics: warnings), assessment)
                }
                try AssessmentLoader.checkSchema(bytes: bytes, fileName: path)
                return (FileValidation(file: path, kind: kind, diagnostics: [], note: "schema only: give --criteria to check the answers against the criteria"), nil)
            }
        } catch {
            return (FileValidation(file: path, kind: kind, diagnostics: error.diagnostics), nil)
        }
    }
}
