#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import TamayuzCore

/// Reads an input file (criteria, an assessment, a CSV table, earlier results) from disk, safely:
/// only a regular file, never one that could block the reader or exhaust its memory.
public enum InputFile {
    /// The largest file `read` accepts by default: 32 MiB.
    public static let defaultSizeLimit = 32 * 1024 * 1024

    /// Reads a regular file's bytes.
    ///
    /// Directories, FIFOs, devices, sockets and anything else that is not a regular file are
    /// refused before the file is opened (symbolic links are followed), and the file is opened
    /// non-blocking, so that a FIFO swapped in meanwhile can never block; the opened file is
    /// checked again. Files over `sizeLimit` bytes and unreadable files are refused too.
    /// - Throws: one diagnostic about the file as a whole saying what is wrong.
    public static func read(atPath path: String, sizeLimit: Int = defaultSizeLimit) throws(DiagnosticError) -> [UInt8] {
        let limit = max(sizeLimit, 0)
        func failure(_ message: String) -> DiagnosticError {
            DiagnosticError([.error(at: .wholeFile(path), message)])
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            // Arguments reach Swift as UTF-8 text: bytes that are not become U+FFFD, and the file
            // so named cannot be found although it exists.
            if code == ENOENT, path.unicodeScalars.contains("\u{FFFD}") {
                throw failure("cannot read the file: its name is not valid UTF-8 text (rename it)")
            }
            throw failure("cannot read the file: \(systemMessage(code))")
        }
        try checkKind(status, limit: limit, failure)

        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open the file: \(systemMessage(errno))") }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read the file: \(systemMessage(errno))") }
        try checkKind(status, limit: limit, failure)

        // Read what `fstat` announced plus one byte, to notice a file that grew meanwhile.
        var bytes: [UInt8] = []
        var capacity = min(Int(status.st_size), limit) + 1
        while true {
            var readError: Int32 = 0
            var chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < buffer.count {
                    let result = readBytes(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if result > 0 {
                        count += result
                    } else if result == 0 {
                        break
                    } else if errno != EINTR {
                        readError = errno
                        break
                    }
                }
            }
            guard readError == 0 else { throw failure("cannot read the file: \(systemMessage(readError))") }
            let filled = chunk.count == capacity
            if bytes.isEmpty { swap(&bytes, &chunk) } else { bytes += chunk }
            guard bytes.count <= limit else { throw failure(tooLarge(limit: limit)) }
            guard filled else { return bytes }
            capacity = min(limit - bytes.count, 1 << 20) + 1
        }
    }

    private static func checkKind(
        _ status: stat, limit: Int, _ failure: (String) -> DiagnosticError
    ) throws(DiagnosticError) {
        switch status.st_mode & mode_t(S_IFMT) {
        case mode_t(S_IFREG):
            guard Int(status.st_size) <= limit else { throw failure(tooLarge(limit: limit, size: Int(status.st_size))) }
        case mode_t(S_IFDIR):
            throw failure("is a directory, not a file")
        case mode_t(S_IFIFO):
            throw failure("is a named pipe (FIFO), not a regular file")
        case mode_t(S_IFCHR), mode_t(S_IFBLK):
            throw failure("is a device, not a regular file")
        case mode_t(S_IFSOCK):
            throw failure("is a socket, not a regular file")
        default:
            throw failure("is not a regular file")
        }
    }

    private static func tooLarge(limit: Int, size: Int? = nil) -> String {
        let size = size.map { " (\($0) bytes)" } ?? ""
        return "file is too large\(size): the limit is \(limit) bytes"
    }

    private static func systemMessage(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }
}

/// `read(2)`, named apart from `InputFile.read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
        Musl.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
