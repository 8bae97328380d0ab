import TamayuzCore

/// The cover: the framework's title, then the summary (``HTMLSummary``: who won and how surely)
/// and the warnings in a visible box, then the facts: cycle and date (Gregorian and Hijri), who
/// was assessed and by how many evaluators, the profiles and methods used.
struct HTMLCover {
    let context: HTMLContext

    func render(into page: inout HTMLBuilder) {
        let framework = context.framework
        page.element("header", ["class": "cover"]) { page in
            page.element("p", ["class": "kicker"], text: context.s(context.comparison.isRanking ? .reportKindRanking : .reportKindResults))
            page.element("h1") { $0.localized(framework.title, fallback: framework.id, in: context) }
            HTMLSummary(context: context).render(into: &page)
            warningsBox(&page)
            if !framework.description.isEmpty {
                page.element("p", ["class": "lead"]) { $0.localized(framework.description, fallback: "", in: context) }
            }
            page.element("dl", ["class": "facts"]) { list in
                fact(&list, .criteria, context.s(.criteriaValue, framework.id, framework.version))
                if let cycle = framework.cycle { fact(&list, .cycle, cycle) }
                if let date = context.options.date { dateFact(&list, date) }
                fact(&list, .agencies, agencyCount)
                if context.comparison.isRanking { fact(&list, .evaluators, evaluatorCount) }
                fact(&list, .profiles, profilesUsed)
                if context.comparison.isRanking {
                    fact(&list, .normalisation, normalisation)
                    fact(&list, .aggregation, aggregation)
                }
                if let sensitivity = context.comparison.options.sensitivity {
                    fact(&list, .robustness, context.s(
                        .robustnessValue, context.numbers.integer(sensitivity.draws), context.numbers.percent(sensitivity.range, places: 0),
                        context.numbers.digits.convert(String(sensitivity.seed))))
                }
                if let previous = context.comparison.options.previous {
                    fact(&list, .previousCycle, context.s(.previousValue, previous.source, previous.frameworkID, previous.frameworkVersion))
                }
            }
        }
    }

    private func warningsBox(_ page: inout HTMLBuilder) {
        let warnings = self.warnings
        if !warnings.isEmpty {
            page.element("section", ["class": "alert", "aria-labelledby": "warnings"]) { box in
                box.element("h2", ["id": "warnings"]) { heading in
                    heading.element("span", ["aria-hidden": "true"], text: "⚠ ")
                    heading.text(context.s(.warnings))
                }
                box.element("ul") { list in
                    for warning in warnings {
                        list.element("li", ["lang": warning.language, "dir": warning.language == nil ? nil : "auto"], text: warning.text)
                    }
                }
            }
        }
    }

    private func fact(_ list: inout HTMLBuilder, _ term: HTMLPhrase, _ value: String) {
        list.element("dt", text: context.s(term))
        list.element("dd", text: value)
    }

    private func dateFact(_ list: inout HTMLBuilder, _ date: ReportDate) {
        let gregorian = HTMLDates.gregorianText(date, language: context.language, numbers: context.numbers)
        list.element("dt", text: context.s(.date))
        list.element("dd") { value in
            guard let hijri = HTMLDates.hijri(date) else {
                value.element("time", ["datetime": date.iso], text: gregorian)
                return
            }
            let hijriText = HTMLDates.hijriText(hijri, language: context.language, numbers: context.numbers)
            // The template orders the two dates for the language; the Gregorian one is the <time>.
            value.template(.dateValue, in: context, hijriText) { $0.element("time", ["datetime": date.iso], text: gregorian) }
        }
    }

    private var agencyCount: String {
        let standings = context.comparison.standings
        let numbers = context.numbers
        guard context.comparison.isRanking else { return numbers.integer(standings.count) }
        let ranked = standings.filter { $0.rank != nil }.count
        return context.s(.agenciesValue, numbers.integer(standings.count), numbers.integer(ranked), numbers.integer(standings.count - ranked))
    }

    private var evaluatorCount: String {
        let excluded = context.comparison.standings.reduce(0) { $0 + $1.verdict.exclusions.count }
        let count = context.numbers.integer(context.comparison.evaluatorCount)
        return excluded == 0 ? count : context.s(.evaluatorsValue, count, context.numbers.integer(excluded))
    }

    private var profilesUsed: String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for standing in context.comparison.standings {
            let label = standing.verdict.profile.map { profile in
                let title = context.text(profile.title)
                return title.isEmpty ? profile.id : title
            } ?? context.s(.noProfile)
            if counts[label] == nil { order.append(label) }
            counts[label, default: 0] += 1
        }
        return order.map { label in
            counts[label] == 1 ? context.s(.profileCountOne, label) : context.s(.profileCount, label, context.numbers.integer(counts[label]!))
        }.joined(separator: context.s(.itemSeparator))
    }

    private var normalisation: String {
        switch context.comparison.options.normalisation {
        case .none: context.s(.normalisationNone)
        case .minmax: context.s(.normalisationMinMax)
        case .zscore: context.s(.normalisationZScore)
        case .percentile: context.s(.normalisationPercentile)
        }
    }

    private var aggregation: String {
        let method = switch context.comparison.jury.aggregation {
        case .mean: context.s(.aggregationMean)
        case .median: context.s(.aggregationMedian)
        case .trimmedMean: context.s(.aggregationTrimmedMean)
        }
        return context.comparison.jury.standardise ? context.s(.aggregationStandardised, method) : method
    }

    /// The warnings, in the report's language where the report knows them; an engine warning
    /// it does not know is shown as written, marked as English.
    var warnings: [(text: String, language: String?)] {
        var warnings: [(String, String?)] = []
        let comparison = context.comparison
        let framework = context.framework
        let previousMismatch = comparison.options.previous.map { $0.frameworkID != framework.id || $0.frameworkVersion != framework.version } ?? false
        if let previous = comparison.options.previous, previousMismatch {
            warnings.append((context.s(
                .warningPrevious, previous.source, previous.frameworkID, previous.frameworkVersion, framework.id, framework.version), nil))
        }
        for warning in comparison.warnings where !(previousMismatch && warning.isPreviousCriteriaDiffer) {
            warnings.append(WarningText.shown(warning, context.phrases))
        }
        if comparison.isRanking, comparison.standings.contains(where: \.verdict.isJuryScore) {
            for standing in comparison.standings where !standing.verdict.isJuryScore {
                warnings.append((context.s(.warningSelfOnly, context.name(standing.agency)), nil))
            }
        }
        for group in comparison.remainingTies {
            let rank = context.standing(id: group.first)?.rank
            warnings.append((context.s(
                .warningTie, rank.map(context.numbers.integer) ?? "—", group.map(context.agencyName(id:)).joined(separator: context.s(.listSeparator))), nil))
        }
        return warnings
    }
}
