import COutputCleanup
import Foundation
import TamayuzCore

/// Writes outputs safely. A regular file (or a new one) is written into a temporary file in the
/// same folder, flushed, then renamed over the target, so a failed or interrupted run leaves the
/// previous report intact and a reader never sees half a file; an existing file keeps its mode
/// and a new one gets 0666 less the umask. A character device, a FIFO or the process's own
/// descriptor (`/dev/stdout`) is written through, never replaced. Refuses to write over any of the
/// run's input files, onto a directory, a block device or a socket.
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
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == resolved.path {
            throw DiagnosticError([.error(at: place, "refusing to write the output over an input file (\(input))")])
        }
        let target: OutputTarget
        do {
            target = try OutputTarget.of(path)
        } catch {
            throw DiagnosticError([.error(at: place, "cannot write the output: \(error.message)")])
        }
        let failure: String?
        switch target {
        case .directory:
            throw DiagnosticError([.error(at: place, "the output is a directory: give a file name")])
        case let .unsupported(kind):
            throw DiagnosticError([.error(at: place, "the output is \(kind): give a file name")])
        case let .stream(streamPath):
            failure = writeThrough(to: streamPath, produce)
        case let .file(filePath, status):
            failure = try replace(filePath, keeping: status, produce, place: place)
        case let .absent(newPath):
            failure = try replace(newPath, keeping: nil, produce, place: place)
        }
        if let failure {
            throw DiagnosticError([.error(at: place, "cannot write the output: \(failure)")])
        }
    }

    /// Opens a device, FIFO or descriptor as it is (never creating or truncating it; appending,
    /// so a descriptor the shell opened with `>>` keeps what it holds) and writes to it.
    private static func writeThrough(to path: String, _ produce: ((UnsafeRawBufferPointer) -> Void) -> Void) -> String? {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return OutputDescriptor(descriptor).write(produce)
    }

    /// Writes a temporary file beside `targetPath` and renames it over it, giving it the mode
    /// (and where allowed the owner) of the file it replaces.
    private static func replace(
        _ targetPath: String, keeping original: stat?, _ produce: ((UnsafeRawBufferPointer) -> Void) -> Void,
        place: SourceLocation
    ) throws(DiagnosticError) -> String? {
        let folder = OutputTarget.folder(of: targetPath)
        guard let (descriptor, temporary) = TemporaryOutput.create(in: folder) else {
            throw DiagnosticError([.error(at: place, "cannot create a file in \(folder): \(String(cString: strerror(errno)))")])
        }
        var failure = OutputDescriptor(descriptor).write(produce)
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil, let original { TemporaryOutput.keep(original, on: descriptor) }
        close(descriptor)
        if failure == nil, tz_output_commit(temporary, targetPath) != 0 { failure = String(cString: strerror(errno)) }
        if failure != nil { tz_output_discard(temporary) }
        return failure
    }
}
