import TamayuzCore

/// A self-contained page without a script: the report's style sheet and a few rules of its
/// own, a Content-Security-Policy that lets nothing load or run, a skip link and a footer. The
/// feedback reports and the reference-calibration page are written in it.
enum HTMLStandalonePage {
    /// Nothing may load; inline styles only; no script at all.
    static let policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    static func render(
        language: Language, title: String, skipLink: String, footer: String, _ content: (inout HTMLBuilder) -> Void
    ) -> String {
        var page = HTMLBuilder()
        page.trusted(TrustedMarkup("<!DOCTYPE html>\n"))
        page.element("html", ["lang": language.rawValue, "dir": language.direction]) { page in
            page.element("head") { head in
                head.void("meta", ["charset": "utf-8"])
                head.void("meta", ["http-equiv": "Content-Security-Policy", "content": policy])
                head.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                head.void("meta", ["name": "generator", "content": "Tamayuz \(TamayuzVersion.current)"])
                head.element("title", text: title)
                head.element("style") { $0.trusted(HTMLStyles.sheet + extraStyles) }
            }
            page.trusted(TrustedMarkup("\n"))
            page.element("body") { body in
                body.element("a", ["class": "skip", "href": "#main"], text: skipLink)
                body.element("main", ["id": "main"], content)
                body.trusted(TrustedMarkup("\n"))
                body.element("footer") { $0.element("p", text: footer) }
            }
        }
        page.trusted(TrustedMarkup("\n"))
        return page.html
    }

    /// Wide tables scroll on a phone; sections keep together in print.
    private static let extraStyles = TrustedMarkup(
        """
        .scroll{overflow-x:auto}
        .remarks{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:0 1.5rem}
        .remarks h4{margin:.4em 0 .2em}
        .standalone-head{padding:1rem 0 .5rem}
        @media print{.criterion,.remarks>div,section.stage{break-inside:avoid}.scroll{overflow:visible}}

        """)
}
