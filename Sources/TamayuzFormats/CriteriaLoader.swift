import TamayuzCore
import TamayuzXML

/// Reads a criteria file into a `Framework`: the XSD first, then every semantic check a schema
/// cannot express (see `FrameworkBuilder` and its extensions). All findings of a file are reported together.
public enum CriteriaLoader {
    /// Loads and checks a criteria file. Throws every error found (with the warnings); returns
    /// the framework and its warnings otherwise.
    public static func load(fileAtPath path: String) throws(DiagnosticError) -> (Framework, [Diagnostic]) {
        try load(bytes: InputFile.read(atPath: path), fileName: path)
    }

    /// Loads and checks criteria from memory (tests, fuzzing).
    public static func load(bytes: [UInt8], fileName: String) throws(DiagnosticError) -> (Framework, [Diagnostic]) {
        let root: XMLElement
        do {
            root = try XMLReader.parse(bytes, fileName: fileName, schema: TamayuzSchemas.criteria)
        } catch {
            // The schema's word for an assessment given as criteria ("No matching global
            // declaration available for the validation root") says nothing to a user.
            if (try? DocumentKind.ofRoot(bytes, fileName: fileName)) == .assessment {
                throw DiagnosticError(
                    SourceLocation(file: fileName, line: 1, column: 1),
                    "this is an assessment, not a criteria file: give the framework's criteria with --criteria, and assessments as inputs")
            }
            throw error
        }
        return try load(root)
    }

    static func load(_ root: XMLElement) throws(DiagnosticError) -> (Framework, [Diagnostic]) {
        var builder = FrameworkBuilder(root: root)
        let framework = builder.build()
        if builder.sink.hasErrors || framework == nil {
            throw DiagnosticError(builder.sink.diagnostics)
        }
        return (framework!, DiagnosticError(builder.sink.diagnostics).diagnostics)
    }
}
