import TamayuzCore

/// Loads many assessment files on all cores; results come back in the order of the paths.
public enum AssessmentBatch {
    public static func load(
        _ paths: [String], framework: Framework, detail: AssessmentLoader.Detail = .full, draft: Bool = false
    ) -> [Result<(Assessment, [Diagnostic]), DiagnosticError>] {
        Parallel.map(paths) { path in
            Result { () throws(DiagnosticError) in
                try AssessmentLoader.load(fileAtPath: path, framework: framework, detail: detail, draft: draft)
            }
        }
    }
}
