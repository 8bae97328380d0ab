import TamayuzCore

/// The evaluators' section under the ranking table: α, the intraclass correlations and Kendall's
/// W per area (α below 0.667 marked `!`), one sentence on what each figure says, each evaluator's
/// calibration (flagged beyond the documented threshold), and the widest disagreements.
struct AgreementText {
    let comparison: CycleComparison
    let language: Language

    func lines() -> [String] {
        var lines = [say(.agreement) + ":"]
        lines += figures().render(colour: false)
        lines += [.agreementReadingAlpha, .agreementReadingICC1, .agreementReadingICC3, .agreementReadingW].map { "  " + say($0) }
        lines.append(say(.calibration) + ":")
        lines += calibration().render(colour: false)
        lines.append("  " + say(.calibrationNote, NumberStyle.plain.shortest(EvaluatorCalibration.threshold * 100, places: 3)))
        lines += disagreements()
        return lines
    }

    /// One row overall and one per area: α interval and ordinal, ICC(1,1), ICC(3,1), W, units.
    private func figures() -> TextTable {
        var table = TextTable(indent: "  ")
        table.column(say(.area))
        for header in [say(.alphaInterval), say(.alphaOrdinal), "ICC(1,1)", "ICC(3,1)", "W"] { table.column(header, alignment: .right) }
        table.column(say(.units), alignment: .right)
        let agreement = comparison.agreement
        table.rows.append(row(say(.agreementOverall), agreement.overall, agreement.consistency))
        for (position, area) in comparison.framework.areas.enumerated()
        where position < agreement.areas.count && position < agreement.areaConsistency.count {
            table.rows.append(row(comparison.framework.nodes[area].id, agreement.areas[position], agreement.areaConsistency[position]))
        }
        return table
    }

    private func row(_ name: String, _ alpha: JuryAgreement.Alpha, _ consistency: JuryConsistency) -> [TextTable.Cell] {
        [
            .init(name), .init(alphaText(alpha.interval)), .init(alphaText(alpha.ordinal)),
            .init(figure(consistency.oneWaySingle)), .init(figure(consistency.consistencySingle)),
            .init(figure(consistency.kendallW)), .init(String(alpha.pairableUnits)),
        ]
    }

    /// The value at 3 decimals, `!` after it below Krippendorff's 0.667.
    private func alphaText(_ value: Double?) -> String {
        guard let value else { return say(.agreementUndefined) + "  " }
        return figure(value) + (value < JuryAgreement.tentativeAlpha ? " !" : "  ")
    }

    private func figure(_ value: Double?) -> String {
        value.map { NumberStyle.plain.fixed($0, places: 3) } ?? say(.agreementUndefined)
    }

    /// Each evaluator: scores, compared, mean and mean absolute difference (percent of the
    /// scale), and `harsh` or `lenient` when flagged.
    private func calibration() -> TextTable {
        var table = TextTable(indent: "  ")
        table.column(say(.evaluatorColumn))
        table.column(say(.calibrationScores), alignment: .right)
        table.column(say(.calibrationCompared), alignment: .right)
        table.column(say(.calibrationMean), alignment: .right)
        table.column(say(.calibrationMeanAbsolute), alignment: .right)
        table.column(say(.calibrationFlag))
        for item in comparison.agreement.calibration {
            let flag = item.isFlagged ? say((item.meanDifference ?? 0) < 0 ? .calibrationHarsh : .calibrationLenient) : ""
            table.rows.append([
                .init(item.evaluator), .init(String(item.scores)), .init(String(item.compared)),
                .init(item.meanDifference.map { NumberStyle.plain.signed($0 * 100, places: 1) } ?? say(.agreementUndefined)),
                .init(item.meanAbsoluteDifference.map { NumberStyle.plain.fixed($0 * 100, places: 1) } ?? say(.agreementUndefined)),
                .init(flag),
            ])
        }
        return table
    }

    private func disagreements() -> [String] {
        let agreement = comparison.agreement
        guard !agreement.disagreements.isEmpty else { return [] }
        var lines = [say(.disagreements) + ":"]
        for item in agreement.disagreements {
            let scores = item.scores.map { "\($0.evaluator) \(NumberStyle.plain.fixed($0.score, places: 3))" }.joined(separator: ", ")
            lines.append("  " + say(
                .disagreementLine, item.agency, comparison.framework.nodes[item.indicator].id,
                NumberStyle.plain.fixed(item.spread, places: 3), scores))
        }
        return lines
    }

    private func say(_ key: ReportPhrase, _ arguments: String...) -> String {
        Phrasebook(language).text(key, arguments: arguments)
    }
}
