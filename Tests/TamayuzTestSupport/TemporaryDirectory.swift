#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fresh directory under the system's temporary directory, removed with everything in it when
/// released.
public final class TemporaryDirectory {
    public let path: String

    public init() {
        var template = Array("/tmp/tamayuz-tests-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { fatalError("mkdtemp failed: \(errno)") }
        path = String(cString: created)
    }

    deinit {
        _ = remove(path: path)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to a new file named `name` and returns its path.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String, mode: mode_t = 0o644) -> String {
        let path = file(name)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        precondition(descriptor >= 0, "cannot create \(path)")
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { writeBytes(descriptor, $0.baseAddress, $0.count) }
            precondition(result > 0, "cannot write \(path)")
            written += result
        }
        return path
    }

    private func remove(path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        if status.st_mode & S_IFMT == S_IFDIR {
            if let directory = opendir(path) {
                while let entry = readdir(directory) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) {
                        String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
                    }
                    if name != "." && name != ".." { _ = remove(path: path + "/" + name) }
                }
                closedir(directory)
            }
            return rmdir(path) == 0
        }
        return unlink(path) == 0
    }
}

/// `write(2)`, named apart from `TemporaryDirectory.write`.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
