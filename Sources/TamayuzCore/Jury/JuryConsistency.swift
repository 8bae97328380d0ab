/// Whether the evaluators order agencies' indicators alike, whatever their harshness — beside
/// Krippendorff's α, which counts harshness as disagreement.
///
/// Units are agency × indicator pairs scored by *every* counted evaluator of the agency (so each
/// agency is a complete table, its evaluators as judges); agencies with fewer than two counted
/// evaluators are left out. The intraclass correlations are ``GroupedIntraclassCorrelation``'s
/// over those agencies: one-way ICC(1,·), because the evaluators differ from agency to agency, and
/// the consistency forms ICC(3,·), with each evaluator's level taken out within each agency.
/// Kendall's W is computed per agency (its evaluators ranking its indicators) and averaged over
/// the agencies where it is defined.
public struct JuryConsistency: Sendable, Hashable {
    /// ICC(1,1): one-way random, absolute agreement, one evaluator.
    public var oneWaySingle: Double?
    /// ICC(1,k): one-way random, absolute agreement, the mean of the evaluators.
    public var oneWayAverage: Double?
    /// ICC(3,1): two-way mixed, consistency, one evaluator.
    public var consistencySingle: Double?
    /// ICC(3,k): two-way mixed, consistency, the mean of the evaluators.
    public var consistencyAverage: Double?
    /// k₀: evaluators per unit on average (the k of the ICC(·,k) forms).
    public var evaluatorsPerUnit: Double?
    /// Mean of the agencies' Kendall's W.
    public var kendallW: Double?
    /// Agencies whose W is in the mean.
    public var kendallAgencies: Int
    /// Units in the intraclass correlations.
    public var units: Int

    /// The figures over `rows` (positions into each agency's `scores`).
    static func measure(_ agencies: [AgencyRatings], rows: [Int]) -> JuryConsistency {
        let tables = agencies.map { $0.completeTable(rows: rows) }.filter { !$0.isEmpty }
        let icc = GroupedIntraclassCorrelation(groups: tables)
        let ws = tables.compactMap(KendallW.coefficient)
        return JuryConsistency(
            oneWaySingle: icc?.oneWaySingle, oneWayAverage: icc?.oneWayAverage,
            consistencySingle: icc?.consistencySingle, consistencyAverage: icc?.consistencyAverage,
            evaluatorsPerUnit: icc?.judgesPerTarget, kendallW: Descriptive.mean(ws), kendallAgencies: ws.count,
            units: tables.reduce(0) { $0 + $1.count })
    }

    /// Over every indicator, and per area (`areaOf`: each node's position in `Framework.areas`).
    static func overallAndPerArea(
        _ agencies: [AgencyRatings], framework: Framework, areaOf: [Int]
    ) -> (overall: JuryConsistency, areas: [JuryConsistency]) {
        let rows = Array(framework.indicators.indices)
        let areas = framework.areas.indices.map { area in
            measure(agencies, rows: rows.filter { areaOf[framework.indicators[$0]] == area })
        }
        return (measure(agencies, rows: rows), areas)
    }
}
