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
    /// Check assessments as drafts: a blank answer is not answered yet, and each assessment's
    /// outcome tells how far it has come (`DraftProgress`).
    public var draft: Bool

    public init(files: [String], criteria: String? = nil, draft: Bool = false) {
        self.files = files
        self.criteria = criteria
        self.draft = draft
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
            log.note(.error, "no files to check in \(files.joined(separator: ", ")) (folders are read for .xml and .xlsx files directly inside them)")
            throw log.failure(.noInput)
        }
        let criteriaFramework = framework
        let draft = draft
        let checked = Parallel.map(paths.filter { $0 != criteria }) { path in Self.check(path, framework: criteriaFramework, draft: draft) }
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
    private static func check(_ path: String, framework: Framework?, draft: Bool) -> (FileValidation, Assessment?) {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(atPath: path)
        } catch {
            return (FileValidation(file: path, kind: nil, diagnostics: error.diagnostics), nil)
        }
        if WorkbookReader.isWorkbook(path) { return checkWorkbook(bytes, path: path, framework: framework, draft: draft) }
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
                    let (assessment, warnings) = try AssessmentLoader.load(bytes: bytes, fileName: path, framework: framework, draft: draft)
                    return (FileValidation(file: path, kind: kind, diagnostics: warnings, note: progress(assessment, framework: framework, draft: draft)), assessment)
                }
                try AssessmentLoader.checkSchema(bytes: bytes, fileName: path)
                return (FileValidation(file: path, kind: kind, diagnostics: [], note: "schema only: give --criteria to check the answers against the criteria"), nil)
            }
        } catch {
            return (FileValidation(file: path, kind: kind, diagnostics: error.diagnostics), nil)
        }
    }

    /// An assessment workbook: its answers against the criteria, or its package and layout alone.
    private static func checkWorkbook(_ bytes: [UInt8], path: String, framework: Framework?, draft: Bool) -> (FileValidation, Assessment?) {
        do {
            if let framework {
                let (assessment, warnings) = try WorkbookReader.load(bytes: bytes, fileName: path, framework: framework)
                return (FileValidation(file: path, kind: .assessment, diagnostics: warnings, note: progress(assessment, framework: framework, draft: draft)), assessment)
            }
            try WorkbookReader.checkStructure(bytes: bytes, fileName: path)
            return (FileValidation(file: path, kind: .assessment, diagnostics: [], note: "workbook only: give --criteria to check the answers against the criteria"), nil)
        } catch {
            return (FileValidation(file: path, kind: .assessment, diagnostics: error.diagnostics), nil)
        }
    }

    /// A draft's progress, under the profile its agency's kind (or its own choice) selects.
    private static func progress(_ assessment: Assessment, framework: Framework, draft: Bool) -> String? {
        guard draft else { return nil }
        let profile = assessment.profileID.flatMap { framework.profile($0) } ?? assessment.agency.kind.flatMap(framework.profile(forAgencyKind:))
        return "draft: " + DraftProgress(assessment, framework: framework, profile: profile).summary
    }
}
