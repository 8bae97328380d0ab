import ArgumentParser
import TamayuzApplication
import TamayuzCore

/// The command-line tool: each subcommand parses its options, runs one job, renders its result
/// and writes it. A job never prints and never exits: its failure comes back here, is printed,
/// and becomes the exit status.
@main
struct Tamayuz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tamayuz",
        abstract: "Score e-services against excellence criteria; combine evaluators; rank agencies; report.",
        discussion: """
            Criteria frameworks and assessments are XML files (see docs/criteria-format.md and \
            docs/assessment-format.md); assessments may also be Excel workbooks (.xlsx: tamayuz \
            template --format xlsx writes one, tamayuz convert turns one into XML and back). Every bad \
            input is reported as file:line:column: error: message, or file:Sheet!A1: error: message \
            in a workbook.

            EXIT CODES
              0   success
              64  usage error (unknown option, missing argument)
              65  invalid input: a criteria file, assessment, table or results file has errors
              66  an input file or folder cannot be found or read
              73  the output cannot be written
            """,
        version: TamayuzVersion.current,
        subcommands: [
            Validate.self, Score.self, SelfAssess.self, Report.self, Consensus.self, Feedback.self, Calibrate.self,
            Template.self, Convert.self,
        ]
    )

    /// Parses the arguments and runs the command; a job's failure prints its messages and exits
    /// with the status its kind maps to (`ExitCodes.status(for:)`).
    static func main() {
        do {
            try suggestSubcommand(for: Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as JobFailure {
            Console.report(failure.messages)
            exit(withError: ExitCodes.status(for: failure.kind))
        } catch {
            exit(withError: error)
        }
    }

    /// A first argument that is no subcommand but nearly one (`repot`) is a usage error that
    /// names the subcommand meant.
    private static func suggestSubcommand(for arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first), let meant = NearestName.nearest(to: first, in: names) else { return }
        throw ValidationError("unknown subcommand '\(first)'; did you mean '\(meant)'?")
    }
}
