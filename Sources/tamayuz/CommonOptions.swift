import ArgumentParser
import Foundation
import TamayuzApplication
import TamayuzCore
import TamayuzFormats
import TamayuzReports

/// The criteria every scoring command needs.
struct CriteriaOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The criteria framework (XML).", valueName: "file"), completion: .file(extensions: ["xml"]))
    var criteria: String

    @Option(name: .long, help: ArgumentHelp("Score with this profile instead of the one chosen by each agency's kind.", valueName: "id"))
    var profile: String?

    /// The criteria as a job takes them.
    var selection: CriteriaSelection { CriteriaSelection(file: criteria, profile: profile) }
}

/// Where and how results are written.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"), completion: .file())
    var output: String?

    /// Writes the rendered text; fails (`cannotWrite`) when it cannot.
    func write(_ text: String, inputs: [String]) throws(JobFailure) {
        guard let output else {
            Console.out(text)
            return
        }
        try recordingFailure(writing: output) { () throws(DiagnosticError) in try OutputFile.write(text, toPath: output, inputs: inputs) }
    }

    /// Writes bytes (a workbook); fails (`cannotWrite`) when it cannot.
    func write(bytes: [UInt8], inputs: [String]) throws(JobFailure) {
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try recordingFailure(writing: output) { () throws(DiagnosticError) in try OutputFile.write(bytes, toPath: output, inputs: inputs) }
    }

    /// Writes text produced piece by piece (a large JSON document), never holding it whole;
    /// fails (`cannotWrite`) when it cannot.
    func stream(inputs: [String], _ produce: ((UnsafeRawBufferPointer) -> Void) -> Void) throws(JobFailure) {
        guard let output else {
            produce { FileHandle.standardOutput.write(Data($0)) }
            return
        }
        try recordingFailure(writing: output) { () throws(DiagnosticError) in
            try OutputFile.write(toPath: output, inputs: inputs, producing: produce)
        }
    }

    private func recordingFailure(writing output: String, _ write: () throws(DiagnosticError) -> Void) throws(JobFailure) {
        do {
            try write()
        } catch {
            throw JobFailure(.cannotWrite, messages: error.diagnostics.map(JobMessage.diagnostic))
        }
        Console.error("wrote \(output)")
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}
extension Aggregation: ExpressibleByArgument {}
extension Normalisation: ExpressibleByArgument {}

/// The output of a command that makes a file someone fills in or keeps (`template`, `convert`):
/// an existing file is never replaced unless `--force` says so.
struct KeptOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the output file if it exists (without it, an existing file is left alone).")
    var force = false

    /// The plain output options, once an existing output is known to be fine to replace.
    func checked() throws(JobFailure) -> OutputOptions {
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw JobFailure(.cannotWrite, messages: [.diagnostic(.error(
                at: SourceLocation(file: output, line: 0, column: 0),
                "the file exists: refusing to replace it (give --force to replace it, or another name)"))])
        }
        var options = OutputOptions()
        options.output = output
        return options
    }
}
