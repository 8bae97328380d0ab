import TamayuzCore

/// How an answer reads, for people and for machines: the one place that words an
/// ``AnswerValue`` against its indicator's ``IndicatorKind``.
///
/// For people (``words(_:kind:)``): yes/no in the report's language, the level's label (its id
/// when it has none), the number at most ``places`` decimals with its unit or percent sign, the
/// ticked options, or "not applicable". The text reports name ticked options by id, the HTML
/// report by label; each report gives its own words for yes, no and the rest.
///
/// For machines (``token(_:kind:framework:)``): the assessment format's own spelling, as CSV
/// and JSON write it.
struct AnswerWording {
    let framework: Framework
    let language: Language
    let numbers: NumberStyle
    /// The most decimals a number answer shows.
    let places: Int
    /// Whether ticked options are named by their label (else by their id).
    let optionsByLabel: Bool
    let yes: String
    let no: String
    let notApplicable: String
    /// What a checklist with nothing ticked reads.
    let noneTicked: String
    let optionSeparator: String

    /// The wording of the text reports and the `--explain` trace: numbers at up to 6 decimals,
    /// options by id.
    static func text(_ framework: Framework, _ language: Language) -> AnswerWording {
        let say = Phrasebook(language)
        return AnswerWording(
            framework: framework, language: language, numbers: .plain, places: 6, optionsByLabel: false,
            yes: say(ReportPhrase.yes), no: say(ReportPhrase.no), notApplicable: say(ReportPhrase.notApplicable),
            noneTicked: say(ReportPhrase.none), optionSeparator: ", ")
    }

    /// The answer in words.
    func words(_ value: AnswerValue, kind: IndicatorKind) -> String {
        switch value {
        case .notApplicable: notApplicable
        case let .yesNo(answer): answer ? yes : no
        case let .level(level): levelWords(level, kind: kind)
        case let .number(number): numberWords(number, kind: kind)
        case let .options(ticked): optionWords(ticked, kind: kind)
        case let .radar(answer): radarWords(answer, kind: kind)
        case let .series(series): seriesWords(series)
        }
    }

    /// The overall percentage and its RADAR band, then each attribute's:
    /// "45%, good (sound 50, integrated 40, …)".
    private func radarWords(_ answer: RadarAnswer, kind: IndicatorKind) -> String {
        guard case let .radar(attributes) = kind else { return "" }
        let say = Phrasebook(language)
        let overall = say(ReportPhrase.radarOverall, numbers.integer(answer.overall) + numbers.digits.percentSign, say(Self.bandPhrase(RadarBand(percentage: answer.overall))))
        let each = zip(attributes.attributes, answer.percentages).map { "\($0) \(numbers.integer($1))" }
        return overall + " (" + each.joined(separator: optionSeparator) + ")"
    }

    /// The word of a RADAR band.
    static func bandPhrase(_ band: RadarBand) -> ReportPhrase {
        switch band {
        case .none: .radarNone
        case .some: .radarSome
        case .good: .radarGood
        case .strong: .radarStrong
        case .excellent: .radarExcellent
        }
    }

    /// Each year's value, then the target and the comparator: "2023 61, 2024 66 (target 70,
    /// comparator 64)".
    private func seriesWords(_ series: ResultsSeries) -> String {
        let each = zip(series.years, series.values).map { numbers.integer($0) + " " + numbers.shortest($1, places: places) }
        return each.joined(separator: optionSeparator) + " ("
            + Phrasebook(language)(ReportPhrase.seriesTargets, numbers.shortest(series.target, places: places), numbers.shortest(series.comparator, places: places)) + ")"
    }

    private func levelWords(_ level: Int, kind: IndicatorKind) -> String {
        switch kind {
        case let .ordinal(scale):
            let levels = framework.scales[scale].levels
            guard levels.indices.contains(level) else { return numbers.integer(level) }
            let label = levels[level].label.text(language)
            return label.isEmpty ? levels[level].id : label
        case .yesNo, .number, .percentage, .checklist, .derived, .radar, .resultsSeries:
            return ""
        }
    }

    private func numberWords(_ number: Double, kind: IndicatorKind) -> String {
        let text = numbers.shortest(number, places: places)
        switch kind {
        case .percentage:
            return text + numbers.digits.percentSign
        case let .number(_, _, unit), let .derived(_, _, unit):
            return text + (unit.map { " " + $0.text(language) } ?? "")
        case .yesNo, .ordinal, .checklist, .radar, .resultsSeries:
            return text
        }
    }

    private func optionWords(_ ticked: [Int], kind: IndicatorKind) -> String {
        switch kind {
        case let .checklist(options, _):
            let names = ticked.filter { options.indices.contains($0) }.map { position in
                guard optionsByLabel else { return options[position].id }
                let label = options[position].label.text(language)
                return label.isEmpty ? options[position].id : label
            }
            return names.isEmpty ? noneTicked : names.joined(separator: optionSeparator)
        case .yesNo, .ordinal, .number, .percentage, .derived, .radar, .resultsSeries:
            return ""
        }
    }

    // MARK: For machines

    /// `yes`/`no`, the level id, the number (at most 6 decimals), the ticked option ids
    /// separated by spaces (`none` when none is), or `not-applicable`: the assessment format's
    /// own spelling.
    static func token(_ value: AnswerValue, kind: IndicatorKind, framework: Framework) -> String {
        switch value {
        case let .yesNo(answer):
            return answer ? "yes" : "no"
        case let .level(level):
            switch kind {
            case let .ordinal(scale):
                let levels = framework.scales[scale].levels
                return levels.indices.contains(level) ? levels[level].id : String(level)
            case .yesNo, .number, .percentage, .checklist, .derived, .radar, .resultsSeries:
                return ""
            }
        case let .number(number):
            return NumberStyle.plain.shortest(number, places: 6)
        case let .options(ticked):
            guard case .checklist = kind else { return "" }
            // As the assessment format writes it: "none" when nothing is ticked.
            let ids = optionIDs(ticked, kind: kind)
            return ids.isEmpty ? "none" : ids.joined(separator: " ")
        case let .radar(answer):
            guard case let .radar(attributes) = kind else { return "" }
            return radarToken(answer, attributes: attributes)
        case let .series(series):
            return seriesToken(series)
        case .notApplicable:
            return "not-applicable"
        }
    }

    /// Each attribute with its percentage, then the overall when the assessor set it:
    /// "sound 50, integrated 40, …, overall 45".
    static func radarToken(_ answer: RadarAnswer, attributes: RadarAttributeSet) -> String {
        let each = zip(attributes.attributes, answer.percentages).map { "\($0) \($1)" }
        return (each + (answer.overallGiven ? ["overall \(answer.overall)"] : [])).joined(separator: ", ")
    }

    /// Each year with its value, then the target and the comparator:
    /// "2023 61, 2024 66; target 70; comparator 64".
    static func seriesToken(_ series: ResultsSeries) -> String {
        let number = { NumberStyle.plain.shortest($0, places: 6) }
        return zip(series.years, series.values).map { "\($0) \(number($1))" }.joined(separator: ", ")
            + "; target \(number(series.target)); comparator \(number(series.comparator))"
    }

    /// The option ids of a checklist answer.
    static func optionIDs(_ ticked: [Int], kind: IndicatorKind) -> [String] {
        switch kind {
        case let .checklist(options, _): ticked.filter { options.indices.contains($0) }.map { options[$0].id }
        case .yesNo, .ordinal, .number, .percentage, .derived, .radar, .resultsSeries: []
        }
    }
}
