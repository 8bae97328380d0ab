import ArgumentParser
import Foundation
import TamayuzApplication
import TamayuzCore
import TamayuzFormats
import TamayuzReports

extension Tamayuz {
    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write each agency's feedback report: one printable HTML file per agency, for its eyes only.",
            discussion: """
                The jury's run (as `report`), then per agency: its score and band against the field's median \
                and quartiles per area (no other agency named), per criterion the strengths and areas for \
                improvement (comments marked kind="strength" or kind="improvement", and the indicators furthest \
                above and below the field's median), the site visit's findings and the improvement plan. A \
                criterion with no written strength or improvement is a warning. Files are named after the \
                agency ids (AGENCY.html); existing files are kept unless --force.
                """)

        @OptionGroup var criteria: CriteriaOptions

        @Argument(help: ArgumentHelp("Assessment files, or folders of them.", valueName: "input"))
        var inputs: [String]

        @Option(name: .long, help: "How evaluators combine per indicator: mean, median, trimmed-mean.")
        var aggregate: Aggregation = .mean

        @Option(name: .long, help: ArgumentHelp("Computed strengths and improvements per criterion, beside the written ones.", valueName: "count"))
        var computed = 2

        @Option(name: .long, help: "Language of the reports.")
        var lang: Language = .en

        @Option(name: .long, help: "Digits in the reports.")
        var digits: DigitStyle = .western

        @Option(name: .long, help: ArgumentHelp("The folder to write the reports into (created if missing).", valueName: "dir"))
        var outputDir: String

        @Flag(name: .long, help: "Overwrite reports already in the folder.")
        var force = false

        func validate() throws {
            guard (0...10).contains(computed) else { throw ValidationError("--computed takes 0 to 10") }
        }

        func run() throws {
            let job = FeedbackRun(
                jury: JuryRun(criteria: criteria.selection, inputs: inputs, jury: JuryOptions(aggregation: aggregate)),
                computedPerCriterion: computed)
            let result = try job.run()
            Console.report(result.messages)
            let options = ReportOptions(language: lang, digits: digits, inputs: [criteria.criteria] + inputs)
            let files = result.value.agencies.map { feedback in
                (path: outputDir + "/" + HTMLFeedback.fileName(for: feedback.agency), feedback: feedback)
            }
            try prepareFolder(files.map(\.path))
            for file in files {
                let html = HTMLFeedback().render(file.feedback, cycle: result.value, options: options)
                do {
                    try OutputFile.write(html, toPath: file.path, inputs: result.inputFiles)
                } catch {
                    throw JobFailure(.cannotWrite, messages: error.diagnostics.map(JobMessage.diagnostic))
                }
                Console.error("wrote \(file.path)")
            }
        }

        /// Creates the folder; refuses (`cannotWrite`) when a report is already there and --force
        /// is not given, before anything is written.
        private func prepareFolder(_ paths: [String]) throws(JobFailure) {
            do {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            } catch {
                throw JobFailure(.cannotWrite, messages: [.note(.error, "cannot create the folder \(outputDir): \(error.localizedDescription)")])
            }
            guard !force else { return }
            let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
            guard existing.isEmpty else {
                throw JobFailure(.cannotWrite, messages: existing.map { .note(.error, "\($0) exists: give --force to overwrite it") })
            }
        }
    }
}
