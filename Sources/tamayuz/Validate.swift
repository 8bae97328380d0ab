import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzReports

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
                summary; exits 65 when any file has an error. Workbooks (.xlsx) are checked like XML, \
                findings located file:Sheet!A1. With --draft a blank answer (value="" or an empty \
                cell) is an indicator not answered yet, and each assessment's line says how far it \
                has come ("42 of 107 indicators answered; 3 positive answers lack evidence").
                """)

        @Argument(help: ArgumentHelp("Criteria or assessment files (XML, or .xlsx workbooks), or folders of them.", valueName: "file"))
        var files: [String]

        @Option(name: .long, help: ArgumentHelp("Check assessments against these criteria.", valueName: "file"))
        var criteria: String?

        @Option(name: .long, help: "Output: text or json.")
        var format: ValidationFormat = .text

        @Flag(name: .long, help: "Check assessments as drafts: a blank answer is not answered yet; tell how far each has come.")
        var draft = false

        enum ValidationFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            let result = try FileCheck(files: files, criteria: criteria, draft: draft).run()
            Console.report(result.messages)
            switch format {
            case .text:
                for file in result.value { Console.report(file.diagnostics) }
                Console.out(ValidationReport.text(result.value) + "\n")
            case .json:
                Console.out(ValidationReport.json(result.value))
            }
            if let failure = FileCheck.failure(of: result.value) { throw failure }
        }
    }
}
