import Foundation

/// What an output path names once its symbolic links are followed, and so how it is written: a
/// regular file (or none yet) is replaced atomically by a rename; a character device, a FIFO or
/// a descriptor of the running process (`/dev/stdout`, `/proc/self/fd/N`) is written through,
/// because renaming over it would put a regular file where the device or stream was.
enum OutputTarget {
    /// An existing regular file at `path` (the last link followed), as `lstat` found it:
    /// replaced, keeping its mode.
    case file(path: String, status: stat)
    /// Nothing at `path` yet (the last link followed): created with 0666 less the umask.
    case absent(path: String)
    /// A character device, a FIFO, or a descriptor reached through `/proc` or `/dev/fd`: opened
    /// at `path` for writing, never created, truncated or renamed.
    case stream(path: String)
    /// A directory: refused.
    case directory
    /// A block device or a socket: refused, named.
    case unsupported(kind: String)

    /// The most links followed before giving up (the kernel's own limit, `ELOOP`).
    static let maximumLinks = 40

    /// Follows `path`'s links one at a time; throws the system's message when a hop cannot be
    /// examined.
    static func of(_ path: String) throws(OutputTargetError) -> OutputTarget {
        var current = path
        for _ in 0...maximumLinks {
            if isProcessDescriptor(current) { return try throughDescriptor(current) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return .absent(path: current) }
                throw OutputTargetError(message: String(cString: strerror(errno)))
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { return kind(of: info, at: current) }
            current = try linkDestination(of: current)
        }
        throw OutputTargetError(message: String(cString: strerror(ELOOP)))
    }

    /// A descriptor's link names a pipe or socket (`pipe:[1234]`), not a path: classify what it
    /// leads to, and write through whatever it is.
    private static func throughDescriptor(_ path: String) throws(OutputTargetError) -> OutputTarget {
        var info = stat()
        guard stat(path, &info) == 0 else { throw OutputTargetError(message: String(cString: strerror(errno))) }
        switch kind(of: info, at: path) {
        case .file, .absent: return .stream(path: path)
        case let other: return other
        }
    }

    private static func kind(of info: stat, at path: String) -> OutputTarget {
        switch info.st_mode & S_IFMT {
        case S_IFREG: .file(path: path, status: info)
        case S_IFDIR: .directory
        case S_IFCHR, S_IFIFO: .stream(path: path)
        case S_IFBLK: .unsupported(kind: "a block device")
        default: .unsupported(kind: "a socket")
        }
    }

    /// `/proc/…` and `/dev/fd/…`, `/dev/stdout`, `/dev/stderr`: places that name open descriptors.
    private static func isProcessDescriptor(_ path: String) -> Bool {
        path.hasPrefix("/proc/") || path.hasPrefix("/dev/fd/") || path == "/dev/stdout" || path == "/dev/stderr"
    }

    private static func linkDestination(of path: String) throws(OutputTargetError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { throw OutputTargetError(message: String(cString: strerror(errno))) }
        let destination = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if destination.hasPrefix("/") { return destination }
        return folder(of: path) + "/" + destination
    }

    /// The folder holding `path` (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// Why an output path could not be examined (the system's message).
struct OutputTargetError: Error {
    let message: String
}
