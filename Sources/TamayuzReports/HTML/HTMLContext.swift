import Foundation
import TamayuzCore

/// What every part of the HTML report reads: the comparison, the options, the language's
/// phrases and number style, and a few lookups computed once.
struct HTMLContext {
    let comparison: CycleComparison
    let options: ReportOptions
    let framework: Framework
    /// The language of the report's own words and of the page (`lang`, `dir`).
    let language: Language
    let phrases: Phrasebook
    let numbers: NumberStyle
    /// How many ranked agencies hold each rank (ties have more than one).
    let holders: [Int: Int]
    /// Each agency's section anchor, by agency id.
    let anchors: [String: String]
    /// Each agency's first place in `comparison.standings`, by agency id.
    let positions: [String: Int]
    /// `CycleComparison.areaMedians`, computed once (every agency's chart reads it).
    let areaMedians: [Double?]
    /// Agencies whose name another agency also carries (the comparison's warnings say which):
    /// their names are followed by their ids, so that no two rows look alike.
    let sharedNames: Set<String>

    init(comparison: CycleComparison, options: ReportOptions) {
        self.comparison = comparison
        self.options = options
        framework = comparison.framework
        language = options.language
        phrases = Phrasebook(options.language, digits: options.digits)
        numbers = NumberStyle(digits: options.digits, minus: "\u{2212}", isolatesSigned: options.language.isRightToLeft)
        var holders: [Int: Int] = [:]
        for standing in comparison.standings {
            if let rank = standing.rank { holders[rank, default: 0] += 1 }
        }
        self.holders = holders
        var positions: [String: Int] = [:]
        for (position, standing) in comparison.standings.enumerated() where positions[standing.agency.id] == nil {
            positions[standing.agency.id] = position
        }
        self.positions = positions
        anchors = positions.mapValues { "agency-\($0 + 1)" }
        var shared = Set<String>()
        for case let .sharedName(_, agencies) in comparison.warnings { shared.formUnion(agencies) }
        sharedNames = shared
        areaMedians = comparison.areaMedians
    }

    // MARK: Words

    /// The report's phrase, placeholders filled with `arguments` (already formatted).
    func s(_ key: HTMLPhrase, _ arguments: String...) -> String {
        phrases.text(key, arguments: arguments)
    }

    /// A criteria text in the report's language (English, then any, when it has none).
    func text(_ localized: LocalizedText) -> String {
        localized.text(options.language)
    }

    /// The language a criteria text is actually shown in, when it differs from the report's.
    func fallbackLanguage(_ localized: LocalizedText) -> String? {
        guard !localized.isEmpty, localized.exactly(options.language) == nil else { return nil }
        if localized.exactly(.en) != nil { return language == .en ? nil : Language.en.rawValue }
        if localized.exactly("") != nil { return nil }
        let shown = localized.languages.first ?? ""
        return shown.isEmpty || shown == language.rawValue ? nil : shown
    }

    /// A node's title, or its id when it has none.
    func title(_ node: Int) -> String {
        let title = text(framework.nodes[node].title)
        return title.isEmpty ? framework.nodes[node].id : title
    }

    func name(_ agency: Agency) -> String {
        let name = text(agency.name)
        if name.isEmpty { return agency.id }
        return sharedNames.contains(agency.id) ? name + " (" + agency.id + ")" : name
    }

    func name(_ assessor: Assessor) -> String {
        let name = text(assessor.name)
        return name.isEmpty ? assessor.id : name
    }

    /// The agency's name by id, for lists that carry ids only.
    func agencyName(id: String) -> String {
        standing(id: id).map { name($0.agency) } ?? id
    }

    /// The agency's standing by id.
    func standing(id: String?) -> Standing? {
        id.flatMap { positions[$0] }.map { comparison.standings[$0] }
    }

    // MARK: Numbers

    /// A total on the framework's scale, at its precision.
    func total(_ value: Double) -> String {
        numbers.fixed(value, places: framework.precision)
    }

    /// The smallest step of a displayed total ("0.1" at one decimal, "1" at none).
    var precisionStep: String {
        var step = 1.0
        for _ in 0..<max(0, framework.precision) { step /= 10 }
        return numbers.fixed(step, places: framework.precision)
    }

    /// A score in [0, 1] as a percentage.
    func percent(_ fraction: Double) -> String {
        numbers.percent(fraction, places: 1)
    }

    /// "=2" for a shared rank, "2" otherwise, "—" for none.
    func rankText(_ rank: Int?) -> String {
        guard let rank else { return "—" }
        return (holders[rank, default: 0] > 1 ? "=" : "") + numbers.integer(rank)
    }

    /// Whether a rank is shared.
    func isTied(_ rank: Int?) -> Bool {
        rank.map { holders[$0, default: 0] > 1 } ?? false
    }

    /// The band label of a card, if the framework has bands.
    func bandLabel(_ card: ScoreCard) -> String? {
        card.band.map { text(framework.bands[$0].label) }
    }

    /// The effective share of every node in the total (product of normalised weights along the
    /// path), for the contributions shown in the score tree.
    func shares(_ card: ScoreCard) -> [Double] {
        card.shares(in: framework)
    }
}

extension HTMLBuilder {
    /// A criteria text, marked with its language when it is not the report's.
    mutating func localized(_ localized: LocalizedText, fallback: String, in context: HTMLContext) {
        let shown = context.text(localized)
        if let language = context.fallbackLanguage(localized) {
            element("span", ["lang": language, "dir": "auto"], text: shown.isEmpty ? fallback : shown)
        } else {
            text(shown.isEmpty ? fallback : shown)
        }
    }

    /// A node's title, marked with its language when it is not the report's.
    mutating func nodeTitle(_ node: Int, in context: HTMLContext) {
        localized(context.framework.nodes[node].title, fallback: context.framework.nodes[node].id, in: context)
    }

    /// An agency's name, isolated from the surrounding text direction.
    mutating func agencyName(_ agency: Agency, in context: HTMLContext) {
        element("bdi", ["lang": context.fallbackLanguage(agency.name)], text: context.name(agency))
    }

    /// A string whose `{1}` is markup written by `first`, its other placeholders texts.
    mutating func template(_ key: HTMLPhrase, in context: HTMLContext, _ arguments: String..., first: (inout HTMLBuilder) -> Void) {
        for (position, piece) in context.phrases.pieces(key, arguments).enumerated() {
            if position > 0 { first(&self) }
            text(piece)
        }
    }

    /// A visually hidden text for screen readers.
    mutating func screenReader(_ text: String) {
        element("span", ["class": "sr"], text: text)
    }

    /// A table's head: one row, of the column headers `columns` writes.
    mutating func headerRow(_ columns: (inout HTMLBuilder) -> Void) {
        element("thead") { $0.element("tr", [:], columns) }
    }

    /// A `<th scope="col">` with a text.
    mutating func columnHeader(_ text: String, numeric: Bool = false, sort: String? = nil) {
        element("th", ["scope": "col", "class": numeric ? "n" : nil, "aria-sort": sort], text: text)
    }

    /// A numeric cell.
    mutating func numberCell(_ text: String, sortKey: String? = nil) {
        element("td", ["class": "n", "data-sort": sortKey], text: text)
    }
}
