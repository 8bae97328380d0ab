import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzReports

extension Tamayuz {
    struct Calibrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Calibrate evaluators against a reference case's answer key, before the cycle.",
            discussion: """
                The key is an assessment with role "reference"; the evaluations are the evaluators' \
                assessments of the same case. Per evaluator: bias (mean signed error of indicator scores), \
                mean absolute error, agreement with the key within tolerance per area, and the indicators \
                missed (outside tolerance, or left blank where the key scored them); ranked by mean \
                absolute error. Scores are in points of 100.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Option(name: .long, help: ArgumentHelp("The answer key: an assessment with role \"reference\".", valueName: "key.xml"))
        var key: String

        @Argument(help: ArgumentHelp("The evaluators' assessments of the reference case, or folders of them.", valueName: "evaluation"))
        var evaluations: [String]

        @Option(name: .long, help: ArgumentHelp("How far an indicator score may stray from the key and agree, in points of 100.", valueName: "points"))
        var tolerance = 10.0

        @Option(name: .long, help: "Output format: table, json, html.")
        var format: ReferenceCalibrationFormat = .table

        @Option(name: .long, help: "Language of the HTML page.")
        var lang: Language = .en

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...100).contains(tolerance) else { throw ValidationError("--tolerance takes 0 to 100 points") }
        }

        func run() throws {
            let job = CalibrationRun(criteria: criteria.selection, key: key, inputs: evaluations, tolerance: tolerance / 100)
            let result = try job.run()
            Console.report(result.messages)
            try output.write(format.render(result.value, language: lang), inputs: result.inputFiles)
        }
    }
}

extension ReferenceCalibrationFormat: ExpressibleByArgument {}
