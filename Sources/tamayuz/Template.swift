import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzReports

extension Tamayuz {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a blank assessment for an agency (or an evaluator) to fill in.",
            discussion: """
                Every indicator that applies under the profile gets an <answer> to fill, with its allowed \
                values, level descriptors, guidance and the evidence asked for as comments in the chosen \
                language. Filled in, it validates with `tamayuz validate --criteria` and scores as is; \
                while half-filled, `tamayuz validate --draft` shows the progress.

                With --format xlsx (or an -o name ending in .xlsx) it is an Excel workbook instead: an \
                instructions sheet, and an answers sheet with one row per indicator (grouped by area and \
                criterion), drop-down lists and number bounds on the answer cells, evidence and comment \
                cells, and every other cell protected; right-to-left with --lang ar. Every command that \
                reads assessments reads the workbook as it is; `tamayuz convert` turns it into XML. An \
                existing output file is not replaced unless --force is given.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Option(name: .long, help: ArgumentHelp("The agency's id.", valueName: "id"))
        var agency: String

        @Option(name: .long, help: ArgumentHelp("The agency's kind (e.g. municipality, ministry); picks the framework's profile.", valueName: "kind"))
        var kind: String?

        @Option(name: .long, help: ArgumentHelp("The agency's name.", valueName: "name"))
        var name: String?

        @Option(name: .long, help: ArgumentHelp("Write an evaluator's template for this evaluator id.", valueName: "id"))
        var evaluator: String?

        @Option(name: .long, help: ArgumentHelp("Write a review stage's template instead: the team's consensus, or a site visit's adjustments.", valueName: "consensus|site-visit"))
        var role: StageOption?

        @Option(name: .long, help: "Language of the comments (of the workbook's texts, with --format xlsx).")
        var lang: Language = .en

        @Option(name: .long, help: "xml (default) or xlsx (a workbook; needs -o FILE).")
        var format: TemplateFormat?

        @OptionGroup var output: KeptOutputOptions

        /// What the template is written as.
        enum TemplateFormat: String, ExpressibleByArgument, CaseIterable {
            case xml, xlsx
        }

        /// The format asked for, or the output's extension says.
        var chosenFormat: TemplateFormat {
            format ?? (output.output?.lowercased().hasSuffix(".xlsx") == true ? .xlsx : .xml)
        }

        func validate() throws {
            let identifier = #/[A-Za-z_][A-Za-z0-9_.]{0,63}/#
            guard agency.wholeMatch(of: identifier) != nil else {
                throw ValidationError("--agency must be an id: letters, digits, '_' and '.', starting with a letter")
            }
            if role != nil, chosenFormat == .xlsx {
                throw ValidationError("a review stage's template is XML only: its team and rationales have no place in the workbook")
            }
            if chosenFormat == .xlsx, output.output == nil {
                throw ValidationError("a workbook is written to a file: give -o FILE.xlsx")
            }
        }

        func run() throws {
            let destination = try output.checked()
            let result = try TemplateRun(criteria: criteria.selection, agencyKind: kind).run()
            Console.report(result.messages)
            let request = AssessmentTemplate.Request(
                agencyID: agency, agencyKind: kind, agencyName: name, evaluatorID: evaluator, language: lang,
                profile: result.value.profile, stage: role?.role)
            switch chosenFormat {
            case .xml:
                try destination.write(AssessmentTemplate.render(result.value.framework, request), inputs: result.inputFiles)
            case .xlsx:
                let workbook = AssessmentWorkbook.template(result.value.framework, request)
                try destination.write(bytes: try Workbooks.bytes(workbook, for: destination), inputs: result.inputFiles)
            }
        }
    }
}
