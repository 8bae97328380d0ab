/// "Did you mean …?" for a mistyped id or value: the candidate nearest by edit distance
/// (insertions, deletions, substitutions and swaps of neighbours, ignoring letter case), when it
/// is near enough to be a typo — at most one edit in a short word, two in a longer one, none in
/// a word of one or two letters (where one edit reaches anything).
public enum Suggestion {
    /// The nearest candidate, or nil when none is near enough (or the text is one of them).
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let word = Array(text.lowercased())
        let allowed = word.count <= 2 ? 0 : word.count <= 6 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, Array(candidate.lowercased()), limit: allowed)
            if distance == 0, candidate == text { return nil }
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// " (did you mean 'x'?)" or "".
    public static func phrase(for text: String, among candidates: [String]) -> String {
        closest(to: text, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Optimal string alignment distance; anything over `limit` is reported as `limit + 1`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return min(previous[b.count], limit + 1)
    }
}
