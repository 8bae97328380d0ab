import Dispatch
import Foundation
import TamayuzCore

/// Loads many assessment files on all cores; results come back in the order of the paths.
public enum AssessmentBatch {
    public static func load(_ paths: [String], framework: Framework) -> [Result<(Assessment, [Diagnostic]), DiagnosticError>] {
        let results = ResultSlots<Result<(Assessment, [Diagnostic]), DiagnosticError>>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { position in
            let result = Result { () throws(DiagnosticError) in
                try AssessmentLoader.load(fileAtPath: paths[position], framework: framework)
            }
            results.set(position, result)
        }
        return results.values()
    }
}

/// Slots written by concurrent workers, each slot by exactly one worker.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ position: Int, _ value: Value) {
        lock.withLock { slots[position] = value }
    }

    func values() -> [Value] {
        lock.withLock { slots.map { $0! } }
    }
}
