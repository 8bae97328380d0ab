import TamayuzCore

/// `tamayuz calibrate --format table`: one row per evaluator, closest to the key first, with the
/// agreement per area; then each evaluator's missed indicators. Scores are points of 100.
struct ReferenceCalibrationTable {
    let result: ReferenceCaseResult

    private var framework: Framework { result.framework }

    func render() -> String {
        var lines = [
            "Reference case \(TerminalText.safe(result.agency.id)): \(result.key.scores.count) indicators in the key, "
                + "tolerance \(ReferenceCaseResult.points(result.key.defaultTolerance)) points unless the key says otherwise",
            "",
        ]
        lines += summary().render(colour: false).map(TextTable.trimmingTrailingSpaces)
        for calibration in result.calibrations where !calibration.misses.isEmpty {
            lines += ["", "Missed by \(TerminalText.safe(calibration.evaluator.id)):"]
            lines += misses(calibration).render(colour: false).map(TextTable.trimmingTrailingSpaces)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func summary() -> TextTable {
        var table = TextTable()
        table.column("Rank", alignment: .right)
        table.column("Evaluator")
        for header in ["Compared", "Bias", "MAE"] { table.column(header, alignment: .right) }
        for area in framework.areas { table.column(framework.nodes[area].id, alignment: .right) }
        table.column("Missed", alignment: .right)
        for (position, calibration) in result.calibrations.enumerated() {
            var row = [TextTable.Cell(String(position + 1)), TextTable.Cell(calibration.evaluator.id), TextTable.Cell(String(calibration.compared))]
            row.append(TextTable.Cell(calibration.bias.map { ReferenceCaseResult.points($0, signed: true) } ?? "—"))
            row.append(TextTable.Cell(calibration.meanAbsoluteError.map { ReferenceCaseResult.points($0) } ?? "—"))
            row += calibration.areas.map { TextTable.Cell($0.rate.map { NumberStyle.plain.fixed($0 * 100, places: 0) + "%" } ?? "—") }
            row.append(TextTable.Cell(String(calibration.misses.count)))
            table.rows.append(row)
        }
        return table
    }

    private func misses(_ calibration: ReferenceCalibration) -> TextTable {
        var table = TextTable(indent: "  ")
        table.column("Indicator")
        for header in ["Given", "Key", "Error", "Tolerance"] { table.column(header, alignment: .right) }
        for miss in calibration.misses {
            table.rows.append([
                TextTable.Cell(framework.nodes[miss.indicator].id),
                TextTable.Cell(miss.given.map { ReferenceCaseResult.points($0) } ?? "not scored"),
                TextTable.Cell(ReferenceCaseResult.points(miss.expected)),
                TextTable.Cell(miss.error.map { ReferenceCaseResult.points($0, signed: true) } ?? "—"),
                TextTable.Cell(ReferenceCaseResult.points(miss.tolerance)),
            ])
        }
        return table
    }
}
