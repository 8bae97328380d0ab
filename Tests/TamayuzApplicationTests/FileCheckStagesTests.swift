import Foundation
import TamayuzApplication
import TamayuzCore
import Testing

/// `tamayuz validate` checks the review stages across its files.
@Suite struct FileCheckStagesTests {
    @Test func aSecondConsensusOfOneAgencyIsRefusedWhereItIs() throws {
        let original = Samples.path("samples/quality-track-stages/min_heritage_crafts.consensus.xml")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tamayuz-stages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("again.consensus.xml").path
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        let result = try FileCheck(files: [original, copy], criteria: Samples.path("criteria/quality-track.xml")).run()
        #expect(result.value.map(\.isValid) == [true, true, false])
        #expect(result.value[2].diagnostics.map(\.description) == [
            "\(copy):6:1: error: a second consensus record for agency 'min_heritage_crafts' (the first is \(original)): one agency has one",
        ])
    }

    @Test func theStagedSampleIsValid() throws {
        let result = try FileCheck(files: [Samples.path("samples/quality-track-stages/")], criteria: Samples.path("criteria/quality-track.xml")).run()
        #expect(result.value.count == 1 + 37)
        #expect(result.value.allSatisfy { $0.isValid && $0.diagnostics.isEmpty })
    }
}

/// `tamayuz convert` leaves a review stage alone rather than lose its team and rationales.
@Suite struct ConvertStagesTests {
    @Test func aConsensusIsNotConverted() {
        let failure = failure { () throws(JobFailure) in
            try ConvertRun(
                criteria: Samples.qualityCriteria,
                input: Samples.path("samples/quality-track-stages/min_heritage_crafts.consensus.xml")
            ).run()
        }
        #expect(failure?.kind == .invalidInput)
        #expect(failure?.messages.contains { $0.description.contains("a consensus assessment is not converted") } == true)
    }
}
