import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// Location markers: write `📍` in a fixture where a finding must point; `Marked` strips it and
/// tells its line and column (1-based, columns in Unicode scalars), so no test counts columns.
struct Marked {
    var text: String
    var line: Int
    var column: Int

    init(_ source: String) {
        let stripped = MarkedText(source, markers: ["📍"])
        guard let position = stripped.positions["📍"] else { preconditionFailure("fixture without a 📍 marker") }
        self.text = stripped.text
        (self.line, self.column) = position
    }
}

/// Loads marked criteria and returns their errors (empty when they load).
func criteriaErrors(_ marked: Marked) -> [Diagnostic] {
    do {
        _ = try CriteriaLoader.load(bytes: Array(marked.text.utf8), fileName: "c.xml")
        return []
    } catch {
        return error.errors
    }
}

/// Loads a marked assessment against `framework` and returns its errors (empty when it loads).
func assessmentErrors(_ marked: Marked, framework: Framework, detail: AssessmentLoader.Detail) -> [Diagnostic] {
    do {
        _ = try AssessmentLoader.load(bytes: Array(marked.text.utf8), fileName: "a.xml", framework: framework, detail: detail)
        return []
    } catch {
        return error.errors
    }
}
