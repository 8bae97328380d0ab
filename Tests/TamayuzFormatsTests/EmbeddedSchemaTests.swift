import Foundation
import Testing
@testable import TamayuzFormats

/// The schemas compiled into the binary are the ones in criteria/schema/ (run
/// scripts/embed-schemas.sh after editing an XSD).
@Suite struct EmbeddedSchemaTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("criteria/schema")

    @Test func criteriaSchemaMatchesTheFile() throws {
        let file = try String(contentsOf: Self.folder.appendingPathComponent("criteria.xsd"), encoding: .utf8)
        #expect(EmbeddedSchemas.criteria + "\n" == file)
    }

    @Test func assessmentSchemaMatchesTheFile() throws {
        let file = try String(contentsOf: Self.folder.appendingPathComponent("assessment.xsd"), encoding: .utf8)
        #expect(EmbeddedSchemas.assessment + "\n" == file)
    }
}
