import ArgumentParser
import TamayuzApplication
import TamayuzCore
import TamayuzReports
import TamayuzWorkbook

/// Turning a workbook into bytes for the command line: a failure of the writer is the output's.
enum Workbooks {
    static func bytes(_ workbook: Workbook, for output: OutputOptions) throws(JobFailure) -> [UInt8] {
        do {
            return try AssessmentWorkbook.bytes(workbook)
        } catch {
            throw JobFailure(.cannotWrite, messages: [.diagnostic(.error(
                at: SourceLocation(file: output.output ?? "-", line: 0, column: 0), "cannot write the workbook: \(error)"))])
        }
    }
}

extension OutputOptions {
    /// Writes the results in `format`: a text format's rendering, or the results workbook's bytes.
    func write(_ comparison: CycleComparison, format: ReportFormat, options: ReportOptions, inputs: [String]) throws(JobFailure) {
        if let renderer = format.renderer {
            try write(renderer.render(comparison, options: options), inputs: inputs)
        } else {
            try write(bytes: try Workbooks.bytes(ResultsWorkbook.make(comparison, options: options), for: self), inputs: inputs)
        }
    }

    /// Refuses a workbook without `-o FILE`.
    func checkWorkbook(_ format: ReportFormat) throws {
        try checkWorkbook(format == .xlsx)
    }

    /// Refuses a workbook without `-o FILE`.
    func checkWorkbook(_ isWorkbook: Bool) throws {
        if isWorkbook, output == nil { throw ValidationError("a workbook is written to a file: give -o FILE.xlsx") }
    }
}
