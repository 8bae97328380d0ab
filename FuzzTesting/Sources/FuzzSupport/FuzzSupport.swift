import CFuzzDriver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts libFuzzer on `callback` (the target's `LLVMFuzzerTestOneInput`) with the process's
/// own arguments, and exits with libFuzzer's status.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

/// The fuzzer's input as an array (libFuzzer may pass a null pointer for an empty input).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Runs a target's one-time set-up (e.g. loading the criteria every input is read against) with
/// leak checks off for its allocations.
///
/// Swift keeps an enum's case tag in the spare bits of a payload pointer (an `indirect enum` such
/// as `Expression` boxes each case and tags the box pointer). LeakSanitizer does not recognise a
/// tagged pointer, so a tree that stays alive for the whole run looks leaked at the first leak
/// check. Each input's own allocations are still checked.
public func keptForTheWholeRun<Value>(_ body: () -> Value) -> Value {
    __lsan_disable()
    defer { __lsan_enable() }
    return body()
}

/// The repository's root (this package's parent folder), to find criteria for the targets.
public let repositoryRoot: String = {
    var path = #filePath
    for _ in 0..<4 {
        guard let slash = path.lastIndex(of: "/") else { break }
        path = String(path[..<slash])
    }
    return path
}()

/// Stops the fuzzer with a message: an oracle failed (libFuzzer saves the input as a crash).
public func fuzzFailure(_ message: String) -> Never {
    let line = Array("fuzz oracle failed: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
}
