import TamayuzCore
import TamayuzXML

/// Reads an assessment (a self-assessment or an evaluator's) against the framework it answers:
/// the XSD first, then every check against the criteria, each located.
public enum AssessmentLoader {
    /// How much of each answer to keep.
    public enum Detail: Sendable {
        /// Every answer with its evidence items, justification, comment and location.
        case full
        /// Only what scoring reads, in `Assessment.sheet`: each answer's value and whether it
        /// cites evidence. Every check is made all the same.
        case scoring
    }

    /// Loads an assessment file, XML or a workbook (`.xlsx`, ``WorkbookReader``); throws all its
    /// errors (with warnings) or returns it with its warnings.
    /// As a `draft`, a blank `value=""` is an indicator not answered yet, not an error.
    public static func load(
        fileAtPath path: String, framework: Framework, detail: Detail = .full, draft: Bool = false
    ) throws(DiagnosticError) -> (Assessment, [Diagnostic]) {
        let bytes = try InputFile.read(atPath: path)
        if WorkbookReader.isWorkbook(path) { return try WorkbookReader.load(bytes: bytes, fileName: path, framework: framework) }
        return try load(bytes: bytes, fileName: path, framework: framework, detail: detail, draft: draft)
    }

    /// Loads an assessment from memory. Answers are checked as the parser reads them, one at a
    /// time, so the document is never held whole; the XSD's findings, if any, replace the
    /// reader's.
    public static func load(
        bytes: [UInt8], fileName: String, framework: Framework, detail: Detail = .full, draft: Bool = false
    ) throws(DiagnosticError) -> (Assessment, [Diagnostic]) {
        // Keeping only what scoring reads, no answer's place is kept: the file is read without
        // placing each element first, and read again, exactly, only if there is anything to report.
        if detail == .scoring,
            let (assessment, diagnostics) = try? read(bytes, fileName: fileName, framework: framework, detail: detail, locations: .rootOnly, draft: draft),
            diagnostics.isEmpty
        {
            return (assessment, diagnostics)
        }
        return try read(bytes, fileName: fileName, framework: framework, detail: detail, locations: .exact, draft: draft)
    }

    /// One read of the file (internal for the tests, which show that the first read is used).
    static func read(
        _ bytes: [UInt8], fileName: String, framework: Framework, detail: Detail, locations: XMLReader.Locations, draft: Bool = false
    ) throws(DiagnosticError) -> (Assessment, [Diagnostic]) {
        var reader = AssessmentReader(framework: framework, detail: detail, draft: draft)
        let root = try XMLReader.parse(bytes, fileName: fileName, schema: TamayuzSchemas.assessment, locations: locations) {
            child in reader.read(child)
        }
        let assessment = reader.finish(root: root)
        let findings = DiagnosticError(reader.diagnostics)
        if findings.diagnostics.contains(where: { $0.severity == .error }) { throw findings }
        return (assessment, findings.diagnostics)
    }

    /// Checks a file against the assessment schema only (when no criteria are given).
    public static func checkSchema(fileAtPath path: String) throws(DiagnosticError) {
        let bytes = try InputFile.read(atPath: path)
        try checkSchema(bytes: bytes, fileName: path)
    }

    /// Checks bytes against the assessment schema only; the answers are dropped as they are read.
    public static func checkSchema(bytes: [UInt8], fileName: String) throws(DiagnosticError) {
        _ = try XMLReader.parse(bytes, fileName: fileName, schema: TamayuzSchemas.assessment) { _ in }
    }
}

/// Reads one assessment document, collecting every finding: the root's children as the parser
/// hands them over (`read`), then the root's own attributes (`finish`).
struct AssessmentReader {
    let framework: Framework
    /// Findings about the root's attributes, reported first.
    private var header = DiagnosticSink()
    var sink = DiagnosticSink()
    private(set) var agency: Agency?
    private var assessor: Assessor?
    private let detail: AssessmentLoader.Detail
    /// A blank value is an indicator not answered yet.
    private let draft: Bool
    private var answers: [Int: Answer] = [:]
    private var sheet: AnswerSheet?
    /// Per node, an answer's rationale (read whatever the detail: the jury's trail shows it).
    private var rationales: [Int: String] = [:]
    /// Per node, the line of the indicator's first answer (to point at it from a second one; 0
    /// when answers are read without places), or -1 while unanswered. An array, not a dictionary: it is looked up for every answer.
    private var firstSeen: [Int]
    /// Answers to indicators the framework lacks, reported once the root says which framework
    /// the file answers (a "did you mean" only helps when it is this one).
    private var unknownIndicators: [(SourceLocation, String)] = []

    init(framework: Framework, detail: AssessmentLoader.Detail = .full, draft: Bool = false) {
        self.framework = framework
        self.detail = detail
        self.draft = draft
        switch detail {
        case .full: answers.reserveCapacity(framework.indicators.count)
        case .scoring: sheet = AnswerSheet(nodeCount: framework.nodes.count)
        }
        firstSeen = Array(repeating: -1, count: framework.nodes.count)
    }

    /// Whether the assessment answers another framework or version: its answers are then not
    /// worth a finding each (one line says it all).
    private var answersAnotherFramework = false

    /// Every finding, in document order.
    var diagnostics: [Diagnostic] { answersAnotherFramework ? header.diagnostics : header.diagnostics + sink.diagnostics }

    /// Reads one child of the root as the parser hands it over, before the document is known to
    /// be valid: nothing the XSD requires may be taken for granted here (a missing attribute is
    /// skipped; the XSD's error replaces these findings).
    mutating func read(_ element: XMLElement) {
        switch element.name {
        case "agency":
            agency = Agency(id: element[attribute: "id"] ?? "", kind: element[attribute: "kind"], name: element.localizedText("name"))
        case "assessor":
            assessor = readAssessor(element)
        case "answer":
            readAnswer(element)
        default:
            break
        }
    }

    /// Checks the root's attributes against the criteria and returns the assessment.
    mutating func finish(root: XMLElement) -> Assessment {
        let frameworkAttribute = root.attribute("framework")!
        let versionAttribute = root.attribute("framework-version")!
        answersAnotherFramework = frameworkAttribute.value != framework.id || versionAttribute.value != framework.version
        if frameworkAttribute.value != framework.id {
            header.error(frameworkAttribute.valueLocation, "this assessment answers framework '\(frameworkAttribute.value)', but the criteria are '\(framework.id)'")
        } else if versionAttribute.value != framework.version {
            header.error(versionAttribute.valueLocation, "this assessment answers version \(versionAttribute.value) of '\(framework.id)', but the criteria are version \(framework.version): criteria change between cycles, so answers cannot be carried over silently")
        }
        let indicatorIDs = framework.indicators.map { framework.nodes[$0].id }
        for (location, id) in unknownIndicators {
            let suggestion = frameworkAttribute.value == framework.id ? Suggestion.phrase(for: id, among: indicatorIDs) : ""
            sink.error(location, "unknown indicator '\(id)' in framework '\(framework.id)'" + suggestion)
        }
        if let cycle = root.attribute("cycle"), let expected = framework.cycle, cycle.value != expected {
            header.warning(cycle.valueLocation, "cycle '\(cycle.value)' differs from the criteria's cycle '\(expected)'")
        }
        if let profile = root.attribute("profile"), framework.profile(profile.value) == nil {
            header.error(profile.valueLocation, "unknown profile '\(profile.value)'" + known(framework.profiles.map(\.id)))
        }
        return Assessment(
            frameworkID: frameworkAttribute.value, frameworkVersion: versionAttribute.value, cycle: root[attribute: "cycle"],
            profileID: root[attribute: "profile"], agency: agency ?? Agency(id: "", kind: nil, name: LocalizedText()),
            assessor: assessor ?? Assessor(role: .self, id: "self", name: LocalizedText(), affiliations: []),
            answers: answers, sheet: sheet, rationales: rationales, location: root.sourceLocation)
    }

    private mutating func readAnswer(_ element: XMLElement) {
        // Values are read by name and places looked up only for a finding: most answers have none.
        guard let id = element[attribute: "indicator"] else { return }
        guard let index = framework.nodeIndex[id] else {
            unknownIndicators.append((element.attribute("indicator")!.valueLocation, id))
            return
        }
        guard let indicator = framework.nodes[index].indicator else {
            sink.error(element.attribute("indicator")!.valueLocation, "'\(id)' is \(framework.nodes[index].level == .area ? "an area" : "a criterion"), not an indicator: answer its indicators")
            return
        }
        if firstSeen[index] >= 0 {
            sink.error(element.location, "a second answer to '\(id)' (the first is at line \(firstSeen[index]))")
            return
        }
        firstSeen[index] = element.location.line ?? 0
        guard let value = readValue(element, indicator: indicator, id: id) else { return }
        let rationale = readStageNotes(element, id: id, role: assessor?.role)
        if let rationale { rationales[index] = rationale }
        if detail == .scoring {
            sheet?.values[index] = value
            sheet?.evidence[index] = element.children.contains { $0.name == "evidence" && Self.cites($0) }
        } else if element.children.isEmpty {
            // Most answers are a bare value: no evidence, justification or comment to read.
            answers[index] = Answer(value: value, location: element.sourceLocation)
        } else {
            answers[index] = Answer(
                value: value,
                evidence: readEvidence(element),
                justification: nonEmpty(element.children(named: "justification").map { $0.text.trimmedWhitespace }.joined(separator: "\n")),
                comment: nonEmpty(element.children(named: "comment").map { $0.text.trimmedWhitespace }.joined(separator: "\n")),
                feedback: Self.feedback(element), rationale: rationale,
                verifyOnSite: element.children(named: "verify-on-site").first.flatMap { nonEmpty($0.text.trimmedWhitespace) },
                location: element.sourceLocation)
        }
    }

    /// Evidence items cited; a blank one (as a template leaves it) is no evidence.
    private func readEvidence(_ answer: XMLElement) -> [EvidenceItem] {
        answer.children(named: "evidence").compactMap { element in
            guard Self.cites(element) else { return nil }
            let reference = (element[attribute: "ref"] ?? "").trimmedWhitespace
            return EvidenceItem(
                title: (element[attribute: "title"] ?? "").trimmedWhitespace, reference: reference.isEmpty ? nil : reference,
                note: element[attribute: "note"])
        }
    }

    /// Whether an `<evidence>` names something: a title or a reference that is not blank.
    private static func cites(_ evidence: XMLElement) -> Bool {
        !(evidence[attribute: "title"] ?? "").trimmedWhitespace.isEmpty
            || !(evidence[attribute: "ref"] ?? "").trimmedWhitespace.isEmpty
    }

    private mutating func readValue(_ element: XMLElement, indicator: Indicator, id: String) -> AnswerValue? {
        let value = element[attribute: "value"]
        if case .derived = indicator.kind {
            sink.error(element.attribute("indicator")!.valueLocation, "'\(id)' is derived (computed from other answers): it cannot be answered")
            return nil
        }
        if element[attribute: "not-applicable"] == "true" || element[attribute: "not-applicable"] == "1" {
            if !indicator.allowsNotApplicable {
                sink.error(element.attribute("not-applicable")!.valueLocation, "'\(id)' cannot be answered \"not applicable\": the criteria do not allow it")
                return nil
            }
            if element.children(named: "justification").allSatisfy({ $0.text.trimmedWhitespace.isEmpty }) {
                sink.error(element.location, "'\(id)' is answered \"not applicable\" without a <justification>: say why it does not apply")
                return nil
            }
            if value != nil {
                sink.error(element.attribute("value")!.location, "'\(id)' has both a value and not-applicable=\"true\": give one")
                return nil
            }
            return .notApplicable
        }
        if draft, value?.trimmedWhitespace.isEmpty ?? true { return nil }
        guard let value else {
            sink.error(element.location, "the answer to '\(id)' has no 'value' (leave the answer out, or answer not-applicable=\"true\" where allowed)")
            return nil
        }
        switch AnswerParsing.parse(value, indicator: indicator, id: id, framework: framework) {
        case let .success(parsed): return parsed
        case let .failure(problem):
            sink.error(element.attribute("value")!.valueLocation, problem.message)
            return nil
        }
    }
}

private func nonEmpty(_ text: String) -> String? {
    text.isEmpty ? nil : text
}
