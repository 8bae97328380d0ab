import ArgumentParser
import TamayuzCore
import TamayuzFormats

extension Tamayuz {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check criteria files and assessments: schema, then every semantic rule.",
            discussion: """
                Each file's kind is told from its root element's namespace. Criteria files get every \
                check a schema cannot make (ids, references, weights and points, bands, expressions, \
                cycles, profiles). Assessments are checked against the schema, and with --criteria \
                against the criteria too (indicators, values, levels, not-applicable, duplicates, \
                framework id and version). Prints file:line:column: error|warning: message lines and a \
                summary; exits 65 when any file has an error.
                """)

        @Argument(help: ArgumentHelp("Criteria or assessment files, or folders of them.", valueName: "file"))
        var files: [String]

        @Option(name: .long, help: ArgumentHelp("Check assessments against these criteria.", valueName: "file"))
        var criteria: String?

        @Option(name: .long, help: "Output: text or json.")
        var format: ValidationFormat = .text

        enum ValidationFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            var framework: Framework?
            var results: [FileValidation] = []
            if let criteria {
                do {
                    let (loaded, warnings) = try CriteriaLoader.load(fileAtPath: criteria)
                    framework = loaded
                    results.append(FileValidation(file: criteria, kind: .criteria, diagnostics: warnings))
                } catch {
                    results.append(FileValidation(file: criteria, kind: .criteria, diagnostics: error.diagnostics))
                }
            }
            let paths: [String]
            do {
                paths = try InputFiles.expand(files)
            } catch {
                Console.report(error.diagnostics)
                throw ExitCodes.noInput
            }
            let checked = paths.filter { $0 != criteria }
            guard !paths.isEmpty else {
                Console.error("error: no files to check in \(files.joined(separator: ", ")) (folders are read for .xml files directly inside them)")
                throw ExitCodes.noInput
            }
            let criteriaFramework = framework
            results += Parallel.map(checked) { path in Self.validate(path, framework: criteriaFramework) }
            switch format {
            case .text:
                for result in results { Console.report(result.diagnostics) }
                Console.error(ValidationSummary.text(results))
            case .json:
                Console.out(ValidationSummary.json(results))
            }
            if results.contains(where: { !$0.isValid }) {
                let unreadable = results.allSatisfy { $0.isValid || $0.kind == nil && $0.diagnostics.allSatisfy { $0.location.line == 0 } }
                throw unreadable ? ExitCodes.noInput : ExitCodes.invalidInput
            }
        }

        private static func validate(_ path: String, framework: Framework?) -> FileValidation {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(atPath: path)
            } catch {
                return FileValidation(file: path, kind: nil, diagnostics: error.diagnostics)
            }
            // The kind is the root element's namespace, read by parsing (safely): a namespace
            // quoted in a comment, UTF-16 text or a long prologue cannot mislead it.
            let found: DocumentKind?
            do {
                found = try DocumentKind.ofRoot(bytes, fileName: path)
            } catch {
                return FileValidation(file: path, kind: nil, diagnostics: error.diagnostics)
            }
            guard let kind = found else {
                return FileValidation(file: path, kind: nil, diagnostics: [.error(
                    at: SourceLocation(file: path, line: 1, column: 1),
                    "not a Tamayuz file: the root element must be in the namespace \(TamayuzSchemas.criteriaNamespace) (criteria) or \(TamayuzSchemas.assessmentNamespace) (assessment)")])
            }
            do {
                switch kind {
                case .criteria:
                    return FileValidation(file: path, kind: kind, diagnostics: try CriteriaLoader.load(bytes: bytes, fileName: path).1)
                case .assessment:
                    if let framework {
                        return FileValidation(file: path, kind: kind, diagnostics: try AssessmentLoader.load(bytes: bytes, fileName: path, framework: framework).1)
                    }
                    try AssessmentLoader.checkSchema(bytes: bytes, fileName: path)
                    return FileValidation(file: path, kind: kind, diagnostics: [], note: "schema only: give --criteria to check the answers against the criteria")
                }
            } catch {
                return FileValidation(file: path, kind: kind, diagnostics: error.diagnostics)
            }
        }
    }
}

/// The outcome of checking one file.
struct FileValidation {
    var file: String
    var kind: DocumentKind?
    var diagnostics: [Diagnostic]
    var note: String?

    var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}
