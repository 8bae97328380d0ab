import TamayuzCore
import TamayuzFormats

/// The jury's run (`tamayuz report`): reads the criteria, the assessments, an answer table and
/// the previous cycle's results; groups the assessments by agency, combines the evaluators,
/// ranks the agencies and compares them with the previous cycle; and, when asked, attaches each
/// agency's improvement plan to its standing.
public struct JuryRun: Sendable {
    /// Answers from a CSV table: one row per agency, one column per indicator id.
    public struct AnswerTable: Sendable {
        public var file: String
        public var columns: AnswerTableLoader.Columns

        public init(file: String, columns: AnswerTableLoader.Columns = AnswerTableLoader.Columns()) {
            self.file = file
            self.columns = columns
        }
    }

    public var criteria: CriteriaSelection
    /// Assessment files, or folders of them.
    public var inputs: [String]
    public var answerTable: AnswerTable?
    /// JSON results of the previous cycle (`tamayuz report --format json`), for rank changes.
    public var previousResults: String?
    public var jury: JuryOptions
    public var normalisation: Normalisation
    public var sensitivity: SensitivityOptions?
    /// Whether to plan each agency's improvement (the report that shows plans asks for them).
    public var improvementPlans: Bool
    /// Whether previous results of another framework are compared all the same (`--force`);
    /// without it they are refused. Another version of the same framework is only warned about.
    public var comparesAnotherFramework = false

    public init(
        criteria: CriteriaSelection, inputs: [String], answerTable: AnswerTable? = nil, previousResults: String? = nil,
        jury: JuryOptions = JuryOptions(), normalisation: Normalisation = .none, sensitivity: SensitivityOptions? = nil,
        improvementPlans: Bool = false, comparesAnotherFramework: Bool = false
    ) {
        self.criteria = criteria
        self.inputs = inputs
        self.answerTable = answerTable
        self.previousResults = previousResults
        self.jury = jury
        self.normalisation = normalisation
        self.sensitivity = sensitivity
        self.improvementPlans = improvementPlans
        self.comparesAnotherFramework = comparesAnotherFramework
    }

    /// The cycle's comparison; its warnings are among the messages too.
    public func run() throws(JobFailure) -> JobResult<CycleComparison> {
        var log = RunLog()
        let framework = try log.load(criteria)
        // Answers are kept as scoring reads them: the report shows no evidence titles or comments.
        var assessments = try log.loadAssessments(inputs, framework: framework, detail: .scoring)
        var inputFiles = [criteria.file] + assessments.map(\.location.file)
        if let answerTable {
            do {
                let (rows, warnings) = try AnswerTableLoader.load(
                    fileAtPath: answerTable.file, framework: framework, columns: answerTable.columns)
                log.report(warnings)
                assessments += rows
                inputFiles.append(answerTable.file)
            } catch {
                throw log.failure(error)
            }
        }
        var previous: PreviousCycle?
        if let previousResults {
            do throws(DiagnosticError) {
                previous = try PreviousResultsLoader.load(fileAtPath: previousResults)
                inputFiles.append(previousResults)
                if let previous, previous.frameworkID != framework.id, !comparesAnotherFramework {
                    throw DiagnosticError(SourceLocation(file: previousResults, line: 1, column: 1), TerminalText.safe(
                        "these results rank framework '\(previous.frameworkID)', this cycle '\(framework.id)': ranks of different frameworks do not compare (give --force to show the changes all the same)"))
                }
            } catch {
                throw log.failure(error)
            }
        }
        guard !assessments.isEmpty else {
            throw log.noAssessments(in: inputs + (answerTable.map { [$0.file] } ?? []))
        }
        let groups: [AgencyAssessments]
        do {
            groups = try AgencyAssessments.group(assessments)
        } catch {
            log.report(error.diagnostics)
            throw log.failure(.invalidInput)
        }
        let comparison: CycleComparison
        do {
            comparison = try compare(groups, scorer: Scorer(framework: framework), previous: previous)
        } catch {
            throw log.failure(error)
        }
        for warning in comparison.warnings { log.note(.warning, warning.description) }
        return log.result(comparison, inputFiles: inputFiles)
    }

    private func compare(
        _ groups: [AgencyAssessments], scorer: Scorer, previous: PreviousCycle?
    ) throws(ScoringError) -> CycleComparison {
        let outcome = try Jury(scorer: scorer, options: jury).judge(groups, profile: criteria.profile)
        let comparison = try Comparison.compare(
            outcome, scorer: scorer, jury: jury,
            options: ComparisonOptions(normalisation: normalisation, previous: previous, sensitivity: sensitivity))
        return improvementPlans ? try comparison.withImprovementPlans(scorer: scorer) : comparison
    }
}
