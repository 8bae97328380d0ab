import TamayuzCore

/// The jury's report as one self-contained HTML file: inline CSS and SVG, one small script
/// allowed by hash, no request to any network. Arabic (right-to-left) or English, WCAG 2.2 AA,
/// byte-identical for identical inputs; printed on A4 (``HTMLStyles``: landscape pages for the
/// wide tables, numbered pages with a running header) and read on a phone without the page ever
/// scrolling sideways (wide tables scroll in their own regions).
///
/// Parts, in order: cover (``HTMLCover``, the summary first: ``HTMLSummary``), contents, leaderboard
/// (``HTMLLeaderboard``), heat map (``HTMLHeatMap``), one page per agency
/// (``HTMLAgencySection``, folded until opened; printed open), the jury (``HTMLJurySection``)
/// and the methodology appendix (``HTMLMethodology``). The results themselves close the body as
/// a JSON data block (``HTMLResultsData``) for programs.
public struct HTMLRenderer: ReportRenderer {
    public static let identifier = "html"

    public init() {}

    public func render(_ comparison: CycleComparison, options: ReportOptions) -> String {
        let context = HTMLContext(comparison: comparison, options: options)
        let script = HTMLScript.source
        var page = HTMLBuilder(capacity: 64 * 1024 + comparison.standings.count * comparison.framework.nodes.count * 200)
        page.trusted(TrustedMarkup("<!DOCTYPE html>\n"))
        page.element("html", ["lang": context.language.rawValue, "dir": context.language.direction]) { page in
            page.element("head") { head in
                head.void("meta", ["charset": "utf-8"])
                head.void("meta", ["http-equiv": "Content-Security-Policy", "content": HTMLContentSecurity.policy(script: script)])
                head.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                head.void("meta", ["name": "generator", "content": "Tamayuz \(TamayuzVersion.current)"])
                head.element("title", text: title(context))
                head.element("style") { style in
                    style.trusted(HTMLStyles.sheet)
                    style.trusted(HTMLStyles.pageMargins(header: runningHeader(context), digits: options.digits))
                }
            }
            page.trusted(TrustedMarkup("\n"))
            page.element("body", ["class": options.digits == .arabicIndic ? "indic" : nil]) { body in
                body.element("a", ["class": "skip", "href": "#main"], text: context.s(.skipToContent))
                HTMLCover(context: context).render(into: &body)
                contents(&body, context)
                body.trusted(TrustedMarkup("\n"))
                body.element("main", ["id": "main"]) { main in
                    HTMLLeaderboard(context: context).render(into: &main)
                    main.trusted(TrustedMarkup("\n"))
                    HTMLHeatMap(context: context).render(into: &main)
                    main.trusted(TrustedMarkup("\n"))
                    expandAll(&main, context)
                    for standing in comparison.standings {
                        guard let anchor = context.anchors[standing.agency.id] else { continue }
                        HTMLAgencySection(context: context, standing: standing, anchor: anchor).render(into: &main)
                        main.trusted(TrustedMarkup("\n"))
                    }
                    if comparison.isRanking {
                        HTMLJurySection(context: context).render(into: &main)
                        main.trusted(TrustedMarkup("\n"))
                    }
                    HTMLMethodology(context: context).render(into: &main)
                }
                body.trusted(TrustedMarkup("\n"))
                body.element("footer") { footer in
                    footer.element("p", text: context.s(
                        .footer, TamayuzVersion.current, comparison.framework.id, comparison.framework.version))
                }
                HTMLResultsData(comparison: comparison, options: options).render(into: &body)
                body.element("script") { $0.trusted(script) }
            }
        }
        page.trusted(TrustedMarkup("\n"))
        return page.html
    }

    /// The control that opens or closes every agency page at once: written hidden, shown and
    /// wired by the script (without it, each page opens on its own).
    private func expandAll(_ page: inout HTMLBuilder, _ context: HTMLContext) {
        page.element("p", ["class": "expand", "hidden": "", "data-shown-by-script": ""]) { paragraph in
            paragraph.element("button", [
                "type": "button", "id": "expand-all", "data-open": context.s(.expandAll),
                "data-close": context.s(.collapseAll),
            ], text: context.s(.expandAll))
        }
        page.trusted(TrustedMarkup("\n"))
    }

    /// What every printed page carries at its top: the framework and the cycle.
    private func runningHeader(_ context: HTMLContext) -> String {
        let framework = context.text(context.framework.title)
        let name = framework.isEmpty ? context.framework.id : framework
        return context.framework.cycle.map { name + " — " + $0 } ?? name
    }

    private func title(_ context: HTMLContext) -> String {
        let framework = context.text(context.framework.title)
        let kind = context.s(context.comparison.isRanking ? .reportKindRanking : .reportKindResults)
        var title = (framework.isEmpty ? context.framework.id : framework) + " — " + kind
        if let cycle = context.framework.cycle { title += " — " + cycle }
        return title
    }

    /// The table of contents: the report's parts and every agency's page.
    private func contents(_ page: inout HTMLBuilder, _ context: HTMLContext) {
        page.element("nav", ["class": "toc", "aria-labelledby": "toc-h"]) { nav in
            nav.element("h2", ["id": "toc-h"], text: context.s(.contents))
            nav.element("ol") { list in
                func entry(_ anchor: String, _ key: HTMLPhrase) {
                    list.element("li") { $0.element("a", ["href": "#" + anchor], text: context.s(key)) }
                }
                list.element("li") { $0.element("a", ["href": "#summary"], text: context.s(.summary)) }
                entry("leaderboard", context.comparison.isRanking ? .leaderboard : .results)
                entry("heatmap", .heatMap)
                list.element("li") { item in
                    item.text(context.s(.agencyPages))
                    item.element("ol") { agencies in
                        for standing in context.comparison.standings {
                            guard let anchor = context.anchors[standing.agency.id] else { continue }
                            agencies.element("li") { $0.element("a", ["href": "#" + anchor]) { $0.agencyName(standing.agency, in: context) } }
                        }
                    }
                }
                if context.comparison.isRanking { entry("jury", .jury) }
                if context.comparison.summary.hasRobustness { entry("robustness", .robustnessHeading) }
                entry("methodology", .methodology)
            }
        }
    }
}
