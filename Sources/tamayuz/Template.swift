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
                language. Filled in, it validates with `tamayuz validate --criteria` and scores as is.
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

        @Option(name: .long, help: "Language of the comments.")
        var lang: Language = .en

        @OptionGroup var output: OutputOptions

        func validate() throws {
            let identifier = #/[A-Za-z_][A-Za-z0-9_.]{0,63}/#
            guard agency.wholeMatch(of: identifier) != nil else {
                throw ValidationError("--agency must be an id: letters, digits, '_' and '.', starting with a letter")
            }
        }

        func run() throws {
            let result = try TemplateRun(criteria: criteria.selection, agencyKind: kind).run()
            Console.report(result.messages)
            let text = AssessmentTemplate.render(result.value.framework, AssessmentTemplate.Request(
                agencyID: agency, agencyKind: kind, agencyName: name, evaluatorID: evaluator, language: lang,
                profile: result.value.profile, stage: role?.role))
            try output.write(text, inputs: result.inputFiles)
        }
    }
}
