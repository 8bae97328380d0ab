import Foundation
import Testing
@testable import TamayuzFormats

/// How an output path is classified, without writing anything: a device is written through,
/// never replaced.
@Suite struct OutputTargetKindTests {
    @Test(arguments: ["/dev/null", "/dev/zero", "/dev/stdout", "/proc/self/fd/2"])
    func devicesAndDescriptorsAreStreams(_ path: String) throws {
        guard case .stream = try OutputTarget.of(path) else {
            Issue.record("\(path) is \(try OutputTarget.of(path)), not a stream")
            return
        }
    }

    @Test func aMissingFileIsCreatedWhereItsLastLinkPoints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tamayuz-target-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "missing.csv")
        guard case let .absent(path) = try OutputTarget.of(link) else {
            Issue.record("a dangling link is not an absent file")
            return
        }
        #expect(path == folder.path + "/missing.csv")
        guard case .directory = try OutputTarget.of(folder.path) else {
            Issue.record("a folder is not a directory")
            return
        }
    }
}
