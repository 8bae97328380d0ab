import FuzzSupport
import TamayuzCore
import TamayuzFormats

/// One input: an assessment of the quality track. The loader must return it or located errors;
/// an assessment it accepts must score to finite numbers in range.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAssessment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard let (assessment, _) = try? AssessmentLoader.load(bytes: bytes, fileName: "fuzz.xml", framework: qualityTrack)
    else { return 0 }
    ScoreChecks.check(assessment, scorer: qualityTrackScorer)
    return 0
}

runFuzzer(fuzzAssessment)
