import TamayuzCore
import TamayuzFormats

/// Location markers: write `📍` in a fixture where a finding must point; `marked` strips it and
/// tells its line and column (1-based, columns in Unicode scalars), so no test counts columns.
struct Marked {
    var text: String
    var line: Int
    var column: Int

    init(_ source: String) {
        var line = 1
        var column = 1
        var found: (Int, Int)?
        var text = ""
        for scalar in source.unicodeScalars {
            if scalar == "📍" {
                found = (line, column)
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        precondition(found != nil, "fixture without a 📍 marker")
        self.text = text
        (self.line, self.column) = found!
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

/// A framework document around `body`.
func criteriaDocument(_ body: String, attributes: String = "") -> String {
    """
    <framework xmlns="urn:tamayuz:criteria:1" id="t" version="1" \(attributes)>
      <title xml:lang="en">T</title><title xml:lang="ar">ت</title>
    \(body)
    </framework>
    """
}

func indicator(_ id: String, _ attributes: String = "", kind: String = "<yes-no/>") -> String {
    "<indicator id=\"\(id)\" \(attributes)><title xml:lang=\"en\">\(id)</title><title xml:lang=\"ar\">\(id)</title>\(kind)</indicator>"
}

func area(_ id: String, _ attributes: String = "", _ children: String) -> String {
    "<area id=\"\(id)\" \(attributes)><title xml:lang=\"en\">\(id)</title><title xml:lang=\"ar\">\(id)</title>\(children)</area>"
}
