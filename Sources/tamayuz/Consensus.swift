import ArgumentParser
import Foundation
import TamayuzApplication
import TamayuzCore
import TamayuzFormats
import TamayuzReports

extension Tamayuz {
    struct Consensus: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prepare the consensus meeting: the agenda per agency, and pre-filled consensus assessments.",
            discussion: """
                The pack (HTML) lists, per agency, the indicators whose evaluators' scores spread beyond \
                --spread points or whose area's α is below --alpha, each with every evaluator's answer, \
                evidence, comment and leniency side by side, then the questions evaluators marked \
                <verify-on-site> (warned beyond three per criterion). --drafts writes AGENCY.consensus.xml \
                per agency: the evaluators' middle answers, to edit during the meeting and give to \
                `tamayuz report` with the assessments.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("Assessment files, or folders of them.", valueName: "input"))
        var inputs: [String] = []

        @Option(name: .long, help: ArgumentHelp("An agency to prepare (repeat for several; all agencies when left out).", valueName: "id"))
        var agency: [String] = []

        @Option(name: .long, help: ArgumentHelp("The evaluators' spread on an indicator, in points per 100, above which it is discussed.", valueName: "points"))
        var spread = 20.0

        @Option(name: .long, help: ArgumentHelp("An area's interval α below which its disputed indicators are discussed.", valueName: "alpha"))
        var alpha = JuryAgreement.tentativeAlpha

        @Option(name: .long, help: ArgumentHelp("Write each agency's pre-filled consensus assessment into this existing folder.", valueName: "folder"))
        var drafts: String?

        @Option(name: .long, help: "Language of the pack.")
        var lang: Language = .en

        @Option(name: .long, help: "Digits in the pack.")
        var digits: DigitStyle = .western

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard !inputs.isEmpty else { throw ValidationError("give assessment files or folders") }
            guard (0...100).contains(spread) else { throw ValidationError("--spread takes points from 0 to 100") }
            guard (-1...1).contains(alpha) else { throw ValidationError("--alpha takes a value from -1 to 1") }
        }

        func run() throws {
            let options = ConsensusAgenda.Options(spread: spread / 100, alpha: alpha)
            let result = try ConsensusRun(criteria: criteria.selection, inputs: inputs, agencies: agency, agenda: options).run()
            Console.report(result.messages)
            let pack = result.value
            if let drafts {
                for agenda in pack.agendas {
                    let path = URL(fileURLWithPath: drafts).appendingPathComponent("\(agenda.agency.id).consensus.xml").path
                    let text = ConsensusDraft.render(pack.comparison.framework, agenda, language: lang)
                    do {
                        try OutputFile.write(text, toPath: path, inputs: result.inputFiles)
                    } catch {
                        throw JobFailure(.cannotWrite, messages: error.diagnostics.map(JobMessage.diagnostic))
                    }
                    Console.error("wrote \(path)")
                }
            }
            let report = ReportOptions(language: lang, digits: digits, inputs: [criteria.criteria] + inputs)
            try output.write(ConsensusPackRenderer().render(pack.agendas, comparison: pack.comparison, options: options, report: report), inputs: result.inputFiles)
        }
    }
}
