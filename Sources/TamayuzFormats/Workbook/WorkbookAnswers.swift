import TamayuzCore

/// Reads the answers sheet's rows into answers, making the checks the XML loader makes on
/// `<answer>` elements, each located at its cell: unknown ids (with a "did you mean"), a second
/// row for one indicator, answers to derived indicators, "not applicable" where the criteria do
/// not allow it or without a justification, values the indicator's kind refuses. A blank answer
/// is an indicator not answered; a checklist is answered when any of its options' rows is.
struct WorkbookAnswers {
    typealias Column = AssessmentWorkbookLayout.Column
    let framework: Framework
    let path: String
    private(set) var answers: [Int: Answer] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Per node, the row (1-based) it was first seen on.
    private var seen: [Int: Int] = [:]
    /// Per checklist node: its row and the options answered (yes or no), by option index.
    private var checklists: [Int: (row: Int, ticks: [Int: Bool])] = [:]
    /// The evidence and comment of checklists, kept until their options are read.
    private var pending: [Int: Answer] = [:]

    init(framework: Framework, path: String) {
        self.framework = framework
        self.path = path
    }

    mutating func read(_ sheet: SheetCells) {
        for row in sheet.rows.keys.sorted() where row > AssessmentWorkbookLayout.headerRow {
            let cells = sheet.rows[row] ?? [:]
            func text(_ column: Column) -> String { cells[column.rawValue]?.text.trimmedWhitespace ?? "" }
            let key = text(.key)
            let place = location(sheet, row, .key)
            if key.isEmpty {
                if let column = cells.keys.sorted().first(where: { !(cells[$0]?.text.trimmedWhitespace.isEmpty ?? true) }) {
                    diagnostics.append(.error(at: location(sheet, row, Column(rawValue: column) ?? .key), "a value in a row without an indicator id (column A): answer in the indicator's own row"))
                }
                continue
            }
            if let (indicator, option) = AssessmentWorkbookLayout.option(inKey: key) {
                readOption(indicator, option, answer: text(.answer), at: location(sheet, row, .answer), keyAt: place)
                continue
            }
            guard let index = node(key, at: place) else { continue }
            if let first = seen[index] {
                diagnostics.append(.error(at: place, "a second row for '\(key)' (the first is row \(first))"))
                continue
            }
            seen[index] = row + 1
            guard let indicator = framework.nodes[index].indicator else { continue }
            let path = path
            readIndicator(index, indicator, id: key, text: text, at: { Self.location(path, sheet, row, $0) })
        }
        for (index, checklist) in checklists where !checklist.ticks.isEmpty {
            let ticked = checklist.ticks.filter(\.value).keys.sorted()
            if answers[index] != nil {
                diagnostics.append(.error(at: SourceLocation(file: path, place: "\(sheet.name)!A\(checklist.row)", row: checklist.row), "'\(framework.nodes[index].id)' is answered not applicable and has options answered: give one"))
                continue
            }
            var answer = pending[index] ?? Answer(value: .options([]), location: SourceLocation(file: path, place: ""))
            answer.value = .options(ticked)
            answers[index] = answer
        }
    }


    private mutating func node(_ key: String, at place: SourceLocation) -> Int? {
        guard let index = framework.nodeIndex[key] else {
            let ids = framework.nodes.dropFirst().map(\.id)
            diagnostics.append(.error(at: place, "unknown indicator '\(key)' in framework '\(framework.id)'" + Suggestion.phrase(for: key, among: ids)))
            return nil
        }
        return index
    }

    private mutating func readIndicator(_ index: Int, _ indicator: Indicator, id: String, text: (Column) -> String, at place: (Column) -> SourceLocation) {
        let value = text(.answer)
        var answer = Answer(
            value: .notApplicable, evidence: evidence(text), justification: nonEmpty(text(.justification)), comment: nonEmpty(text(.comment)),
            location: place(.answer))
        if case .derived = indicator.kind {
            if !value.isEmpty { diagnostics.append(.error(at: place(.answer), "'\(id)' is derived (computed from other answers): it cannot be answered")) }
            return
        }
        if case .checklist = indicator.kind {
            checklists[index] = checklists[index] ?? (place(.key).line ?? 0, [:])
            if isYes(text(.notApplicable)) {
                guard checkNotApplicable(indicator, id: id, answer: answer, hasValue: false, at: place) else { return }
                answers[index] = answer
            } else {
                pending[index] = answer
            }
            return
        }
        if isYes(text(.notApplicable)) {
            guard checkNotApplicable(indicator, id: id, answer: answer, hasValue: !value.isEmpty, at: place) else { return }
            answers[index] = answer
            return
        }
        guard !value.isEmpty else { return }
        switch AnswerParsing.parse(value, indicator: indicator, id: id, framework: framework) {
        case let .success(parsed):
            answer.value = parsed
            answers[index] = answer
        case let .failure(problem):
            // Name the indicator: the cell's place alone does not.
            let message = problem.message.contains("'\(id)'") ? problem.message : "'\(id)': " + problem.message
            diagnostics.append(.error(at: place(.answer), message))
        }
    }

    private mutating func checkNotApplicable(_ indicator: Indicator, id: String, answer: Answer, hasValue: Bool, at place: (Column) -> SourceLocation) -> Bool {
        if !indicator.allowsNotApplicable {
            diagnostics.append(.error(at: place(.notApplicable), "'\(id)' cannot be answered \"not applicable\": the criteria do not allow it"))
        } else if answer.justification == nil {
            diagnostics.append(.error(at: place(.justification), "'\(id)' is answered \"not applicable\" without a justification: say why it does not apply"))
        } else if hasValue {
            diagnostics.append(.error(at: place(.answer), "'\(id)' has both an answer and \"not applicable\": give one"))
        } else {
            return true
        }
        return false
    }

    private mutating func readOption(_ id: String, _ option: String, answer: String, at place: SourceLocation, keyAt keyPlace: SourceLocation) {
        guard let index = node(id, at: keyPlace) else { return }
        guard case let .checklist(options, _)? = framework.nodes[index].indicator?.kind else {
            diagnostics.append(.error(at: keyPlace, "'\(id)' is not a checklist: it has no options"))
            return
        }
        guard let position = options.firstIndex(where: { $0.id == option }) else {
            diagnostics.append(.error(at: keyPlace, "'\(option)' is not an option of checklist '\(id)'" + Suggestion.phrase(for: option, among: options.map(\.id))))
            return
        }
        guard !answer.isEmpty else { return }
        switch IndicatorKind.yesNo(yesScore: 1, noScore: 0).parseAnswer(answer, id: AssessmentWorkbookLayout.optionKey(indicator: id, option: option), scales: []) {
        case let .success(.yesNo(ticked)):
            checklists[index, default: (keyPlace.line ?? 0, [:])].ticks[position] = ticked
        case let .failure(problem):
            diagnostics.append(.error(at: place, problem.message))
        default:
            break
        }
    }

    private func evidence(_ text: (Column) -> String) -> [EvidenceItem] {
        let separator = AssessmentWorkbookLayout.evidenceSeparator
        let titles = text(.evidenceTitle).split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmedWhitespace }
        let references = text(.evidenceReference).split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmedWhitespace }
        let notes = text(.evidenceNote).split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmedWhitespace }
        return (0..<max(titles.count, references.count, notes.count)).compactMap { item in
            let title = titles.indices.contains(item) ? titles[item] : ""
            let reference = references.indices.contains(item) ? references[item] : ""
            let note = notes.indices.contains(item) ? notes[item] : ""
            guard !title.isEmpty || !reference.isEmpty else { return nil }
            return EvidenceItem(title: title, reference: nonEmpty(reference), note: nonEmpty(note))
        }
    }

    private func isYes(_ text: String) -> Bool {
        if case .success(.yesNo(true)) = IndicatorKind.yesNo(yesScore: 1, noScore: 0).parseAnswer(text, id: "", scales: []) { return true }
        return false
    }

    private func location(_ sheet: SheetCells, _ row: Int, _ column: Column) -> SourceLocation {
        Self.location(path, sheet, row, column)
    }

    private static func location(_ path: String, _ sheet: SheetCells, _ row: Int, _ column: Column) -> SourceLocation {
        SourceLocation(file: path, place: "\(sheet.name)!\(column.letter)\(row + 1)", row: row + 1, column: column.rawValue + 1)
    }
}

private func nonEmpty(_ text: String) -> String? {
    text.isEmpty ? nil : text
}
