/// What a job hands back when it succeeds: the value it computed (the model the renderers
/// walk), the warnings it met on the way, and the files it read.
public struct JobResult<Value: Sendable>: Sendable {
    public var value: Value
    /// Warnings and notes, in the order they arose.
    public var messages: [JobMessage]
    /// The input files of the run, which its output must never overwrite.
    public var inputFiles: [String]

    public init(_ value: Value, messages: [JobMessage], inputFiles: [String]) {
        self.value = value
        self.messages = messages
        self.inputFiles = inputFiles
    }
}
