import Dispatch

/// Maps items on all cores; results keep the items' order, and the error of the first failing
/// item (in that order) is the one thrown, so the outcome never depends on scheduling.
public enum Parallel {
    public static func map<Item: Sendable, Output: Sendable, Failure: Error>(
        _ items: [Item], _ transform: @Sendable (Item) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        if items.count < 2 {
            var outputs: [Output] = []
            for item in items { outputs.append(try transform(item)) }
            return outputs
        }
        let slots = Slots<Result<Output, Failure>>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(Result { () throws(Failure) in try transform(items[index]) }, at: index)
        }
        var outputs: [Output] = []
        outputs.reserveCapacity(items.count)
        for result in slots.take() { outputs.append(try result.get()) }
        return outputs
    }
}

/// Fixed slots that concurrent workers fill, each slot by exactly one worker, read after all
/// workers are done (`concurrentPerform` returns only then).
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ value: Value, at index: Int) {
        buffer[index] = value
    }

    func take() -> [Value] {
        buffer.map { $0! }
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
