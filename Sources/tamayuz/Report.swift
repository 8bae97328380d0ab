import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzFormats
import TamayuzReports

extension Tamayuz {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The jury's run: combine evaluators, rank agencies, compare cycles, export the report.",
            discussion: """
                Assessments are grouped by agency; self-assessments and evaluators' assessments are told \
                apart; an evaluator affiliated with the agency is excluded and the exclusion reported. \
                Evaluators combine per indicator (--aggregate), optionally standardised first. Agencies \
                are ranked by standard competition ranking (1-2-2-4) on the total at the framework's \
                precision, then by its tie-break rules; ineligible agencies are listed apart. An agency \
                with no counted evaluator is ranked on its self-assessment.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("Assessment files (XML or .xlsx workbooks), or folders of them.", valueName: "input"), completion: .file())
        var inputs: [String] = []

        @Option(name: .long, help: ArgumentHelp("Answers from a CSV table: one row per agency, one column per indicator id.", valueName: "table.csv"), completion: .file(extensions: ["csv"]))
        var answers: String?

        @Option(name: .long, help: ArgumentHelp("The table's agency id column.", valueName: "name"))
        var idColumn = "id"

        @Option(name: .long, help: ArgumentHelp("The table's agency name column (default: name; a column named here must exist).", valueName: "name"))
        var nameColumn: String?

        @Option(name: .long, help: "How evaluators combine per indicator: mean, median, trimmed-mean.")
        var aggregate: Aggregation = .mean

        @Flag(name: .long, help: "Standardise each evaluator first (z per evaluator, re-expressed on the pooled scale).")
        var standardize = false

        @Option(name: .long, help: "The fewest indicator scores an evaluator needs for --standardize.")
        var minScores = 20

        @Option(name: .long, help: "Normalise indicator scores across agencies: none, minmax, zscore, percentile.")
        var normalize: Normalisation = .none

        @Option(name: .long, help: ArgumentHelp("JSON results of the previous cycle, for rank changes.", valueName: "results.json"), completion: .file(extensions: ["json"]))
        var previous: String?

        @Option(name: .long, help: ArgumentHelp("Monte Carlo draws over the area weights (rank robustness).", valueName: "draws"))
        var sensitivity: Int?

        @Option(name: .long, help: "How far each area weight varies in the draws (0.2 = ±20 %).")
        var sensitivityRange = 0.2

        @Option(name: .long, help: "Seed of the draws (same seed, same result).")
        var seed: UInt64 = 2013

        @Option(name: .long, help: "Output format: table, json, csv, csv-long, html.")
        var format: ReportFormat = .table

        @Option(name: .long, help: "Language of the report.")
        var lang: Language = .en

        @Option(name: .long, help: "Digits in the HTML report.")
        var digits: DigitStyle = .western

        @Option(name: .long, help: ArgumentHelp("The report's date (YYYY-MM-DD), shown in Gregorian and Hijri; none by default, so reruns are byte-identical.", valueName: "date"))
        var date: String?

        @Flag(name: .long, help: "Explain every node of every agency (table format).")
        var explain = false

        @Flag(name: .long, help: "Compare with --previous results of another framework all the same.")
        var force = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard !inputs.isEmpty || answers != nil else { throw ValidationError("give assessment files or folders, or --answers TABLE.csv") }
            if let sensitivity, !(1...1_000_000).contains(sensitivity) { throw ValidationError("--sensitivity takes 1 to 1,000,000 draws") }
            guard (0..<1).contains(sensitivityRange) else { throw ValidationError("--sensitivity-range takes a fraction in [0, 1)") }
            guard minScores >= 2 else { throw ValidationError("--min-scores must be at least 2") }
            if let date, ReportDate(iso: date) == nil { throw ValidationError("--date takes a date as YYYY-MM-DD, e.g. 2013-12-08") }
        }

        func run() throws {
            let result = try job.run()
            Console.report(result.messages)
            let options = ReportOptions(
                language: lang, digits: digits, date: date.flatMap(ReportDate.init(iso:)),
                explain: explain, inputs: [criteria.criteria] + inputs + (answers.map { [$0] } ?? []),
                colour: output.output == nil && Console.useColour, width: Console.tableWidth(toFile: output.output != nil))
            if format == .json {
                // Streamed: the results of a thousand agencies run to hundreds of megabytes.
                try output.stream(inputs: result.inputFiles) { sink in JSONRenderer().render(result.value, options: options, to: sink) }
            } else {
                try output.write(format.renderer.render(result.value, options: options), inputs: result.inputFiles)
            }
        }

        /// The jury's run the options ask for.
        private var job: JuryRun {
            JuryRun(
                criteria: criteria.selection, inputs: inputs,
                answerTable: answers.map { JuryRun.AnswerTable(file: $0, columns: .init(id: idColumn, name: nameColumn ?? "name", nameIsRequired: nameColumn != nil)) },
                previousResults: previous,
                jury: JuryOptions(aggregation: aggregate, standardise: standardize, minimumScoresPerEvaluator: minScores),
                normalisation: normalize,
                sensitivity: sensitivity.map { SensitivityOptions(draws: $0, range: sensitivityRange, seed: seed) },
                improvementPlans: format.showsImprovementPlans, comparesAnotherFramework: force)
        }
    }
}
