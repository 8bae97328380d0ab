import Testing
import TamayuzCore
@testable import TamayuzReports

/// Escaping by construction: the builder escapes every text and attribute value, and hostile
/// names, titles, messages and evidence descriptions come out escaped in a whole report.
@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("it's", "it&#39;s"),
        ("أمانة <العاصمة>", "أمانة &lt;العاصمة&gt;"),
        ("bell\u{7}and\u{85}nel", "bell\u{FFFD}and\u{FFFD}nel"),
        ("tab\tand\nline", "tab\tand\nline"),
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(HTMLEscaping.escaped(input) == expected)
    }

    @Test func builderEscapesTextAndAttributes() {
        var page = HTMLBuilder()
        page.element("p", ["title": "\"x' <y>", "data-x": nil, "open": ""], text: "</p><script>")
        #expect(page.html == "<p title=\"&quot;x&#39; &lt;y&gt;\" open=\"\">&lt;/p&gt;&lt;script&gt;</p>")
    }

    @Test func hostileInputsComeOutEscaped() throws {
        let comparison = try HTMLFixtures.comparison(hostile: true)
        let plans = try HTMLFixtures.plans(comparison)
        for language in Language.allCases {
            let html = HTMLFixtures.render(comparison, language: language, plans: plans)
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x"))
            #expect(!html.contains("<b>x</b>"))
            #expect(!html.contains("'onmouseover='"))
            // The only </style> and scripts are the report's own: its script and its JSON data
            // block, in which no `<` is left to end it early.
            #expect(HTMLFixtures.count("</style>", in: html) == 1)
            #expect(HTMLFixtures.count("<script", in: html) == 2)
            #expect(HTMLFixtures.count("</script>", in: html) == 2)
            #expect(HTMLFixtures.count("<script>", in: html) == 1 && HTMLFixtures.count("<script type=\"application/json\"", in: html) == 1)
            #expect(html.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"))
            // The hostile texts are there, escaped.
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("&lt;/style&gt;&lt;b&gt;x&lt;/b&gt;"))
            #expect(html.contains("&#39;onmouseover=&#39;alert(1)"))
        }
    }
}
