import ArgumentParser
import TamayuzCore
import TamayuzFormats
import TamayuzReports

extension Tamayuz {
    struct SelfAssess: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "self-assess",
            abstract: "An agency's score, gaps and improvement plan from its own submission.",
            discussion: """
                Shows the total and band, completeness, the missing evidence, and an improvement plan: \
                each change (an indicator to its next level or its best value, a missing evidence item \
                supplied, a blank answered) re-scored by the engine itself, so caps, gates and \
                renormalisation are honoured, ranked by the gain in total; quick wins (evidence, \
                blanks) first. With --evaluations, the self-score is set beside the evaluators'.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("The agency's submission (an assessment with role=\"self\").", valueName: "submission"))
        var submission: String

        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Evaluators' assessments of the same agency.", valueName: "file"))
        var evaluations: [String] = []

        @Option(name: .long, help: "How many plan steps to show.")
        var top = 10

        @Option(name: .long, help: "Output: text or json.")
        var format: SelfAssessmentFormat = .text

        @Option(name: .long, help: "Language of titles.")
        var lang: Language = .en

        enum SelfAssessmentFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            let framework = try criteria.load()
            let submitted = try loadAssessments([submission], framework: framework)
            guard submitted.count == 1, let assessment = submitted.first else {
                Console.error("\(submission): error: give one submission file (found \(submitted.count) assessments)")
                throw ExitCodes.invalidInput
            }
            guard assessment.assessor.role == .self else {
                Console.error("\(assessment.location): error: this is evaluator '\(assessment.assessor.id)''s assessment, not the agency's own: self-assess reads a submission with <assessor role=\"self\"/> (give evaluators' files with --evaluations)")
                throw ExitCodes.invalidInput
            }
            let others = try loadAssessments(evaluations, framework: framework)
            let scorer = Scorer(framework: framework)
            let card: ScoreCard
            let plan: ImprovementPlan
            var evaluatorSummaries: [AssessmentSummary] = []
            do {
                let profile = try scorer.profile(requested: criteria.profile, for: assessment)
                card = try scorer.score(assessment, profile: profile)
                plan = try scorer.improvementPlan(for: card, profile: profile)
                let jury = Jury(scorer: scorer, options: JuryOptions())
                for other in others {
                    if other.agency.id != assessment.agency.id {
                        Console.error("\(other.location): warning: this assessment is of agency '\(other.agency.id)', not '\(assessment.agency.id)': left out")
                        continue
                    }
                    if other.assessor.role != .evaluator {
                        Console.error("\(other.location): warning: this is not an evaluator's assessment: left out")
                        continue
                    }
                    if other.assessor.affiliations.contains(assessment.agency.id) {
                        Console.error("\(other.location): warning: evaluator '\(other.assessor.id)' is affiliated with '\(assessment.agency.id)' (a conflict of interest): left out")
                        continue
                    }
                    evaluatorSummaries.append(jury.summary(try scorer.score(other, profile: profile)))
                }
            } catch {
                Console.report([error.diagnostic])
                throw ExitCodes.invalidInput
            }
            let options = ReportOptions(language: lang, planLimit: top, inputs: [criteria.criteria, submission] + evaluations)
            let text = switch format {
            case .text: SelfAssessmentReport.text(card: card, plan: plan, framework: framework, evaluators: evaluatorSummaries, options: options)
            case .json: SelfAssessmentReport.json(card: card, plan: plan, framework: framework, evaluators: evaluatorSummaries, options: options)
            }
            try output.write(text, inputs: [criteria.criteria, submission] + evaluations)
        }
    }
}
