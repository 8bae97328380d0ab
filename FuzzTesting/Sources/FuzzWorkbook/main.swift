import FuzzSupport
import TamayuzCore
import TamayuzFormats

/// One input: an assessment workbook (.xlsx) of the quality track. The reader must return it or
/// located errors, within its limits however the package lies; an assessment it accepts must
/// score to finite numbers in range.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard let (assessment, _) = try? WorkbookReader.load(bytes: bytes, fileName: "fuzz.xlsx", framework: qualityTrack)
    else { return 0 }
    ScoreChecks.check(assessment, scorer: qualityTrackScorer)
    return 0
}

runFuzzer(fuzzWorkbook)
