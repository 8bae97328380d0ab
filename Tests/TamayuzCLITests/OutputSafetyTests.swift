import Foundation
import Testing

/// Small criteria and assessments whose text carries payloads for spreadsheets and browsers.
enum OutputFixtures {
    /// Two indicators; every text a person reads carries an HTML payload.
    static let criteria = """
        <framework xmlns="urn:tamayuz:criteria:1" id="mini" version="1" precision="1">
          <title xml:lang="en">Mini &lt;/style&gt;&lt;script&gt;alert('title')&lt;/script&gt;</title><title xml:lang="ar">مصغر &lt;/title&gt;</title>
          <description xml:lang="en">&lt;/style&gt;&lt;img src=x onerror=alert('description')&gt;</description><description xml:lang="ar">وصف</description>
          <area id="A" weight="1"><title xml:lang="en">Area "&gt;&lt;img src=x onerror=alert('area')&gt;</title><title xml:lang="ar">أ</title>
            <guidance xml:lang="en">&lt;/textarea&gt;&lt;svg onload=alert('guidance')&gt;</guidance><guidance xml:lang="ar">إرشاد</guidance>
            <indicator id="A1"><title xml:lang="en">=HYPERLINK("http://x") &lt;/style&gt;</title><title xml:lang="ar">أ1</title><yes-no/></indicator>
            <indicator id="A2"><title xml:lang="en">A2 &lt;!--</title><title xml:lang="ar">أ2</title><percentage/></indicator>
          </area>
          <rules>
            <rule id="r1" effect="flag" when="A2 &lt; 10">
              <message xml:lang="en">&lt;script&gt;alert('rule')&lt;/script&gt;</message><message xml:lang="ar">قاعدة</message>
            </rule>
          </rules>
          <bands>
            <band id="top" min="50"><label xml:lang="en">&lt;b onmouseover=alert('band')&gt;Top</label><label xml:lang="ar">أعلى</label></band>
            <band id="rest" min="0"><label xml:lang="en">Rest</label><label xml:lang="ar">البقية</label></band>
          </bands>
        </framework>
        """

    /// An assessment whose agency name (and, for an evaluator, the evaluator's name), comment and
    /// evidence title are `text` (already escaped for XML).
    static func assessment(
        agency: String, name: String, a1: String = "yes", a2: String = "60", evaluator: String? = nil,
        text: String = "plain"
    ) -> String {
        let assessor =
            evaluator.map { #"<assessor role="evaluator" id="\#($0)"><name xml:lang="en">\#(text)</name></assessor>"# }
            ?? #"<assessor role="self"><name xml:lang="en">\#(text)</name></assessor>"#
        return """
            <assessment xmlns="urn:tamayuz:assessment:1" framework="mini" framework-version="1">
              <agency id="\(agency)"><name xml:lang="en">\(name)</name><name xml:lang="ar">\(name)</name></agency>
              \(assessor)
              <answer indicator="A1" value="\(a1)">
                <evidence title="\(text)" ref="\(text)" note="\(text)"/>
                <comment>\(text)</comment>
              </answer>
              <answer indicator="A2" value="\(a2)"><comment>\(text)</comment></answer>
            </assessment>
            """
    }
}

/// What reaches a spreadsheet or a browser from hostile inputs, end to end through the binary:
/// CSV cells never start a formula, HTML never carries live markup from an input, and every
/// output is byte-identical when a command runs twice.
@Suite struct OutputSafetyTests {
    /// The characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Agency names that spreadsheets would run; written XML-escaped.
    static let formulaNames: [(id: String, xml: String, plain: String)] = [
        ("hyperlink", #"=HYPERLINK("http://x")"#, #"=HYPERLINK("http://x")"#),
        ("plus", "+1", "+1"),
        ("minus", "-1+2", "-1+2"),
        ("at", "@SUM(A1)", "@SUM(A1)"),
        ("tab", "&#9;=1+1", "\t=1+1"),
        ("cr", "&#13;=2+2", "\r=2+2"),
        ("cmd", #"=cmd|' /C calc'!A0"#, #"=cmd|' /C calc'!A0"#),
    ]

    static func formulaWorkspace() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try Data(OutputFixtures.criteria.utf8).write(to: folder.appendingPathComponent("criteria.xml"))
        for (index, name) in formulaNames.enumerated() {
            let xml = OutputFixtures.assessment(
                agency: name.id, name: name.xml, a1: index.isMultiple(of: 2) ? "yes" : "no", a2: "\(10 * index)",
                text: name.xml.replacingOccurrences(of: "\"", with: "&quot;"))
            try Data(xml.utf8).write(to: folder.appendingPathComponent("\(name.id).xml"))
        }
        // The same names arriving through an answer table.
        var table = "id,name,A1,A2\r\n"
        for name in formulaNames {
            table += "t_\(name.id),\"\(name.plain.replacingOccurrences(of: "\"", with: "\"\""))\",yes,50\r\n"
        }
        try Data(table.utf8).write(to: folder.appendingPathComponent("answers.csv"))
        return folder
    }

    @Test(arguments: [
        ["score", "--format", "csv"], ["score", "--format", "csv-long"], ["report", "--format", "csv"],
        ["report", "--format", "csv-long"],
    ])
    func csvCellsNeverStartAFormula(_ command: [String]) throws {
        let folder = try Self.formulaWorkspace()
        let inputs = Self.formulaNames.map { "\($0.id).xml" }
        let run = try CLI.run(command + ["--criteria", "criteria.xml"] + inputs, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try CSVRows.parse(run.stdout)
        #expect(rows.count > Self.formulaNames.count)
        for row in rows {
            for cell in row where !cell.isEmpty && Double(cell) == nil {
                #expect(!Self.formulaStarts.contains(cell.first!), "formula cell \(cell.debugDescription) in \(row)")
            }
        }
        if command.contains("csv") {
            // The names are there, neutralised, not dropped.
            let names = rows.dropFirst().compactMap { $0.count > 2 ? $0[2] : nil }
            for name in ["'=HYPERLINK(\"http://x\")", "'+1", "'-1+2", "'@SUM(A1)"] {
                #expect(names.contains(name), "\(name) missing from \(names)")
            }
        }
    }

    @Test(arguments: ["csv", "csv-long"]) func csvCellsFromAnAnswerTableNeverStartAFormula(_ format: String) throws {
        let folder = try Self.formulaWorkspace()
        let run = try CLI.run(["report", "--criteria", "criteria.xml", "--answers", "answers.csv", "--format", format], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try CSVRows.parse(run.stdout)
        #expect(rows.count > Self.formulaNames.count)
        for row in rows {
            for cell in row where !cell.isEmpty && Double(cell) == nil {
                #expect(!Self.formulaStarts.contains(cell.first!), "formula cell \(cell.debugDescription) in \(row)")
            }
        }
    }

    // MARK: - HTML

    static let htmlPayloads = [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
        "' onmouseover='alert(3)",
        "&lt;/title&gt;&lt;!--",
        "]]&gt;&lt;svg/onload=alert(4)&gt;",
    ]

    /// Raw markup that must never appear in a report built from the payloads.
    static let liveMarkup = [
        "<script>alert", "<img", "<svg/onload", "<svg onload", "<b onmouseover", "' onmouseover='", "</title><!--",
        "</textarea>",
    ]

    static func htmlWorkspace(payloads: Bool) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let inbox = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: false)
        let criteria = payloads ? OutputFixtures.criteria : OutputFixtures.criteria.replacingOccurrences(
            of: #"&lt;[^\n]*?&gt;|"&gt;"#, with: "", options: .regularExpression)
        try Data(criteria.utf8).write(to: folder.appendingPathComponent("criteria.xml"))
        for (index, payload) in htmlPayloads.enumerated() {
            let text = payloads ? payload : "plain"
            try Data(OutputFixtures.assessment(agency: "a\(index)", name: text, a2: "\(5 + 10 * index)", text: text).utf8)
                .write(to: inbox.appendingPathComponent("a\(index).self.xml"))
            try Data(
                OutputFixtures.assessment(
                    agency: "a\(index)", name: text, a2: "\(8 + 10 * index)", evaluator: "ev\(index % 2)", text: text
                ).utf8
            ).write(to: inbox.appendingPathComponent("a\(index).eval.xml"))
        }
        return folder
    }

    @Test(arguments: ["en", "ar"]) func htmlReportCarriesNoLiveMarkupFromInputs(_ language: String) throws {
        let hostile = try Self.htmlWorkspace(payloads: true)
        let plain = try Self.htmlWorkspace(payloads: false)
        let arguments = ["report", "--criteria", "criteria.xml", "in", "--format", "html", "--lang", language, "--date", "2013-12-08"]
        let run = try CLI.run(arguments, in: hostile)
        let baseline = try CLI.run(arguments, in: plain)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(baseline.status == 0, "\(baseline.stderr)")
        let html = run.stdout
        for markup in Self.liveMarkup {
            #expect(!html.contains(markup), "live markup \(markup) in the report")
        }
        // No element has an event-handler attribute: in every tag, with its quoted attribute
        // values taken out, no `on…=`. (Text cannot hold a raw `<`, nor a value a raw quote, so
        // this sees exactly the markup a browser would.)
        let tags = html.matches(of: #/<[A-Za-z][^>]*>/#).map { String($0.output) }
        #expect(tags.count > 100)
        for tag in tags {
            let bare = tag.replacing(#/"[^"]*"|'[^']*'/#, with: "")
            #expect(bare.firstMatch(of: #/\son[a-z]+\s*=/#) == nil, "event handler in \(tag)")
        }
        // The report's own elements only: as many script, style and comment openings as the
        // same report without payloads.
        for tag in ["<script", "</script", "<style", "</style", "<!--", "<title", "</title", "<textarea"] {
            #expect(
                html.components(separatedBy: tag).count == baseline.stdout.components(separatedBy: tag).count,
                "\(tag) count differs from the report without payloads")
        }
        // The payloads are shown, as text.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains(language == "en" ? "&lt;/style&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" : "مصغر &lt;/title&gt;"))
        // A Content-Security-Policy allows no script but the report's own.
        #expect(html.contains("http-equiv=\"Content-Security-Policy\""))
        #expect(html.contains("default-src &#39;none&#39;") || html.contains("default-src 'none'"))
        #expect(!html.contains("script-src 'unsafe-inline'") && !html.contains("script-src &#39;unsafe-inline"))
    }

    // MARK: - Byte-identical reruns

    /// Each command twice on the quality track's samples (loaded on all cores, so any order that
    /// depended on scheduling would show): stdout and `-o` files are byte for byte the same.
    @Test(arguments: [
        ["validate", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "json"],
        ["score", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "json"],
        ["score", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "csv"],
        ["score", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "csv-long"],
        ["report", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "json"],
        ["report", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "csv"],
        ["report", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "csv-long"],
        [
            "report", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "html", "--date",
            "2013-12-08",
        ],
        [
            "report", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--format", "html", "--date",
            "2013-12-08", "--lang", "ar", "--digits", "arabic-indic",
        ],
    ])
    func rerunsAreByteIdentical(_ arguments: [String]) throws {
        let samples = CLI.repository.appendingPathComponent("samples/quality-track")
        try #require(FileManager.default.fileExists(atPath: samples.path), "samples/quality-track is needed")
        let folder = try CLI.temporaryFolder()
        let writesFile = arguments[0] != "validate"
        func output(_ name: String) -> [String] { writesFile ? ["-o", folder.appendingPathComponent(name).path] : [] }
        let first = try CLI.run(arguments + output("1"))
        let second = try CLI.run(arguments + output("2"))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.status == second.status)
        #expect(first.stdout == second.stdout)
        // The closing "wrote FILE" line names each run's own output file.
        func withoutOutputName(_ text: String, _ name: String) -> String {
            text.replacingOccurrences(of: "wrote " + folder.appendingPathComponent(name).path, with: "wrote OUTPUT")
        }
        #expect(withoutOutputName(first.stderr, "1") == withoutOutputName(second.stderr, "2"))
        if writesFile {
            let one = try Data(contentsOf: folder.appendingPathComponent("1"))
            let two = try Data(contentsOf: folder.appendingPathComponent("2"))
            #expect(one.count > 100)
            #expect(one == two, "outputs differ")
        } else {
            #expect(first.stdout.count > 100)
        }
    }
}

/// RFC 4180 rows of a CSV text (a leading byte-order mark skipped), to look at cells as a
/// spreadsheet would.
enum CSVRows {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var index = 0
        var quoted = false
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(scalar)
                }
            } else if scalar == "\"" {
                guard cell.isEmpty else { throw Malformed() }
                quoted = true
            } else if scalar == "," {
                row.append(String(cell))
                cell = String.UnicodeScalarView()
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
            } else {
                cell.append(scalar)
            }
            index += 1
        }
        guard !quoted else { throw Malformed() }
        if !cell.isEmpty || !row.isEmpty {
            row.append(String(cell))
            rows.append(row)
        }
        return rows
    }
}
