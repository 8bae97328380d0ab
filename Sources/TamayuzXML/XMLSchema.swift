import Clibxml2

/// A compiled XSD, parsed once and shared read-only between threads.
///
/// The schema text is parsed with the same safe parser as documents (no DOCTYPE, nothing
/// loaded), and must be self-contained: `xs:include`, `xs:redefine`, `xs:override` and an
/// `xs:import` with a `schemaLocation` are refused, so compiling never reads a file or the network.
/// An `xs:import` without `schemaLocation` is allowed and loads nothing, so it cannot make
/// `xml:lang` known: accept it with `<xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace"
/// processContents="skip"/>`.
///
/// `@unchecked Sendable`: the compiled schema and the document it came from are never changed
/// after `init`; libxml2 supports validating against one compiled schema from many threads as
/// long as each validation has its own context, which `validate` creates per call.
package final class XMLSchema: @unchecked Sendable {
    let schema: xmlSchemaPtr
    /// The schema's own tree, kept alive as long as the compiled schema that points into it.
    private let document: ParsedDocument
    /// The schema's target namespace; names in it are shown without `{namespace}` in messages.
    let targetNamespace: String?

    private static let schemaNamespace = "http://www.w3.org/2001/XMLSchema"

    /// Compiles the XSD in `source`; `name` is the file name used in diagnostics.
    /// - Throws: every problem found, located in the schema text.
    package init(source: String, name: String) throws(DiagnosticError) {
        let document = try ParsedDocument.parse(Array(source.utf8), fileName: name)
        let (root, locations) = try TreeConverter.convert(document, locating: .all)
        try Self.refuseExternalReferences(in: root)
        let targetNamespace = root[attribute: "targetNamespace"]

        guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else {
            throw DiagnosticError(root.location, "could not create a schema parser (out of memory)")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = DiagnosticCollector(
            homeNamespaces: [Self.schemaNamespace] + (targetNamespace.map { [$0] } ?? []))
        xmlSchemaSetParserStructuredErrors(
            parser, Self.structuredErrorHandler(), Unmanaged.passUnretained(collector).toOpaque())
        let compiled = withExtendedLifetime(collector) { xmlSchemaParse(parser) }
        guard let compiled, !collector.hasErrors else {
            if let compiled { xmlSchemaFree(compiled) }
            var diagnostics = collector.diagnostics(file: name, source: nil, nodes: locations)
            if !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(at: root.location, "schema could not be compiled"))
            }
            throw DiagnosticError(diagnostics)
        }
        self.schema = compiled
        self.document = document
        self.targetNamespace = targetNamespace
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates `document` with a validation context of its own and returns what was found;
    /// diagnostics name nodes of `document`.
    func validate(_ document: ParsedDocument) -> DiagnosticCollector {
        let collector = DiagnosticCollector(homeNamespaces: targetNamespace.map { [$0] } ?? [])
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            collector.add(
                .lineColumn(line: 1, column: 1), .error, "could not create a schema validator (out of memory)")
            return collector
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(
            context, Self.structuredErrorHandler(), Unmanaged.passUnretained(collector).toOpaque())
        let result = withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document.pointer) }
        if result != 0, !collector.hasErrors {
            collector.add(
                .lineColumn(line: 1, column: 1), .error, "document could not be validated (libxml2 code \(result))")
        }
        return collector
    }

    /// Reports schema errors to the `DiagnosticCollector` passed as the error context; each is
    /// placed at the node libxml2 names.
    private static func structuredErrorHandler() -> xmlStructuredErrorFunc {
        { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue()
            let node = error.pointee.node.map { UnsafeRawPointer($0) }
            collector.add(error, at: .node(node, line: Int(error.pointee.line)))
        }
    }

    /// Refuses schema elements that would make libxml2 read another schema from a file or the
    /// network (it would do so with entity substitution on and network access allowed).
    private static func refuseExternalReferences(in root: XMLElement) throws(DiagnosticError) {
        var diagnostics: [Diagnostic] = []
        for child in root.children where child.namespaceURI == schemaNamespace {
            switch child.name {
            case "include", "redefine", "override":
                diagnostics.append(
                    .error(
                        at: child.location,
                        "xs:\(child.name) is not allowed: a Tamayuz schema must be self-contained"))
            case "import" where child.attribute("schemaLocation") != nil:
                diagnostics.append(
                    .error(
                        at: child.attribute("schemaLocation")!.location,
                        "xs:import with a schemaLocation is not allowed: a Tamayuz schema must be self-contained"))
            default:
                break
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }
}
