import TamayuzCore

/// Reads the details sheet of an assessment workbook (framework, agency, assessor) and checks
/// it against the criteria as the XML loader checks `<assessment>`'s attributes.
struct WorkbookHeader {
    typealias Key = AssessmentWorkbookLayout.DetailKey
    let details: SheetCells
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(details: SheetCells, path: String) {
        self.details = details
        self.path = path
    }

    /// Each key's values in row order, with the language (column C) and the value's cell.
    struct Field {
        var value: String
        var language: String
        var location: SourceLocation
    }

    mutating func fields() -> [Key: [Field]] {
        var fields: [Key: [Field]] = [:]
        for row in details.rows.keys.sorted() {
            guard let keyText = details.cell(row, 0)?.text.trimmedWhitespace, !keyText.isEmpty else { continue }
            let value = details.cell(row, 1)?.text ?? ""
            let location = SourceLocation(file: path, place: "\(details.name)!B\(row + 1)", row: row + 1, column: 2)
            guard let key = Key(rawValue: keyText) else {
                diagnostics.append(.error(at: location, "unknown detail '\(keyText)' in the workbook's details"))
                continue
            }
            // A name row left blank names no one.
            if value.trimmedWhitespace.isEmpty, key == .agencyName || key == .assessorName { continue }
            fields[key, default: []].append(Field(value: value, language: details.cell(row, 2)?.text ?? "", location: location))
        }
        if fields[.format]?.first?.value != AssessmentWorkbookLayout.formatVersion {
            diagnostics.append(.error(
                at: SourceLocation(file: path, place: "\(details.name)!A1"),
                "not a Tamayuz assessment workbook of layout \(AssessmentWorkbookLayout.formatVersion) (make one with tamayuz template --format xlsx)"))
        }
        return fields
    }

    mutating func assessment(framework: Framework, answers: [Int: Answer]) -> Assessment {
        let fields = fields()
        func value(_ key: Key) -> String? { fields[key]?.first?.value }
        let place = SourceLocation(file: path, place: "")
        let frameworkID = value(.framework) ?? ""
        let version = value(.frameworkVersion) ?? ""
        if frameworkID != framework.id {
            diagnostics.append(.error(at: fields[.framework]?.first?.location ?? place, "this assessment answers framework '\(frameworkID)', but the criteria are '\(framework.id)'"))
        } else if version != framework.version {
            diagnostics.append(.error(
                at: fields[.frameworkVersion]?.first?.location ?? place,
                "this assessment answers version \(version) of '\(framework.id)', but the criteria are version \(framework.version): criteria change between cycles, so answers cannot be carried over silently"))
        }
        if let cycle = fields[.cycle]?.first, let expected = framework.cycle, cycle.value != expected {
            diagnostics.append(.warning(at: cycle.location, "cycle '\(cycle.value)' differs from the criteria's cycle '\(expected)'"))
        }
        if let profile = fields[.profile]?.first, framework.profile(profile.value) == nil {
            diagnostics.append(.error(at: profile.location, "unknown profile '\(profile.value)'"))
        }
        let agencyID = value(.agency) ?? ""
        if agencyID.isEmpty { diagnostics.append(.error(at: place, "the workbook names no agency (detail 'agency')")) }
        let agency = Agency(id: agencyID, kind: value(.agencyKind), name: localized(fields[.agencyName]))
        return Assessment(
            frameworkID: frameworkID, frameworkVersion: version, cycle: value(.cycle), profileID: value(.profile), agency: agency,
            assessor: assessor(fields), answers: answers, location: place)
    }

    private mutating func assessor(_ fields: [Key: [Field]]) -> Assessor {
        let name = localized(fields[.assessorName])
        guard fields[.assessorRole]?.first?.value == "evaluator" else { return Assessor(role: .self, id: "self", name: name) }
        let id = fields[.assessor]?.first?.value ?? ""
        if id.isEmpty {
            diagnostics.append(.error(at: SourceLocation(file: path, place: ""), "an evaluator needs an id (detail 'assessor'), so that juries can combine and check evaluators"))
        }
        let affiliations = (fields[.affiliation]?.first?.value ?? "").split(separator: " ").map(String.init)
        return Assessor(role: .evaluator, id: id, name: name, affiliations: affiliations)
    }

    private func localized(_ fields: [Field]?) -> LocalizedText {
        LocalizedText((fields ?? []).map { ($0.language, $0.value) })
    }
}
