import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzReports

extension Tamayuz {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score assessments one by one (an evaluator's view), with every point explained.",
            discussion: """
                Each assessment is scored on its own: indicator scores, not-applicable renormalisation, \
                evidence policy, rules in their documented order, total, band, eligibility. --explain \
                prints every node's inputs, weights, contribution and the rules that fired.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("Assessment files (XML or .xlsx workbooks), or folders of them.", valueName: "assessment"), completion: .file())
        var assessments: [String]

        @Option(name: .long, help: "Output format: table, json, csv, csv-long.", completion: .list(["table", "json", "csv", "csv-long"]))
        var format: ReportFormat = .table

        @Flag(name: .long, help: "Explain every node: inputs, weights, contributions, rules fired.")
        var explain = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if format == .html { throw ValidationError("score writes table, json, csv or csv-long; use `tamayuz report --format html` for the jury's report") }
        }

        func run() throws {
            let result = try ScoringRun(criteria: criteria.selection, inputs: assessments).run()
            Console.report(result.messages)
            let options = ReportOptions(
                explain: explain, inputs: [criteria.criteria] + assessments, colour: output.output == nil && Console.useColour,
                width: Console.tableWidth(toFile: output.output != nil))
            try output.write(format.renderer.render(result.value, options: options), inputs: result.inputFiles)
        }
    }
}
