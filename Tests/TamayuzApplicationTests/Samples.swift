import Foundation
import TamayuzApplication
import Testing

/// The repository's shipped criteria and samples, by path from the repository's root.
enum Samples {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        repository.appendingPathComponent(relative).path
    }

    static let qualityCriteria = CriteriaSelection(file: path("criteria/quality-track.xml"))
    static let qualityTrack = path("samples/quality-track/")
}

/// The failure `run` throws; records an issue and returns nil if it succeeds.
func failure<Value>(
    _ run: () throws(JobFailure) -> JobResult<Value>, sourceLocation: SourceLocation = #_sourceLocation
) -> JobFailure? {
    do {
        _ = try run()
        Issue.record("expected the job to fail", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}
