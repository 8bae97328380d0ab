import TamayuzCore

/// The consensus meeting's pack as one self-contained HTML file (`tamayuz consensus`): per agency
/// the agenda (``ConsensusPackAgenda``) and the evaluators' site-visit questions. Same style sheet
/// and Content-Security-Policy as the jury's report, no script; English or Arabic.
public struct ConsensusPackRenderer {
    public init() {}

    public func render(_ agendas: [ConsensusAgenda], comparison: CycleComparison, options: ConsensusAgenda.Options, report: ReportOptions) -> String {
        let context = HTMLContext(comparison: comparison, options: report)
        let framework = context.text(context.framework.title)
        let title = context.phrases.text(StagePhrase.packTitle, arguments: [framework.isEmpty ? context.framework.id : framework])
        var page = HTMLBuilder()
        page.trusted(TrustedMarkup("<!DOCTYPE html>\n"))
        page.element("html", ["lang": context.language.rawValue, "dir": context.language.direction]) { page in
            page.element("head") { head in
                head.void("meta", ["charset": "utf-8"])
                head.void("meta", ["http-equiv": "Content-Security-Policy", "content": HTMLContentSecurity.policy(script: TrustedMarkup(""))])
                head.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                head.void("meta", ["name": "generator", "content": "Tamayuz \(TamayuzVersion.current)"])
                head.element("title", text: title)
                head.element("style") { $0.trusted(HTMLStyles.sheet) }
            }
            page.trusted(TrustedMarkup("\n"))
            page.element("body", ["class": report.digits == .arabicIndic ? "indic" : nil]) { body in
                body.element("main", ["id": "main"]) { main in
                    main.element("h1", text: title)
                    main.element("p", ["class": "note"], text: context.phrases.text(StagePhrase.packIntro, arguments: [
                        context.numbers.shortest(options.spread * 100, places: 1), context.numbers.fixed(options.alpha, places: 3),
                    ]))
                    for (position, agenda) in agendas.enumerated() {
                        ConsensusPackAgenda(context: context, agenda: agenda, anchor: "agency-\(position + 1)").render(into: &main)
                        main.trusted(TrustedMarkup("\n"))
                    }
                }
                body.element("footer") { footer in
                    footer.element("p", text: context.s(.footer, TamayuzVersion.current, comparison.framework.id, comparison.framework.version))
                }
            }
        }
        page.trusted(TrustedMarkup("\n"))
        return page.html
    }
}
