import ArgumentParser
import TamayuzCore
import TamayuzFormats
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
            let framework = try criteria.load()
            let profile = criteria.profile.flatMap { framework.profile($0) } ?? kind.flatMap { framework.profile(forAgencyKind: $0) }
            let text = AssessmentTemplate.render(framework, AssessmentTemplate.Request(
                agencyID: agency, agencyKind: kind, agencyName: name, evaluatorID: evaluator, language: lang,
                profile: profile))
            try output.write(text, inputs: [criteria.criteria])
        }
    }
}
