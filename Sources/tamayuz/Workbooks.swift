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
