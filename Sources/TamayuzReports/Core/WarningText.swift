import TamayuzCore

/// Words the engine's ``CycleWarning``s in a report's language (the CLI's standard error and the
/// JSON keep their English ``CycleWarning/description``).
enum WarningText {
    /// The warning in the phrasebook's language; a loader's note stays as written (English).
    static func text(_ warning: CycleWarning, _ say: Phrasebook) -> String {
        switch warning {
        case let .previousCriteriaDiffer(source, previousCriteria, previousVersion, criteria, version):
            return say(.warningPreviousCriteria, source, previousCriteria, previousVersion, criteria, version)
        case let .agencyNotScored(agency, excluded):
            let who = excluded.map { say(.warningExcludedEvaluator, $0.evaluator, reason($0.reason, say)) }
            return say(.warningNotScored, agency, who.joined(separator: say.language == .ar ? "، " : ", "))
        case let .agencyNotScorable(agency, finding):
            return say(.warningNotScorable, agency, finding.location.description, finding.message)
        case let .sharedName(name, agencies):
            return say(.warningSharedName, agencies.map { "'\($0)'" }.joined(separator: say.language == .ar ? "، " : ", "), name)
        case let .nothingCounts(agency):
            return say(.warningNothingCounts, agency)
        case let .note(text):
            return text
        }
    }

    /// `warning: …` in the report's language.
    static func line(_ warning: CycleWarning, _ say: Phrasebook) -> String {
        say(.warningLine, text(warning, say))
    }

    /// The text, and its language when it is not the report's (a loader's note is English).
    static func shown(_ warning: CycleWarning, _ say: Phrasebook) -> (text: String, language: String?) {
        guard case .note = warning, say.language != .en else { return (text(warning, say), nil) }
        return (text(warning, say), Language.en.rawValue)
    }

    private static func reason(_ reason: Exclusion.Reason, _ say: Phrasebook) -> String {
        switch reason {
        case .affiliated: say(.exclusionAffiliated)
        }
    }
}
