/// The ranks of a list of entries (agencies), with what the tie-break rules did.
package struct RankingOutcome: Sendable, Equatable {
    /// `ranks[i]`: the standard competition rank (1-2-2-4) of entry `i` over its total and then
    /// its tie-break values.
    package let ranks: [Int]
    /// The entries' indices from first to last: by rank, and by index within a shared rank.
    package let order: [Int]
    /// Groups of entries that still share a rank after every tie-break rule: each group lists
    /// indices in ascending order, the groups come in rank order. Empty when every rank is unique.
    /// The jury is to be warned about each group.
    package let remainingTies: [[Int]]
    /// For an entry that shared its total with another, the tie-break rule that fixed its place
    /// among them: the index (into the rules) of the *last* rule that had to be consulted to tell
    /// its key apart from the nearest different key above or below it among the entries with the
    /// same total. Entries with the same full key get the same value.
    ///
    /// Absent for an entry whose total is unique (no rule was needed), and for entries that
    /// share their total only with entries no rule could separate from them (they are in
    /// ``remainingTies`` instead).
    ///
    /// Example: totals 90, 90, 90 with rule values (5, 1), (5, 0), (3, 9): entry 0 is first by
    /// rule 1 over entry 1, entry 2 is third by rule 0, so `brokenBy = [0: 1, 1: 1, 2: 0]`.
    package let brokenBy: [Int: Int]

    /// `true` when at least two entries still share a rank.
    package var hasRemainingTies: Bool { !remainingTies.isEmpty }
}
