/// The report's style sheet: screen (a phone's 390 px without sideways scrolling, the
/// leaderboard whole at 1,440 px, its agency column sticky), print (A4, see ``print`` and
/// ``pageMargins(header:digits:)``), system fonts only (Noto Naskh/Sans Arabic, Tahoma for Arabic), and
/// the colours of ``HTMLColours``, whose text contrasts are tested.
enum HTMLStyles {
    static var sheet: TrustedMarkup {
        var css = base
        for (step, colour) in HTMLColours.heat.enumerated() {
            css += TrustedMarkup(".h") + TrustedMarkup(step) + TrustedMarkup("{background:") + TrustedMarkup(colour)
                + TrustedMarkup(";color:") + TrustedMarkup(RGB.text(on: colour)) + TrustedMarkup("}\n")
        }
        for (position, colour) in HTMLColours.bands.enumerated() {
            css += TrustedMarkup(".b") + TrustedMarkup(position) + TrustedMarkup("{background:") + TrustedMarkup(colour) + TrustedMarkup("}\n")
        }
        css += TrustedMarkup(".hna{background:") + TrustedMarkup(HTMLColours.notScoredBackground) + TrustedMarkup(";color:")
            + TrustedMarkup(HTMLColours.ink) + TrustedMarkup("}\n")
        return css + colours + print
    }

    private static let base = TrustedMarkup(
        """
        *,*::before,*::after{box-sizing:border-box}
        html{font:15px/1.5 "Noto Sans","Segoe UI","Helvetica Neue",Arial,"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif}
        html:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,"Noto Sans",Arial,sans-serif;font-size:16px;line-height:1.7}
        body{margin:0}
        header.cover,nav.toc,main,footer{max-width:1400px;margin:0 auto;padding:0 24px}
        .skip{position:absolute;left:8px;top:-100px;padding:8px 14px;z-index:10;text-decoration:none}
        [dir=rtl] .skip{left:auto;right:8px}
        .skip:focus{top:8px}
        a:focus-visible,button:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        h1{font-size:2rem;line-height:1.25;margin:.2em 0 .4em}
        h2{font-size:1.45rem;margin:1.8em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--header)}
        h3{font-size:1.15rem;margin:1.4em 0 .4em}
        header.cover{padding-top:32px;padding-bottom:8px}
        .kicker{text-transform:uppercase;letter-spacing:.06em;font-weight:600;margin:0}
        html:lang(ar) .kicker{text-transform:none;letter-spacing:0}
        .lead{font-size:1.1rem;max-width:60em}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1.2em;margin:1em 0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        .alert{border:2px solid var(--focus);border-left-width:8px;padding:.4em 1em;margin:1.2em 0}
        [dir=rtl] .alert{border-left-width:2px;border-right-width:8px}
        .alert h2{border:0;margin:.2em 0;font-size:1.15rem}
        .alert ul{margin:.2em 0 .4em}
        nav.toc ol{margin:.3em 0}
        nav.toc ol ol{columns:2 16em}
        nav.toc a,.back a,.glance a,.podium a{display:inline-block;min-height:24px;padding:2px 0}
        nav.toc li{margin:2px 0}
        ol.podium{list-style:none;padding:0;margin:.6em 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(15em,1fr));gap:.8em}
        .podium li{border:1px solid var(--rule);border-top:6px solid var(--header);padding:.4em .8em}
        .podium li.p1{border-top-width:10px}
        .place-rank{font-size:1.6rem;font-weight:700;line-height:1.2;display:inline-block;margin:0 .35em 0 0;vertical-align:-.1em}
        .place-name{font-size:1.15rem;font-weight:700}
        .place-total{display:block;font-size:1.3rem;font-weight:600;font-variant-numeric:tabular-nums}
        ul.band-counts{list-style:none;padding:0;margin:.3em 0 .8em;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
        .band-counts .count{font-weight:700;margin:0 .4em;font-variant-numeric:tabular-nums}
        ul.glance{padding-left:1.2em;margin:.4em 0}
        [dir=rtl] ul.glance{padding-left:0;padding-right:1.2em}
        [dir=rtl] .place-rank{margin:0 0 0 .35em}
        .expand button{font:inherit;padding:.35em .9em;min-height:32px;cursor:pointer;border:2px solid var(--header);border-radius:.3em;background:var(--paper);color:var(--ink)}
        .headline{margin:.2em 0 .4em}
        .back{margin:.3em 0 0;font-size:.88rem}
        details.agency-body>summary{font-weight:600}
        .indic ol{list-style-type:arabic-indic}
        .note{font-size:.88rem}
        .block{display:block}
        .sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
        table{border-collapse:collapse;width:100%;margin:.4em 0 1.2em;font-size:.9rem}
        table.compact{width:auto;min-width:50%}
        caption{text-align:start;font-weight:600;padding:.3em 0}
        th,td{padding:.3em .5em;text-align:start;vertical-align:top;border-bottom:1px solid var(--rule)}
        thead th{vertical-align:bottom}
        .n{text-align:end;font-variant-numeric:tabular-nums}
        td.n{white-space:nowrap}
        tbody th{font-weight:600}
        .tree tbody th,.method tbody th{font-weight:normal}
        table.tree{table-layout:fixed}
        .tree th,.tree td{overflow-wrap:break-word}
        .tree thead th:nth-child(1){width:34%}.tree thead th:nth-child(2){width:22%}.tree thead th:nth-child(3),.tree thead th:nth-child(4),.tree thead th:nth-child(5){width:9%}
        .tree td:nth-of-type(2),.tree td:nth-of-type(3),.tree td:nth-of-type(4){text-align:end;font-variant-numeric:tabular-nums}
        .tree tr.g th{border-top:2px solid var(--rule);padding-top:.5em}
        .tree tr.g .t{font-weight:600}
        .tree tbody.d3 th{padding-left:1.5em}.tree tbody.d4 th{padding-left:2.5em}.tree tbody.d5 th,.tree tbody.d6 th{padding-left:3.5em}
        [dir=rtl] .tree tbody th{padding-left:.5em}
        [dir=rtl] .tree tbody.d3 th{padding-right:1.5em}[dir=rtl] .tree tbody.d4 th{padding-right:2.5em}[dir=rtl] .tree tbody.d5 th,[dir=rtl] .tree tbody.d6 th{padding-right:3.5em}
        .method tr.top th{font-weight:700}
        .d2{padding-left:1.5em}.d3{padding-left:2.5em}.d4{padding-left:3.5em}.d5,.d6{padding-left:4.5em}
        [dir=rtl] .d2,[dir=rtl] .d3,[dir=rtl] .d4,[dir=rtl] .d5,[dir=rtl] .d6{padding-left:.5em}
        [dir=rtl] .d2{padding-right:1.5em}[dir=rtl] .d3{padding-right:2.5em}[dir=rtl] .d4{padding-right:3.5em}[dir=rtl] .d5,[dir=rtl] .d6{padding-right:4.5em}
        .scroll{overflow-x:auto;max-width:100%;position:relative}
        th button{font:inherit;color:inherit;background:none;border:0;padding:0;margin:0;cursor:pointer;text-align:inherit}
        th button::after{content:"\\2195";opacity:.55;padding:0 .3em}
        th[aria-sort=ascending] button::after{content:"\\25B2";opacity:1}
        th[aria-sort=descending] button::after{content:"\\25BC";opacity:1}
        .board thead th{font-size:.85rem}
        .board th.area{min-width:4.6em;hyphens:auto}
        .board th button::after{display:inline-block}
        .board th,.board td{padding-left:.4em;padding-right:.4em}
        .board td.n{padding-left:.35em;padding-right:.35em}
        .board svg.mini{display:block;width:100%;height:5px;margin:3px 0 0}
        .board tbody th[scope=row]{min-width:10em}
        .board th.agency,.board tbody th[scope=row]{position:sticky;left:0;z-index:1}
        [dir=rtl] .board th.agency,[dir=rtl] .board tbody th[scope=row]{left:auto;right:0}
        .board tbody th[scope=row]{background:var(--paper)}
        .board tbody tr:nth-child(even) th[scope=row]{background:var(--stripe)}
        .rank{font-weight:700}
        .band{display:inline-block;padding:0 .55em;border-radius:.7em;border:1px solid var(--rule);white-space:nowrap}
        svg.mini{width:48px;height:10px;vertical-align:middle;margin:0 .35em}
        [dir=rtl] svg.mini{transform:scaleX(-1)}
        svg .t{fill:var(--track)}
        svg .f{fill:var(--bar)}
        svg .m{fill:var(--median);stroke:#fff;stroke-width:1}
        svg.chart{max-width:100%;height:auto;display:block;font-size:13px}
        svg.chart text{fill:var(--ink);font-family:inherit}
        figure{margin:.6em 0 1em}
        table.heat{width:auto}
        .heat td{font-weight:600;min-width:7em}
        .legend-title{margin:.6em 0 0;font-weight:600}
        ul.legend{list-style:none;padding:0;margin:.2em 0 1em;display:flex;flex-wrap:wrap;gap:.4em 1.4em;font-size:.88rem}
        .swatch{display:inline-block;width:1.4em;height:1em;vertical-align:middle;border:1px solid var(--rule);margin:0 .4em}
        ul.plain{list-style:none;padding:0;margin:0}
        ul.items,ol.items{padding-left:1.4em}
        [dir=rtl] ul.items,[dir=rtl] ol.items{padding-left:0;padding-right:1.4em}
        ul.items li,ol.items li{margin:.25em 0}
        .agency{margin-top:3em}
        .agency h2{border-bottom-width:4px}
        .rk{display:inline-block;min-width:2.2em;margin:0 .4em;padding:0 .3em;text-align:center}
        details{margin:.3em 0;padding-left:.9em;border-left:3px solid var(--rule)}
        [dir=rtl] details{padding-left:0;border-left:0;padding-right:.9em;border-right:3px solid var(--rule)}
        details.area{margin:.6em 0}
        summary{cursor:pointer;padding:.15em 0}
        details.area>summary .t{font-weight:700;font-size:1.05rem}
        summary .facts,tr.g .facts{font-size:.85rem;font-weight:normal;margin:0 .5em}
        td.warn{font-weight:600}
        code{font-family:"Noto Sans Mono","DejaVu Sans Mono",Consolas,monospace;font-size:.88em;padding:0 .25em;direction:ltr;unicode-bidi:isolate}
        footer{margin-top:3em;padding-top:1em;padding-bottom:2em;font-size:.85rem}
        @media (max-width:700px){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4em}header.cover,nav.toc,main,footer{padding:0 14px}.board tbody th[scope=row]{min-width:8.5em}h1{font-size:1.6rem}}

        """)

    private static var colours: TrustedMarkup {
        TrustedMarkup(":root{--ink:") + TrustedMarkup(HTMLColours.ink) + TrustedMarkup(";--muted:") + TrustedMarkup(HTMLColours.muted)
            + TrustedMarkup(";--paper:") + TrustedMarkup(HTMLColours.paper) + TrustedMarkup(";--link:") + TrustedMarkup(HTMLColours.link)
            + TrustedMarkup(";--focus:") + TrustedMarkup(HTMLColours.focus) + TrustedMarkup(";--rule:") + TrustedMarkup(HTMLColours.rule)
            + TrustedMarkup(";--stripe:") + TrustedMarkup(HTMLColours.stripe) + TrustedMarkup(";--header:")
            + TrustedMarkup(HTMLColours.headerBackground) + TrustedMarkup(";--bar:") + TrustedMarkup(HTMLColours.bar)
            + TrustedMarkup(";--track:") + TrustedMarkup(HTMLColours.track) + TrustedMarkup(";--median:") + TrustedMarkup(HTMLColours.median)
            + TrustedMarkup("}\n")
            + TrustedMarkup(
                """
                html{color:var(--ink);background:var(--paper)}
                a{color:var(--link)}
                .note,.kicker,footer{color:var(--muted)}
                .skip{background:var(--header);color:#fff}
                .skip:focus{color:#fff}
                thead th{background:var(--header);color:#fff}
                thead td{background:var(--header)}
                tbody tr:nth-child(even){background:var(--stripe)}
                .alert{background:
                """)
            + TrustedMarkup(HTMLColours.alertBackground) + TrustedMarkup(";color:") + TrustedMarkup(HTMLColours.alertInk)
            + TrustedMarkup("}\n.alert .note{color:inherit}\n.rk{background:var(--header);color:#fff;border-radius:.3em}\n")
    }

    /// Print (A4): the leaderboard and the heat map on landscape pages of their own, every
    /// agency on a new portrait page and opened, table headers repeated, rows never cut, no
    /// text under 8.5 pt, nothing shrunk to fit.
    private static let print = TrustedMarkup(
        """
        @page{size:A4;margin:16mm 12mm 15mm}
        @page wide{size:A4 landscape;margin:14mm 10mm 13mm}
        @media print{
        html{font-size:10pt}
        html:lang(ar){font-size:10.5pt}
        .skip,nav.toc,.expand,.back,.sort-hint,details.agency-body>summary{display:none}
        header.cover,main,footer{max-width:none;padding:0}
        #leaderboard,#heatmap{page:wide;break-before:page}
        .agency,#jury,#methodology{break-before:page}
        .agency{margin-top:0}
        h2{margin-top:0}
        tr,figure,svg,dl,li,summary,caption,table.compact,.podium li{break-inside:avoid}
        .note{break-after:avoid}
        h2,h3,caption{break-after:avoid}
        thead{display:table-header-group}
        .scroll{overflow:visible}
        details>summary{list-style:none}
        a{color:inherit;text-decoration:none}
        th button{display:contents}
        th button::after,th[aria-sort] button::after{content:none}
        code,.note,summary .facts,tr.g .facts,footer{font-size:max(8.5pt,.88em)}
        .board{font-size:8.5pt}
        .board th,.board td{padding:.25em .3em}
        .board th.area{min-width:0;font-size:8.5pt}
        .board tbody th[scope=row]{min-width:9em;position:static}
        .board th.agency{position:static}
        .board svg.mini{display:none}
        .board .note{font-size:8.5pt}
        *{-webkit-print-color-adjust:exact}
        }

        """)

    /// The printed page's margins: `header` (the framework and cycle) at the top of every page,
    /// "page / pages" at the foot, in the report's digits. The header is a CSS string whose
    /// every character but ASCII letters, digits and spaces is written as a CSS escape, so no
    /// input can end the string or the style sheet.
    static func pageMargins(header: String, digits: DigitStyle) -> TrustedMarkup {
        let counter = digits == .arabicIndic ? TrustedMarkup("arabic-indic") : TrustedMarkup("decimal")
        return TrustedMarkup("@page{@top-center{content:") + TrustedMarkup(cssString: header)
            + TrustedMarkup(";font-size:8.5pt;color:") + TrustedMarkup(HTMLColours.muted)
            + TrustedMarkup("}@bottom-center{content:counter(page,") + counter + TrustedMarkup(") \" / \" counter(pages,") + counter
            + TrustedMarkup(");font-size:9pt;color:") + TrustedMarkup(HTMLColours.ink) + TrustedMarkup("}}\n")
    }
}
