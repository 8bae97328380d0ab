import Testing

/// The suites of the comparison layer, nested here so that `--filter Comparison` selects them.
@Suite enum ComparisonTests {
    /// `|a − b| ≤ tolerance`.
    static func approximately(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    /// `a` rounded to 4 decimals equals `b` (how DOMAIN.md states its reference values).
    static func equalTo4dp(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return (a * 10_000).rounded() == (b * 10_000).rounded()
    }
}
