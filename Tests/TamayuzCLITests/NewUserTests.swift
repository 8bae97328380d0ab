import Foundation
import Testing

/// What a new user hit: messages that say what is wrong, suggestions, completions that work.
@Suite struct NewUserTests {
    static let assessment = "samples/self-assessment/mun_marj_alzuhur.self.xml"

    @Test(arguments: [["score"], ["validate"]]) func anAssessmentGivenAsCriteriaIsNamed(_ command: [String]) throws {
        let run = try CLI.run(command + ["--criteria", Self.assessment, Self.assessment])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(Self.assessment):1:1: error: this is an assessment, not a criteria file: give the framework's criteria with --criteria, and assessments as inputs"), "\(run.stderr)")
        #expect(!run.stderr.contains("No matching global declaration"))
    }

    @Test func aMistypedSubcommandGetsASuggestion() throws {
        let run = try CLI.run(["repot"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown subcommand 'repot'; did you mean 'report'?"), "\(run.stderr)")
    }

    @Test func bashCompletionOffersFilesAndOnlyFormatsThatWork() throws {
        let script = try CLI.run(["--generate-completion-script", "bash"]).stdout
        let score = try #require(script.range(of: "_tamayuz_score()")).upperBound
        let scoreBody = script[score...].prefix { _ in true }.split(separator: "\n}\n", maxSplits: 1).first ?? ""
        #expect(scoreBody.contains("'--criteria')\n        __tamayuz_add_completions -o plusdirs -fX '!*.@(xml)'"), "\(scoreBody)")
        #expect(scoreBody.contains("__tamayuz_add_completions -W 'table'$'\\n''json'$'\\n''csv'$'\\n''csv-long'\n"), "\(scoreBody)")
        #expect(scoreBody.contains("'--output'|'-o')\n        __tamayuz_add_completions -f"))
        #expect(script.contains("'--previous')\n        __tamayuz_add_completions -o plusdirs -fX '!*.@(json)'"))
        #expect(script.contains("'--answers')\n        __tamayuz_add_completions -o plusdirs -fX '!*.@(csv)'"))
        #expect(script.contains("'--lang')\n        __tamayuz_add_completions -W 'en'$'\\n''ar'"))
    }
}
