import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzReports

extension Tamayuz {
    struct SelfAssess: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "self-assess",
            abstract: "An agency's score, gaps and improvement plan from its own submission.",
            discussion: """
                Shows the total and band, completeness, the missing evidence, and an improvement plan: \
                a path of changes (an indicator to its next level or its best value, a missing evidence \
                item supplied, a blank answered), quick wins (evidence, blanks) first, then by gain per \
                unit of effort, each applied on top of the ones before and re-scored by the engine \
                itself (caps, gates and renormalisation honoured), with the running total and the step \
                that reaches each higher band. --format xlsx writes it as a workbook. With --evaluations, the self-score is set beside the evaluators'. The \
                submission may be a workbook (.xlsx). With --draft, a half-filled submission is scored \
                with its blank answers counted as missing answers, and its progress is told.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("The agency's submission (an assessment with role=\"self\", XML or an .xlsx workbook).", valueName: "submission"))
        var submission: String

        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Evaluators' assessments of the same agency.", valueName: "file"))
        var evaluations: [String] = []

        @Flag(name: .long, help: "Read the submission as a draft: blank answers are not answered yet (scored as missing answers); says how far it has come.")
        var draft = false

        @Option(name: .long, help: "How many plan steps to show.")
        var top = 10

        @Option(name: .long, help: "Output: text, json or xlsx (a workbook with the plan; needs -o FILE).")
        var format: SelfAssessmentFormat = .text

        @Option(name: .long, help: "Language of titles.")
        var lang: Language = .en

        enum SelfAssessmentFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json, xlsx
        }

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
            try output.checkWorkbook(format == .xlsx)
        }

        func run() throws {
            let result = try SelfAssessmentRun(criteria: criteria.selection, submission: submission, evaluations: evaluations, draft: draft).run()
            Console.report(result.messages)
            if let progress = result.value.draft { Console.error("\(submission): draft: \(progress.summary)") }
            let options = ReportOptions(language: lang, planLimit: top, inputs: [criteria.criteria, submission] + evaluations)
            switch format {
            case .text: try output.write(SelfAssessmentReport.text(result.value, options: options), inputs: result.inputFiles)
            case .json: try output.write(SelfAssessmentReport.json(result.value, options: options), inputs: result.inputFiles)
            case .xlsx:
                let workbook = ResultsWorkbook.selfAssessment(result.value, options: options)
                try output.write(bytes: try Workbooks.bytes(workbook, for: output), inputs: result.inputFiles)
            }
        }
    }
}
