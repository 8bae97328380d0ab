import TamayuzCore

/// One agency's feedback report as a self-contained, printable HTML page, for its eyes only:
/// no other agency is named, the field appears only as medians and quartiles. Parts: the score
/// against the field, the areas, strengths and areas for improvement per criterion
/// (``HTMLFeedbackRemarks``), the site-visit findings and the improvement plan.
public struct HTMLFeedback: Sendable {
    public init() {}

    /// The page of `feedback`, one of `cycle.agencies`.
    public func render(_ feedback: AgencyFeedback, cycle: FeedbackCycle, options: ReportOptions) -> String {
        let context = HTMLContext(comparison: cycle.comparison, options: options)
        let page = HTMLFeedbackPage(context: context, feedback: feedback)
        let framework = context.framework
        return HTMLStandalonePage.render(
            language: context.language, title: page.say(.title) + " — " + context.name(feedback.agency),
            skipLink: page.say(.skipToContent), footer: page.say(.footer, TamayuzVersion.current, framework.id, framework.version)
        ) { main in
            page.head(&main)
            page.score(&main)
            page.areas(&main)
            HTMLFeedbackRemarks(page: page).render(into: &main)
        }
    }

    /// The file name of an agency's page: its id with anything but letters, digits, `_`, `-`
    /// and inner dots replaced by `_` (ids are validated identifiers; this guards the folder
    /// anyway), then `.html`.
    public static func fileName(for agency: Agency) -> String {
        var name = String(agency.id.unicodeScalars.map { scalar -> Character in
            let safe = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar))
            return safe ? Character(scalar) : "_"
        })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return (name.isEmpty ? "_" : name) + ".html"
    }
}

/// What every part of one agency's page reads.
struct HTMLFeedbackPage {
    let context: HTMLContext
    let feedback: AgencyFeedback

    func say(_ phrase: FeedbackPhrase, _ arguments: String...) -> String {
        context.phrases.text(phrase, arguments: arguments)
    }

    /// A score in [0, 1] as points of 100, one decimal.
    func points(_ score: Double) -> String {
        context.numbers.fixed(score * 100, places: 1)
    }

    func head(_ main: inout HTMLBuilder) {
        main.element("header", ["class": "standalone-head"]) { head in
            head.element("p", ["class": "kicker"], text: context.text(context.framework.title))
            head.element("h1") { title in
                title.text(say(.title) + " — ")
                title.agencyName(feedback.agency, in: context)
            }
            if let cycle = context.framework.cycle { head.element("p", text: say(.cycle, context.numbers.digits.convert(cycle))) }
            head.element("p", ["class": "note"], text: say(.forAgencyOnly, context.name(feedback.agency)))
        }
    }

    func score(_ main: inout HTMLBuilder) {
        main.element("section", ["aria-labelledby": "score-h"]) { section in
            section.element("h2", ["id": "score-h"], text: say(.scoreHeading))
            section.element("p", ["class": "note"], text: say(.scoreIntro))
            section.element("table", ["class": "compact"]) { table in
                table.element("caption", text: say(.scoreHeading))
                table.element("tbody") { body in
                    func entry(_ term: FeedbackPhrase, _ value: String) {
                        body.element("tr") { row in
                            row.element("th", ["scope": "row"], text: say(term))
                            row.numberCell(value)
                        }
                    }
                    entry(.yourTotal, context.total(feedback.total))
                    if let band = feedback.band { entry(.band, context.text(context.framework.bands[band].label)) }
                    if let field = feedback.field {
                        entry(.fieldLowerQuartile, context.total(field.lowerQuartile))
                        entry(.fieldMedian, context.total(field.median))
                        entry(.fieldUpperQuartile, context.total(field.upperQuartile))
                    }
                }
            }
            if !feedback.isEligible { section.element("p", ["class": "alert"], text: say(.notEligible)) }
        }
    }

    func areas(_ main: inout HTMLBuilder) {
        main.element("section", ["aria-labelledby": "areas-h"]) { section in
            section.element("h2", ["id": "areas-h"], text: say(.areasHeading))
            section.element("div", ["class": "scroll", "role": "region", "aria-labelledby": "areas-caption", "tabindex": "0"]) { scroll in
                scroll.element("table", ["class": "compact"]) { table in
                    table.element("caption", ["id": "areas-caption"], text: say(.areasCaption))
                    table.headerRow { row in
                        row.columnHeader(say(.columnArea))
                        row.columnHeader(say(.columnYourScore), numeric: true)
                        for column in [FeedbackPhrase.fieldLowerQuartile, .fieldMedian, .fieldUpperQuartile] { row.columnHeader(say(column), numeric: true) }
                        row.columnHeader(say(.columnPosition))
                    }
                    table.element("tbody") { body in
                        for area in feedback.areas { areaRow(&body, area) }
                    }
                }
            }
        }
    }

    private func areaRow(_ body: inout HTMLBuilder, _ area: AgencyFeedback.AreaFeedback) {
        body.element("tr") { row in
            row.element("th", ["scope": "row"]) { $0.nodeTitle(area.area, in: context) }
            row.numberCell(area.score.map(points) ?? "—")
            for value in [area.field?.lowerQuartile, area.field?.median, area.field?.upperQuartile] { row.numberCell(value.map(points) ?? "—") }
            row.element("td", text: say(position(area)))
        }
    }

    private func position(_ area: AgencyFeedback.AreaFeedback) -> FeedbackPhrase {
        guard let score = area.score, let field = area.field else { return .notCounted }
        if score > field.upperQuartile { return .aboveUpperQuartile }
        if score < field.lowerQuartile { return .belowLowerQuartile }
        return score >= field.median ? .aboveMedian : .belowMedian
    }
}
