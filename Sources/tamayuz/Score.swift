import ArgumentParser
import TamayuzCore
import TamayuzFormats
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

        @Argument(help: ArgumentHelp("Assessment files, or folders of them.", valueName: "assessment"))
        var assessments: [String]

        @Option(name: .long, help: "Output format: table, json, csv, csv-long.")
        var format: ReportFormat = .table

        @Flag(name: .long, help: "Explain every node: inputs, weights, contributions, rules fired.")
        var explain = false

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if format == .html { throw ValidationError("score writes table, json, csv or csv-long; use `tamayuz report --format html` for the jury's report") }
        }

        func run() throws {
            let framework = try criteria.load()
            let loaded = try loadAssessments(assessments, framework: framework, detail: .scoring)
            guard !loaded.isEmpty else {
                Console.error("error: no assessments found in \(assessments.joined(separator: ", ")) (folders are read for .xml files directly inside them)")
                throw ExitCodes.noInput
            }
            let scorer = Scorer(framework: framework)
            let cards: [ScoreCard]
            let profiles: [Profile?]
            do {
                let requested = criteria.profile
                let scored = try Parallel.map(loaded) { (assessment) throws(ScoringError) -> (ScoreCard, Profile?) in
                    let profile = try scorer.profile(requested: requested, for: assessment)
                    return (try scorer.score(assessment, profile: profile), profile)
                }
                cards = scored.map(\.0)
                profiles = scored.map(\.1)
            } catch {
                Console.report([error.diagnostic])
                throw ExitCodes.invalidInput
            }
            let comparison = CycleComparison.unranked(cards, profiles: profiles, framework: framework)
            let options = ReportOptions(explain: explain, inputs: [criteria.criteria] + assessments, colour: output.output == nil && Console.useColour)
            try output.write(format.renderer.render(comparison, options: options), inputs: [criteria.criteria] + loaded.map(\.location.file))
        }
    }
}
