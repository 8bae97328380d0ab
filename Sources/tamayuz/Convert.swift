import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzFormats
import TamayuzReports

extension Tamayuz {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn an assessment workbook into the canonical assessment XML, or the XML into a workbook.",
            discussion: """
                The input is read with every check against the criteria (a workbook exactly as \
                validate, score and report read it); the output's form is told by its extension: \
                .xml or .xlsx. Everything the XML holds survives the round trip, except the language \
                tags of justifications and comments (their text is kept). An existing output file is \
                not replaced unless --force is given.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("The assessment to convert (.xml or .xlsx).", valueName: "file"))
        var input: String

        @Option(name: .long, help: "Language of the workbook's texts (when writing .xlsx).")
        var lang: Language = .en

        @OptionGroup var output: KeptOutputOptions

        func validate() throws {
            guard let name = output.output?.lowercased(), name.hasSuffix(".xml") || name.hasSuffix(".xlsx") else {
                throw ValidationError("give the output with -o FILE.xml or -o FILE.xlsx")
            }
        }

        func run() throws {
            let destination = try output.checked()
            let result = try ConvertRun(criteria: criteria.selection, input: input).run()
            Console.report(result.messages)
            let (framework, assessment) = (result.value.framework, result.value.assessment)
            if output.output?.lowercased().hasSuffix(".xlsx") == true {
                let workbook = AssessmentWorkbook.filled(assessment, framework: framework, language: lang)
                try destination.write(bytes: try Workbooks.bytes(workbook, for: destination), inputs: result.inputFiles)
            } else {
                try destination.write(AssessmentDocument.render(assessment, framework: framework), inputs: result.inputFiles)
            }
        }
    }
}
