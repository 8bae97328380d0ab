import TamayuzCore
import TamayuzWorkbook

/// An assessment as a workbook (``AssessmentWorkbookLayout``): a blank one for an agency or an
/// evaluator to fill in (`tamayuz template --format xlsx`), or a filled one from an assessment
/// (`tamayuz convert`). An instructions sheet says who, what and how; the answers sheet has one
/// row per indicator, grouped by area and criterion, with drop-down lists and number bounds on
/// the answer cells, and every structure cell protected (no password).
public enum AssessmentWorkbook {
    /// A blank workbook for the agency (or evaluator) of `request`: every indicator that applies
    /// under the profile.
    package static func template(_ framework: Framework, _ request: AssessmentTemplate.Request) -> Workbook {
        var name = LocalizedText()
        name.add(request.agencyName ?? request.agencyID, language: request.language.rawValue)
        let assessor = request.evaluatorID.map { Assessor(role: .evaluator, id: $0) } ?? Assessor.selfAssessment
        let assessment = Assessment(
            frameworkID: framework.id, frameworkVersion: framework.version, cycle: framework.cycle, profileID: request.profile?.id,
            agency: Agency(id: request.agencyID, kind: request.agencyKind, name: name), assessor: assessor, answers: [:],
            location: SourceLocation.wholeFile(""))
        return make(assessment, framework: framework, language: request.language, excluded: request.profile?.excluded ?? [])
    }

    /// A workbook holding `assessment` (every indicator of the framework, answered or not).
    package static func filled(_ assessment: Assessment, framework: Framework, language: Language) -> Workbook {
        make(assessment, framework: framework, language: language, excluded: [])
    }

    /// The workbook's bytes (an .xlsx package).
    package static func bytes(_ workbook: Workbook) throws(WorkbookWriter.Failure) -> [UInt8] {
        try WorkbookWriter.bytes(workbook)
    }

    static func make(_ assessment: Assessment, framework: Framework, language: Language, excluded: Set<Int>) -> Workbook {
        var skipped = Set<Int>()
        for index in framework.nodes.indices where excluded.contains(index) || framework.nodes[index].parent.map({ skipped.contains($0) }) == true {
            skipped.insert(index)
        }
        var answers = AnswersSheet(framework: framework, language: language)
        answers.addRows(assessment.answers, skipping: skipped)
        var sheets = [instructions(assessment, framework: framework, language: language, skipping: skipped), answers.sheet, answers.lists]
        sheets.append(details(assessment, language: language))
        return Workbook(sheets: sheets)
    }

    private static func instructions(_ assessment: Assessment, framework: Framework, language: Language, skipping excluded: Set<Int>) -> Worksheet {
        let book = Phrasebook(language)
        var sheet = Worksheet(name: AssessmentWorkbookLayout.instructionsSheet)
        sheet.rightToLeft = language == .ar
        sheet.protected = true
        sheet.columns[0] = .init(width: 110)
        let who = assessment.assessor.role == .evaluator
            ? book.text(WorkbookPhrase.evaluator, arguments: [assessment.assessor.id]) : book.text(WorkbookPhrase.selfAssessment)
        var lines: [(String, CellStyle)] = [
            (book.text(WorkbookPhrase.title, arguments: [framework.title.text(language)]), CellStyle(bold: true, size: 14)),
            (book.text(WorkbookPhrase.framework, arguments: [framework.id, framework.version]), CellStyle()),
            (book.text(WorkbookPhrase.agency, arguments: [assessment.agency.name.text(language) + " (\(assessment.agency.id))"]), CellStyle()),
            (who, CellStyle()), ("", CellStyle()),
        ]
        for phrase in [WorkbookPhrase.what, .howAnswer, .howNotApplicable, .howEvidence, .howComment, .check] {
            lines.append((book.text(phrase), CellStyle(wrap: true)))
        }
        lines.append(("", CellStyle()))
        lines.append((book.text(WorkbookPhrase.evidenceHeading), CellStyle(bold: true)))
        for index in framework.indicators where !excluded.contains(index) {
            let node = framework.nodes[index]
            guard let indicator = node.indicator, indicator.evidence.policy != .none else { continue }
            let asked = indicator.evidence.description.text(language)
            let need = book.text(indicator.evidence.policy == .required ? WorkbookPhrase.evidenceRequired : .evidenceOptional)
            lines.append(("\(node.id) — \(node.title.text(language)): \(need)" + (asked.isEmpty ? "" : ". \(asked)"), CellStyle(wrap: true)))
        }
        for (row, line) in lines.enumerated() { sheet.set(row, 0, .text(line.0), line.1) }
        return sheet
    }

    /// The sheet of the assessment's details, one key a row: the names and the evaluator's
    /// affiliations may be edited, the rest is locked.
    private static func details(_ assessment: Assessment, language: Language) -> Worksheet {
        typealias Key = AssessmentWorkbookLayout.DetailKey
        var sheet = Worksheet(name: AssessmentWorkbookLayout.detailsSheet)
        sheet.rightToLeft = language == .ar
        sheet.protected = true
        sheet.columns = [0: .init(width: 28), 1: .init(width: 50), 2: .init(width: 10)]
        let editable: Set<Key> = [.agencyName, .assessorName, .affiliation]
        var rows: [(Key, String, String?)] = [
            (.format, AssessmentWorkbookLayout.formatVersion, nil),
            (.framework, assessment.frameworkID, nil), (.frameworkVersion, assessment.frameworkVersion, nil),
        ]
        if let cycle = assessment.cycle { rows.append((.cycle, cycle, nil)) }
        if let profile = assessment.profileID { rows.append((.profile, profile, nil)) }
        rows.append((.agency, assessment.agency.id, nil))
        if let kind = assessment.agency.kind { rows.append((.agencyKind, kind, nil)) }
        rows += assessment.agency.name.entries.map { (.agencyName, $0.text, $0.language) }
        rows.append((.assessorRole, assessment.assessor.role.rawValue, nil))
        if assessment.assessor.role == .evaluator {
            rows.append((.assessor, assessment.assessor.id, nil))
            rows.append((.affiliation, assessment.assessor.affiliations.joined(separator: " "), nil))
        }
        rows += assessment.assessor.name.isEmpty
            ? [(.assessorName, "", language.rawValue)] : assessment.assessor.name.entries.map { (.assessorName, $0.text, $0.language) }
        for (row, entry) in rows.enumerated() {
            let style = editable.contains(entry.0) ? CellStyle(unlocked: true) : CellStyle(fill: 0xEEEEEE)
            sheet.set(row, 0, .text(entry.0.rawValue), CellStyle(fill: 0xEEEEEE))
            sheet.set(row, 1, entry.1.isEmpty ? .blank : .text(entry.1), style)
            sheet.set(row, 2, entry.2.map(CellValue.text) ?? .blank, style)
        }
        return sheet
    }
}
