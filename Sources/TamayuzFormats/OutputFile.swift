import Foundation
import TamayuzCore

/// Writes outputs atomically: into a temporary file in the same folder, flushed, then renamed
/// over the target, so a failed run leaves the previous report intact and a reader never sees
/// half a file. Refuses to write over any of the run's input files.
public enum OutputFile {
    public static func write(_ text: String, toPath path: String, inputs: [String]) throws(DiagnosticError) {
        try write(Array(text.utf8), toPath: path, inputs: inputs)
    }

    public static func write(_ bytes: [UInt8], toPath path: String, inputs: [String]) throws(DiagnosticError) {
        try write(toPath: path, inputs: inputs) { sink in bytes.withUnsafeBytes(sink) }
    }

    /// Writes the bytes `produce` hands its sink, piece by piece, with the same guarantees: a
    /// large output is never held whole in memory.
    public static func write(
        toPath path: String, inputs: [String], producing produce: ((UnsafeRawBufferPointer) -> Void) -> Void
    ) throws(DiagnosticError) {
        let place = SourceLocation.wholeFile(path)
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target.path {
            throw DiagnosticError([.error(at: place, "refusing to write the output over an input file (\(input))")])
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw DiagnosticError([.error(at: place, "the output is a directory: give a file name")])
        }
        let folder = target.deletingLastPathComponent().path
        let template = folder + "/.\(target.lastPathComponent).tamayuz-XXXXXX"
        var templateBytes = Array(template.utf8CString)
        let descriptor = mkstemp(&templateBytes)
        guard descriptor >= 0 else {
            throw DiagnosticError([.error(at: place, "cannot create a file in \(folder): \(String(cString: strerror(errno)))")])
        }
        let temporary = String(decoding: templateBytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        produce { buffer in
            var written = 0
            while failure == nil, written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                written += result
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        fchmod(descriptor, 0o644)
        close(descriptor)
        if failure == nil, rename(temporary, target.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw DiagnosticError([.error(at: place, "cannot write the output: \(failure)")])
        }
    }
}
