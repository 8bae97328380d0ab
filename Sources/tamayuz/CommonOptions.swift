import ArgumentParser
import Foundation
import TamayuzCore
import TamayuzFormats
import TamayuzReports

/// The criteria every scoring command needs.
struct CriteriaOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The criteria framework (XML).", valueName: "file"))
    var criteria: String

    @Option(name: .long, help: ArgumentHelp("Score with this profile instead of the one chosen by each agency's kind.", valueName: "id"))
    var profile: String?

    /// Loads the criteria, printing warnings; on errors prints them and exits 65 (or 66).
    func load() throws -> Framework {
        do {
            let (framework, warnings) = try CriteriaLoader.load(fileAtPath: criteria)
            Console.report(warnings)
            if let profile, framework.profile(profile) == nil {
                Console.error("\(criteria): error: unknown profile '\(profile)'; the framework's profiles: \(framework.profiles.map(\.id).joined(separator: ", "))")
                throw ExitCodes.invalidInput
            }
            return framework
        } catch let error as DiagnosticError {
            Console.report(error.diagnostics)
            throw exitStatus(for: error)
        }
    }
}

/// Where and how results are written.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    /// Writes the rendered text; exits 73 when it cannot.
    func write(_ text: String, inputs: [String]) throws {
        guard let output else {
            Console.out(text)
            return
        }
        do {
            try OutputFile.write(text, toPath: output, inputs: inputs)
        } catch {
            Console.report(error.diagnostics)
            throw ExitCodes.cannotWrite
        }
        Console.error("wrote \(output)")
    }
}

extension OutputOptions {
    /// Writes text produced piece by piece (a large JSON document), never holding it whole; exits
    /// 73 when it cannot.
    func stream(inputs: [String], _ produce: ((UnsafeRawBufferPointer) -> Void) -> Void) throws {
        guard let output else {
            produce { FileHandle.standardOutput.write(Data($0)) }
            return
        }
        do {
            try OutputFile.write(toPath: output, inputs: inputs, producing: produce)
        } catch {
            Console.report(error.diagnostics)
            throw ExitCodes.cannotWrite
        }
        Console.error("wrote \(output)")
    }
}

/// 66 when a file could not be read at all (missing, a directory, a pipe, too large: such
/// findings are about the whole file, line 0), 65 for anything wrong inside it.
func exitStatus(for error: DiagnosticError) -> ExitCode {
    error.errors.allSatisfy { $0.location.line == 0 } ? ExitCodes.noInput : ExitCodes.invalidInput
}


extension ReportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}
extension Aggregation: ExpressibleByArgument {}
extension Normalisation: ExpressibleByArgument {}

/// Loads assessments of one framework, printing findings; exits 65/66 after reporting every
/// file's errors.
func loadAssessments(
    _ paths: [String], framework: Framework, detail: AssessmentLoader.Detail = .full
) throws -> [Assessment] {
    let files: [String]
    do {
        files = try InputFiles.expand(paths)
    } catch {
        Console.report(error.diagnostics)
        throw ExitCodes.noInput
    }
    let results = AssessmentBatch.load(files, framework: framework, detail: detail)
    var assessments: [Assessment] = []
    var failures: [DiagnosticError] = []
    for result in results {
        switch result {
        case let .success((assessment, warnings)):
            Console.report(warnings)
            assessments.append(assessment)
        case let .failure(error):
            Console.report(error.diagnostics)
            failures.append(error)
        }
    }
    if !failures.isEmpty {
        throw failures.allSatisfy { exitStatus(for: $0) == ExitCodes.noInput } ? ExitCodes.noInput : ExitCodes.invalidInput
    }
    return assessments
}
