import FuzzSupport
import TamayuzCore
import TamayuzFormats
import TamayuzReports

/// One input: a criteria file. The loader must return a framework or located errors, never
/// crash, hang or leak; a framework it accepts must score an empty assessment to finite numbers
/// in range, and its blank template must pass the assessment schema.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCriteria(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard let (framework, _) = try? CriteriaLoader.load(bytes: bytes, fileName: "fuzz.xml") else { return 0 }
    let scorer = Scorer(framework: framework)
    let empty = Assessment(
        frameworkID: framework.id, frameworkVersion: framework.version, agency: Agency(id: "fuzz", name: LocalizedText()),
        assessor: Assessor(role: .self, id: "self"), answers: [:], location: framework.location)
    ScoreChecks.check(empty, scorer: scorer)
    let template = AssessmentTemplate.render(framework, AssessmentTemplate.Request(agencyID: "fuzz"))
    do {
        try AssessmentLoader.checkSchema(bytes: Array(template.utf8), fileName: "template.xml")
    } catch {
        fuzzFailure("the template of an accepted framework fails the assessment schema: \(error.diagnostics)")
    }
    return 0
}

runFuzzer(fuzzCriteria)
