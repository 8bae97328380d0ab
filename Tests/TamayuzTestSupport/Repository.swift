import Foundation

/// The checkout the tests run in: its shipped criteria and samples, and the workspace beside it.
public enum Repository {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of `relative` (such as `samples/quality-track`) in the repository.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
