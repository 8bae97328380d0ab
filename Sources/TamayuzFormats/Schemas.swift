import Foundation
import TamayuzCore
import TamayuzXML

/// The project's XML namespaces and their compiled schemas (compiled once, shared read-only).
public enum TamayuzSchemas {
    public static let criteriaNamespace = "urn:tamayuz:criteria:1"
    public static let assessmentNamespace = "urn:tamayuz:assessment:1"

    /// Compiling an embedded schema cannot fail unless the binary itself is broken; a test
    /// compiles both.
    static let criteria: XMLSchema = compile(EmbeddedSchemas.criteria, name: "criteria.xsd")
    static let assessment: XMLSchema = compile(EmbeddedSchemas.assessment, name: "assessment.xsd")

    private static func compile(_ source: String, name: String) -> XMLSchema {
        do {
            return try XMLSchema(source: source, name: name)
        } catch {
            fatalError("the embedded schema \(name) does not compile: \(error.diagnostics)")
        }
    }
}

extension DocumentKind {
    /// The kind from the root element's namespace, read by parsing the document (safely) up to
    /// the root's start tag, so that a namespace quoted in a comment, UTF-16 text or a long
    /// prologue cannot mislead it: nil when the root is neither; the parse errors met before it.
    /// Whether the rest is well-formed is left to the loader that reads the file next.
    public static func ofRoot(_ bytes: [UInt8], fileName: String) throws(DiagnosticError) -> DocumentKind? {
        switch try XMLReader.rootElement(of: bytes, fileName: fileName).namespaceURI {
        case TamayuzSchemas.criteriaNamespace?: return .criteria
        case TamayuzSchemas.assessmentNamespace?: return .assessment
        default: return nil
        }
    }
}
