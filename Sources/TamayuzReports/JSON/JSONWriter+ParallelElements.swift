import TamayuzCore

extension JSONWriter {
    /// Writes one object element per item into the current array, in the items' order, with the
    /// same bytes as writing them one by one, but on all cores: `batchSize` items at a time are
    /// each written into their own fragment in parallel, then spliced in order and handed to
    /// `sink` a megabyte or so at a time.
    ///
    /// Why batches: the agencies of a large cycle run to hundreds of megabytes of JSON; a batch
    /// gives every core work while holding only that batch's elements in memory, never the whole
    /// document.
    package mutating func objectElements<Item: Sendable>(
        _ items: [Item], batchSize: Int, flushingTo sink: (UnsafeRawBufferPointer) -> Void,
        _ body: @Sendable (inout JSONWriter, Item) -> Void
    ) {
        precondition(batchSize > 0, "JSONWriter: a batch of no items")
        let start = fragment()
        for first in stride(from: 0, to: items.count, by: batchSize) {
            let batch = Array(items[first..<min(first + batchSize, items.count)])
            let fragments = Parallel.map(batch) { item in
                var fragment = start
                fragment.object { json in body(&json, item) }
                return fragment
            }
            for fragment in fragments {
                element(fragment: fragment)
                flush(atLeast: 1 << 20, sink)
            }
        }
    }
}
