import COutputCleanup
import Foundation

/// An open descriptor that an output's bytes are written to, whole, through interruptions.
struct OutputDescriptor {
    let descriptor: Int32

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes every piece `produce` hands over; the system's message for the first failure (the
    /// pieces after it are skipped), nil when all were written.
    func write(_ produce: ((UnsafeRawBufferPointer) -> Void) -> Void) -> String? {
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
        return failure
    }
}

/// The temporary file an output is written to before it is renamed over its target: a short
/// name (`.tz-XXXXXX`), so any target name the file system allows still works; created with
/// 0666 less the umask; unlinked if SIGINT, SIGTERM or SIGHUP ends the run meanwhile
/// (`COutputCleanup`).
enum TemporaryOutput {
    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    /// Creates a fresh temporary file in `folder`: its descriptor and path, or nil with `errno`
    /// set.
    static func create(in folder: String) -> (descriptor: Int32, path: String)? {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = String(decoding: (0..<6).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self)
            let path = folder + "/.tz-" + suffix
            let descriptor = tz_output_create(path, 0o666)
            if descriptor >= 0 { return (descriptor, path) }
            if errno != EEXIST { return nil }
        }
        return nil
    }

    /// Gives the temporary file the replaced file's owner (where the system allows it) and mode.
    static func keep(_ original: stat, on descriptor: Int32) {
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_uid != original.st_uid || info.st_gid != original.st_gid {
            _ = fchown(descriptor, original.st_uid, original.st_gid)
        }
        fchmod(descriptor, original.st_mode & 0o7777)
    }
}
