/// A range of an expression's source text, in Unicode scalar offsets from the start of the
/// text (0-based): `start` inclusive, `end` exclusive.
///
/// Offsets count Unicode scalars, not `Character`s or UTF-8 bytes, so they are stable under any
/// normalisation-free re-encoding of the text and match `String.unicodeScalars` indices.
/// An empty span (`start == end`) marks a position, such as the end of the text.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// The offset of the first scalar in the span.
    public var start: Int
    /// The offset just past the last scalar in the span.
    public var end: Int

    /// A span from `start` (inclusive) to `end` (exclusive).
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The empty span at `offset`.
    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// The smallest span covering both `self` and `other`.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    /// `start..<end`, as in test failures and debugging output.
    public var description: String { "\(start)..<\(end)" }
}
