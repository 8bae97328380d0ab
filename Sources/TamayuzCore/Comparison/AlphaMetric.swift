/// The difference function δ² that Krippendorff's alpha uses to weigh a disagreement between two
/// values `c` and `k`.
package enum AlphaMetric: String, Sendable, CaseIterable {
    /// Categories without order: δ² = 0 when `c == k`, else 1.
    case nominal
    /// Ranked levels (a maturity scale): δ² = (Σ_{g=c…k} n_g − (n_c + n_k) / 2)², where `n_g`
    /// is how often value `g` occurs among the pairable values. Two levels are far apart when many
    /// ratings fall between them, whatever numbers label them.
    case ordinal
    /// Equal-interval numbers (scores): δ² = (c − k)².
    case interval
    /// Numbers with a true zero, compared by their ratio: δ² = ((c − k) / (c + k))². Defined for
    /// non-negative values only; `δ²(0, 0) = 0`.
    case ratio
}
