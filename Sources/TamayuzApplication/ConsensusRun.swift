import TamayuzCore
import TamayuzFormats

/// The consensus meeting's pack (`tamayuz consensus`): reads the criteria and the evaluators'
/// assessments whole (evidence, comments, "verify on site" questions), runs the jury for its
/// agreement and calibration figures, and draws up each chosen agency's agenda.
public struct ConsensusRun: Sendable {
    public var criteria: CriteriaSelection
    /// Assessment files, or folders of them.
    public var inputs: [String]
    /// The agencies to prepare (all when empty).
    public var agencies: [String]
    public var agenda: ConsensusAgenda.Options
    public var jury: JuryOptions

    public init(
        criteria: CriteriaSelection, inputs: [String], agencies: [String] = [], agenda: ConsensusAgenda.Options = ConsensusAgenda.Options(),
        jury: JuryOptions = JuryOptions()
    ) {
        self.criteria = criteria
        self.inputs = inputs
        self.agencies = agencies
        self.agenda = agenda
        self.jury = jury
    }

    /// The agendas, and the cycle's comparison they were drawn from (for the report's words).
    public struct Pack: Sendable {
        public var comparison: CycleComparison
        public var agendas: [ConsensusAgenda]
    }

    public func run() throws(JobFailure) -> JobResult<Pack> {
        var log = RunLog()
        let framework = try log.load(criteria)
        let assessments = try log.loadAssessments(inputs, framework: framework, detail: .full)
        guard !assessments.isEmpty else { throw log.noAssessments(in: inputs) }
        let groups: [AgencyAssessments]
        do {
            groups = try AgencyAssessments.group(assessments)
        } catch {
            log.report(error.diagnostics)
            throw log.failure(.invalidInput)
        }
        let known = Set(groups.map(\.agency.id))
        for id in agencies where !known.contains(id) {
            log.note(.error, "no assessment of agency '\(id)' among the inputs" + Self.known(known.sorted()))
        }
        if agencies.contains(where: { !known.contains($0) }) { throw log.failure(.invalidInput) }
        let chosen = agencies.isEmpty ? groups : groups.filter { agencies.contains($0.agency.id) }
        do {
            let scorer = Scorer(framework: framework)
            let jury = Jury(scorer: scorer, options: self.jury)
            let outcome = try jury.judge(groups, profile: criteria.profile)
            let comparison = try Comparison.compare(outcome, scorer: scorer, jury: self.jury, options: ComparisonOptions())
            let agendas = try jury.consensusAgendas(chosen, outcome: outcome, options: agenda)
            for id in chosen.map(\.agency.id) where !agendas.contains(where: { $0.agency.id == id }) {
                log.note(.warning, "agency '\(id)' has no counted evaluator: there is nothing for a consensus meeting")
            }
            return log.result(Pack(comparison: comparison, agendas: agendas), inputFiles: [criteria.file] + assessments.map(\.location.file))
        } catch {
            throw log.failure(error)
        }
    }

    private static func known(_ ids: [String]) -> String {
        ids.isEmpty ? "" : " (agencies: \(ids.joined(separator: ", ")))"
    }
}
