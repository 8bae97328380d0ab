import TamayuzCore
import TamayuzWorkbook

/// Builds the answers sheet of an assessment workbook and the hidden sheet of the lists its
/// drop-downs offer: a heading row per area and criterion, a row per indicator (and per
/// checklist option), each answer cell open and validated, every other cell locked.
struct AnswersSheet {
    typealias Column = AssessmentWorkbookLayout.Column
    let framework: Framework
    let language: Language
    let book: Phrasebook
    private(set) var sheet = Worksheet(name: AssessmentWorkbookLayout.answersSheet)
    private(set) var lists = Worksheet(name: AssessmentWorkbookLayout.listsSheet)
    private var row = AssessmentWorkbookLayout.headerRow + 1
    /// The range of each list already written, by its values.
    private var listRanges: [[String]: String] = [:]

    static let locked = CellStyle(wrap: true, fill: 0xEEEEEE)
    static let open = CellStyle(wrap: true, unlocked: true)
    static let closed = CellStyle(fill: 0xD9D9D9)

    init(framework: Framework, language: Language) {
        self.framework = framework
        self.language = language
        book = Phrasebook(language)
        sheet.rightToLeft = language == .ar
        sheet.protected = true
        sheet.frozen = (AssessmentWorkbookLayout.headerRow + 1, Column.title.rawValue + 1)
        lists.hidden = true
        lists.protected = true
        let widths: [Column: Double] = [
            .key: 10, .title: 44, .guidance: 40, .answerAs: 28, .answer: 22, .notApplicable: 12, .justification: 30,
            .evidenceTitle: 30, .evidenceReference: 24, .evidenceNote: 24, .comment: 36,
        ]
        let headings: [Column: WorkbookPhrase] = [
            .key: .columnKey, .title: .columnTitle, .guidance: .columnGuidance, .answerAs: .columnAnswerAs, .answer: .columnAnswer,
            .notApplicable: .columnNotApplicable, .justification: .columnJustification, .evidenceTitle: .columnEvidenceTitle,
            .evidenceReference: .columnEvidenceReference, .evidenceNote: .columnEvidenceNote, .comment: .columnComment,
        ]
        for column in Column.allCases {
            sheet.columns[column.rawValue] = .init(width: widths[column] ?? 20)
            sheet.set(AssessmentWorkbookLayout.headerRow, column.rawValue, .text(book.text(headings[column]!)), CellStyle(bold: true, wrap: true, fill: 0xBDD7EE))
        }
    }

    /// One row per node in the framework's order, headings for areas and criteria; `answers`
    /// fill the answer cells.
    mutating func addRows(_ answers: [Int: Answer], skipping skipped: Set<Int>) {
        for index in framework.nodes.indices where index > 0 && !skipped.contains(index) {
            let node = framework.nodes[index]
            sheet.outlineLevels[row] = min(node.depth - 1, 7)
            guard let indicator = node.indicator else {
                let style = CellStyle(bold: true, fill: node.level == .area ? 0xDDEBF7 : 0xF2F2F2)
                sheet.set(row, Column.key.rawValue, .text(node.id), style)
                sheet.set(row, Column.title.rawValue, .text(node.title.text(language)), style)
                for column in Column.allCases.dropFirst(2) { sheet.set(row, column.rawValue, .blank, style) }
                row += 1
                continue
            }
            addIndicator(node, indicator, answer: answers[index])
        }
    }

    private mutating func addIndicator(_ node: Node, _ indicator: Indicator, answer: Answer?) {
        lockedCell(.key, node.id)
        lockedCell(.title, node.title.text(language))
        lockedCell(.guidance, node.guidance.text(language))
        lockedCell(.answerAs, answerAs(indicator))
        let answerRow = row
        switch indicator.kind {
        case .yesNo:
            listCell(.answer, [book.text(WorkbookPhrase.yes), book.text(WorkbookPhrase.no)], value: answer.flatMap(yesNoText))
        case let .ordinal(scale):
            let levels = framework.scales[scale].levels
            var value: String?
            if case let .level(level)? = answer?.value { value = levels[level].label.text(language) }
            listCell(.answer, levels.map { $0.label.text(language) }, value: value)
        case let .number(_, bounds, _):
            numberCell(bounds.min, bounds.max, answer: answer)
        case .percentage:
            numberCell(0, 100, answer: answer)
        case .radar, .resultsSeries:
            openCell(.answer, answer.flatMap { AssessmentDocument.text(of: $0.value, indicator: indicator, scales: framework.scales) })
        case .checklist, .derived:
            sheet.set(row, Column.answer.rawValue, .blank, Self.closed)
        }
        if indicator.allowsNotApplicable {
            let notApplicable = answer?.value == .notApplicable ? book.text(WorkbookPhrase.yes) : nil
            listCell(.notApplicable, [book.text(WorkbookPhrase.yes), book.text(WorkbookPhrase.no)], value: notApplicable)
            openCell(.justification, answer?.justification)
        } else {
            sheet.set(row, Column.notApplicable.rawValue, .blank, Self.closed)
            sheet.set(row, Column.justification.rawValue, .blank, Self.closed)
        }
        let evidence = answer?.evidence ?? []
        let separator = String(AssessmentWorkbookLayout.evidenceSeparator)
        openCell(.evidenceTitle, evidence.isEmpty ? nil : evidence.map(\.title).joined(separator: separator))
        openCell(.evidenceReference, evidence.isEmpty ? nil : evidence.map { $0.reference ?? "" }.joined(separator: separator))
        openCell(.evidenceNote, evidence.isEmpty ? nil : evidence.map { $0.note ?? "" }.joined(separator: separator))
        openCell(.comment, answer?.comment)
        row += 1
        if case let .checklist(options, _) = indicator.kind {
            addOptions(options, indicator: node, answer: answer, level: sheet.outlineLevels[answerRow] ?? 0)
        }
    }

    /// One row per option of a checklist, answered Yes or No; an unanswered checklist leaves
    /// them all blank.
    private mutating func addOptions(_ options: [ChecklistOption], indicator node: Node, answer: Answer?, level: Int) {
        var ticked: Set<Int>?
        if case let .options(indices)? = answer?.value { ticked = Set(indices) }
        for (index, option) in options.enumerated() {
            sheet.outlineLevels[row] = min(level + 1, 7)
            lockedCell(.key, AssessmentWorkbookLayout.optionKey(indicator: node.id, option: option.id))
            lockedCell(.title, option.label.text(language))
            lockedCell(.guidance, "")
            lockedCell(.answerAs, book.text(WorkbookPhrase.option, arguments: [NumberStyle.plain.exact(option.points)]))
            let value = ticked.map { book.text($0.contains(index) ? WorkbookPhrase.yes : .no) }
            listCell(.answer, [book.text(WorkbookPhrase.yes), book.text(WorkbookPhrase.no)], value: value)
            for column in Column.allCases.dropFirst(Column.notApplicable.rawValue) { sheet.set(row, column.rawValue, .blank, Self.closed) }
            row += 1
        }
    }

    private func answerAs(_ indicator: Indicator) -> String {
        var text: String
        switch indicator.kind {
        case .yesNo: text = book.text(WorkbookPhrase.answerYesNo)
        case .ordinal: text = book.text(WorkbookPhrase.answerLevel)
        case let .number(_, bounds, unit):
            text = book.text(WorkbookPhrase.answerNumber) + (unit.map { book.text(WorkbookPhrase.unit, arguments: [$0.text(language)]) } ?? "")
            text += rangeText(bounds.min, bounds.max)
        case .percentage: text = book.text(WorkbookPhrase.answerPercentage)
        case .checklist: text = book.text(WorkbookPhrase.answerChecklist)
        case let .radar(attributes): text = book.text(WorkbookPhrase.answerRadar, arguments: [attributes.attributes.joined(separator: ", ")])
        case .resultsSeries: text = book.text(WorkbookPhrase.answerSeries)
        case let .derived(expression, _, _): text = book.text(WorkbookPhrase.computed, arguments: [expression.source])
        }
        switch indicator.evidence.policy {
        case .none: break
        case .optional: text += "\n" + book.text(WorkbookPhrase.evidenceOptional)
        case .required: text += "\n" + book.text(WorkbookPhrase.evidenceRequired)
        }
        if indicator.allowsNotApplicable { text += "\n" + book.text(WorkbookPhrase.notApplicableAllowed) }
        return text
    }

    private func rangeText(_ low: Double?, _ high: Double?) -> String {
        (low.map { book.text(WorkbookPhrase.atLeast, arguments: [NumberStyle.plain.exact($0)]) } ?? "")
            + (high.map { book.text(WorkbookPhrase.atMost, arguments: [NumberStyle.plain.exact($0)]) } ?? "")
    }

    private func yesNoText(_ answer: Answer) -> String? {
        guard case let .yesNo(yes) = answer.value else { return nil }
        return book.text(yes ? WorkbookPhrase.yes : .no)
    }

    private mutating func lockedCell(_ column: Column, _ text: String) {
        sheet.set(row, column.rawValue, text.isEmpty ? .blank : .text(text), Self.locked)
    }

    private mutating func openCell(_ column: Column, _ text: String?) {
        sheet.set(row, column.rawValue, text.map(CellValue.text) ?? .blank, Self.open)
    }

    private mutating func numberCell(_ low: Double?, _ high: Double?, answer: Answer?) {
        var value = CellValue.blank
        if case let .number(number)? = answer?.value { value = .number(number) }
        sheet.set(row, Column.answer.rawValue, value, Self.open)
        let range = rangeText(low, high)
        sheet.validations.append(Validation(
            row: row, column: Column.answer.rawValue, rule: .decimal(min: low, max: high),
            inputMessage: book.text(WorkbookPhrase.answerNumber) + range, errorMessage: book.text(WorkbookPhrase.typeNumber, arguments: [range])))
    }

    /// An open cell whose drop-down offers `values` (kept on the hidden lists sheet, one
    /// column a list, so that no value's comma can split it).
    private mutating func listCell(_ column: Column, _ values: [String], value: String?) {
        openCell(column, value)
        let range: String
        if let known = listRanges[values] {
            range = known
        } else {
            let listColumn = listRanges.count
            for (index, text) in values.enumerated() { lists.set(index, listColumn, .text(text)) }
            let letters = AssessmentWorkbookLayout.columnLetters(listColumn)
            range = "=\(AssessmentWorkbookLayout.listsSheet)!$\(letters)$1:$\(letters)$\(max(values.count, 1))"
            listRanges[values] = range
        }
        sheet.validations.append(Validation(
            row: row, column: column.rawValue, rule: .list(range: range), errorMessage: book.text(WorkbookPhrase.pickFromList)))
    }
}
