import Foundation
import Testing

/// Workbooks end to end through the real binary, on the shipped quality track: the template
/// workbook, drafts, convert both ways, forgiving input, and never replacing a file silently.
@Suite struct WorkbookCommandTests {
    static let criteria = CLI.repository.appendingPathComponent("criteria/quality-track.xml").path
    static let sample = CLI.repository.appendingPathComponent("samples/self-assessment/mun_marj_alzuhur.self.xml").path

    @Test func theBlankTemplateIsADraftNotABrokenFile() throws {
        let folder = try CLI.temporaryFolder()
        for name in ["blank.xml", "blank.xlsx"] {
            let made = try CLI.run(["template", "--criteria", Self.criteria, "--agency", "x", "--kind", "municipality", "-o", name], in: folder)
            #expect(made.status == 0, "\(made.stderr)")
        }
        let strict = try CLI.run(["validate", "--criteria", Self.criteria, "blank.xml"], in: folder)
        #expect(strict.status == 65)
        #expect(strict.stdout.contains("INVALID blank.xml (assessment, 107 errors)"), "\(strict.stdout.suffix(300))")
        // The first 100 are shown, then one line counts the rest.
        #expect(strict.stderr.contains("7 more errors from here on not shown (only the first 100 of a file are)"))
        let draft = try CLI.run(["validate", "--draft", "--criteria", Self.criteria, "blank.xml", "blank.xlsx"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("ok      blank.xml (assessment): draft: 0 of 107 indicators answered; 0 positive answers lack evidence"))
        #expect(draft.stdout.contains("ok      blank.xlsx (assessment): draft: 0 of 107 indicators answered; 0 positive answers lack evidence"))
        let assess = try CLI.run(["self-assess", "--draft", "--criteria", Self.criteria, "blank.xml"], in: folder)
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(assess.stdout.contains("Total     0.0 / 100"), "\(assess.stdout.prefix(300))")
    }

    @Test func aSampleConvertedToAWorkbookAndBackScoresTheSame() throws {
        let folder = try CLI.temporaryFolder()
        for (input, output) in [(Self.sample, "sub.xlsx"), ("sub.xlsx", "back.xml"), (Self.sample, "canonical.xml")] {
            let run = try CLI.run(["convert", "--criteria", Self.criteria, input, "--lang", "ar", "-o", output], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let back = try String(contentsOf: folder.appendingPathComponent("back.xml"), encoding: .utf8)
        #expect(back == (try String(contentsOf: folder.appendingPathComponent("canonical.xml"), encoding: .utf8)))
        #expect(back.contains(#"<answer indicator="IF.2.1" value="measured"/>"#))
        let fromWorkbook = try CLI.run(["score", "--criteria", Self.criteria, "sub.xlsx", "--format", "csv"], in: folder)
        let fromXML = try CLI.run(["score", "--criteria", Self.criteria, Self.sample, "--format", "csv"], in: folder)
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.stderr)")
        #expect(fromWorkbook.stdout == fromXML.stdout)
        #expect(fromWorkbook.stdout.contains("mun_marj_alzuhur"))
        let progress = try CLI.run(["validate", "--draft", "--criteria", Self.criteria, "sub.xlsx"], in: folder)
        #expect(progress.stdout.contains("draft: 105 of 107 indicators answered; 2 positive answers lack evidence"), "\(progress.stdout)")
    }

    @Test func templateAndConvertNeverReplaceAFileWithoutForce() throws {
        let folder = try CLI.temporaryFolder()
        let kept = folder.appendingPathComponent("sub.xlsx")
        try Data("a filled submission".utf8).write(to: kept)
        for arguments in [
            ["template", "--criteria", Self.criteria, "--agency", "x", "-o", "sub.xlsx"],
            ["convert", "--criteria", Self.criteria, Self.sample, "-o", "sub.xlsx"],
        ] {
            let refused = try CLI.run(arguments, in: folder)
            #expect(refused.status == 73)
            #expect(refused.stderr.contains("sub.xlsx:0:0: error: the file exists: refusing to replace it (give --force"))
            #expect(try Data(contentsOf: kept) == Data("a filled submission".utf8))
        }
        let forced = try CLI.run(["template", "--criteria", Self.criteria, "--agency", "x", "-o", "sub.xlsx", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: kept).starts(with: Data("PK".utf8)))
    }

    @Test func answersAreReadAsPeopleTypeThemAndTyposGetADidYouMean() throws {
        let folder = try CLI.temporaryFolder()
        let head = """
            <assessment xmlns="urn:tamayuz:assessment:1" framework="quality_track" framework-version="2.0.0">
              <agency id="x" kind="municipality"><name>x</name></agency><assessor role="self"/>
            """
        let typed = head + #"<answer indicator="IF.1.2" value="٥"/><answer indicator="IF.1.3" value="85%"/><answer indicator="IF.2.1" value="Measured"/></assessment>"#
        let plain = head + #"<answer indicator="IF.1.2" value="5"/><answer indicator="IF.1.3" value="85"/><answer indicator="IF.2.1" value="measured"/></assessment>"#
        try typed.write(to: folder.appendingPathComponent("typed.xml"), atomically: true, encoding: .utf8)
        try plain.write(to: folder.appendingPathComponent("plain.xml"), atomically: true, encoding: .utf8)
        let a = try CLI.run(["score", "--criteria", Self.criteria, "typed.xml", "--format", "csv-long"], in: folder)
        let b = try CLI.run(["score", "--criteria", Self.criteria, "plain.xml", "--format", "csv-long"], in: folder)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.replacingOccurrences(of: "typed.xml", with: "plain.xml") == b.stdout)
        let typo = head + #"<answer indicator="IF.1.l" value="yes"/></assessment>"#
        try typo.write(to: folder.appendingPathComponent("typo.xml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "--criteria", Self.criteria, "typo.xml"], in: folder)
        #expect(run.stderr.contains("typo.xml:2:103: error: unknown indicator 'IF.1.l' in framework 'quality_track' (did you mean 'IF.1.1'?)"), "\(run.stderr)")
    }
}
