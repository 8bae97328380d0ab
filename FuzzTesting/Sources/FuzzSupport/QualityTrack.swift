import TamayuzCore
import TamayuzFormats

/// The shipped quality track, loaded once for the whole run: the framework the assessment and
/// workbook targets read every input against.
public let qualityTrack: Framework = keptForTheWholeRun {
    let path = repositoryRoot + "/criteria/quality-track.xml"
    do {
        return try CriteriaLoader.load(fileAtPath: path).0
    } catch {
        fuzzFailure("cannot load \(path): \(error)")
    }
}

/// The quality track's scorer.
public let qualityTrackScorer = Scorer(framework: qualityTrack)
