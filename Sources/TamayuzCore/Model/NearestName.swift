/// The known name a misspelt one most likely meant: the same name in another case, or one at
/// most two edits away (for names of three characters or more). For "did you mean" hints.
public enum NearestName {
    public static func nearest(to name: String, in known: [String]) -> String? {
        let lowered = name.lowercased()
        if let sameLetters = known.first(where: { $0.lowercased() == lowered }) { return sameLetters }
        guard lowered.count >= 3 else { return nil }
        let scored = known.map { ($0, distance(lowered, $0.lowercased())) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The Levenshtein distance between two texts, by Unicode scalar.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return a.count + b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
