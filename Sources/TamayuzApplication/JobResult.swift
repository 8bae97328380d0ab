/// What a job hands back when it succeeds: the value it computed (the model the renderers
/// walk), the warnings it met on the way, and the files it read.
package struct JobResult<Value: Sendable>: Sendable {
    package var value: Value
    /// Warnings and notes, in the order they arose.
    package var messages: [JobMessage]
    /// The input files of the run, which its output must never overwrite.
    package var inputFiles: [String]

    package init(_ value: Value, messages: [JobMessage], inputFiles: [String]) {
        self.value = value
        self.messages = messages
        self.inputFiles = inputFiles
    }
}
