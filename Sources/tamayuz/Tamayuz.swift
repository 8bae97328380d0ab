import ArgumentParser
import TamayuzCore

/// The command-line tool: each subcommand parses its options, calls the engine, renders, and
/// maps the outcome to an exit code. The engine never prints and never exits.
@main
struct Tamayuz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tamayuz",
        abstract: "Score e-services against excellence criteria; combine evaluators; rank agencies; report.",
        discussion: """
            Criteria frameworks and assessments are XML files (see docs/criteria-format.md and \
            docs/assessment-format.md). Every bad input is reported as file:line:column: error: message.

            EXIT CODES
              0   success
              64  usage error (unknown option, missing argument)
              65  invalid input: a criteria file, assessment, table or results file has errors
              66  an input file or folder cannot be found or read
              73  the output cannot be written
            """,
        version: TamayuzVersion.current,
        subcommands: [Validate.self, Score.self, SelfAssess.self, Report.self, Template.self]
    )
}
