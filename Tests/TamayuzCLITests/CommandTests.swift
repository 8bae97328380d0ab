import Foundation
import Testing

/// The commands end to end on small files written by the test: exit codes, located errors,
/// atomic and safe outputs, determinism.
@Suite struct CommandTests {
    static let criteria = """
        <framework xmlns="urn:tamayuz:criteria:1" id="mini" version="1" precision="1">
          <title xml:lang="en">Mini</title><title xml:lang="ar">مصغر</title>
          <area id="A" weight="1"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
            <indicator id="A1"><title xml:lang="en">A1</title><title xml:lang="ar">أ1</title><yes-no/></indicator>
            <indicator id="A2"><title xml:lang="en">A2</title><title xml:lang="ar">أ2</title><percentage/></indicator>
          </area>
        </framework>
        """

    static func assessment(_ agency: String, _ a1: String, _ a2: String, evaluator: String? = nil) -> String {
        """
        <assessment xmlns="urn:tamayuz:assessment:1" framework="mini" framework-version="1">
          <agency id="\(agency)"><name xml:lang="en">\(agency)</name></agency>
          \(evaluator.map { "<assessor role=\"evaluator\" id=\"\($0)\"/>" } ?? "<assessor role=\"self\"/>")
          <answer indicator="A1" value="\(a1)"/>
          <answer indicator="A2" value="\(a2)"/>
        </assessment>
        """
    }

    static func workspace() throws -> URL {
        let folder = try CLI.temporaryFolder()
        try criteria.write(to: folder.appendingPathComponent("criteria.xml"), atomically: true, encoding: .utf8)
        // x: (1 + 0.6) / 2 = 80.0; y: (0 + 0.5) / 2 = 25.0
        try assessment("x", "yes", "60").write(to: folder.appendingPathComponent("x.xml"), atomically: true, encoding: .utf8)
        try assessment("y", "no", "50").write(to: folder.appendingPathComponent("y.xml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func validateAcceptsGoodFilesAndExitsZero() throws {
        let folder = try Self.workspace()
        let run = try CLI.run(["validate", "--criteria", "criteria.xml", "x.xml", "y.xml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // Results on standard output, findings (none here) on standard error.
        #expect(run.stdout.contains("3 files checked: 3 valid, 0 invalid"))
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func validateReportsLocatedErrorsAndExits65() throws {
        let folder = try Self.workspace()
        try Self.assessment("z", "maybe", "50").write(to: folder.appendingPathComponent("z.xml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["validate", "--criteria", "criteria.xml", "z.xml"], in: folder)
        #expect(run.status == 65)
        // line 4 (`  <answer indicator="A1" value="` is 32 characters): the value starts at column 33
        #expect(run.stderr.contains("z.xml:4:33: error: 'A1' is a yes/no indicator: answer \"yes\" or \"no\", not 'maybe'"), "\(run.stderr)")
    }

    @Test func missingFileExits66() throws {
        let run = try CLI.run(["validate", "no-such-file.xml"], in: try Self.workspace())
        #expect(run.status == 66, "\(run.stderr)")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try CLI.run(["score", "--criteria", "criteria.xml", "--no-such-option", "x.xml"], in: try Self.workspace())
        #expect(run.status == 64)
    }

    @Test func scoreWritesHandComputedTotals() throws {
        let folder = try Self.workspace()
        let run = try CLI.run(["score", "--criteria", "criteria.xml", "x.xml", "y.xml", "--format", "csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        // One row per assessment: rank (none when scoring one by one), id, name, kind, total, band,
        // eligible, completeness, area A, rank change. x: (1 + 0.6) / 2 = 80.0; y: (0 + 0.5) / 2 = 25.0.
        let rows = run.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3)
        #expect(rows[1] == ",x,x,,80.0,,yes,100.0,80.0,")
        #expect(rows[2] == ",y,y,,25.0,,yes,100.0,25.0,")
    }

    @Test func reportRanksAndIsByteIdenticalOnRerun() throws {
        let folder = try Self.workspace()
        let first = try CLI.run(["report", "--criteria", "criteria.xml", "x.xml", "y.xml", "--format", "json", "-o", "r1.json"], in: folder)
        let second = try CLI.run(["report", "--criteria", "criteria.xml", "x.xml", "y.xml", "--format", "json", "-o", "r2.json"], in: folder)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)")
        let one = try Data(contentsOf: folder.appendingPathComponent("r1.json"))
        let two = try Data(contentsOf: folder.appendingPathComponent("r2.json"))
        #expect(one == two)
        let results = try #require(try JSONSerialization.jsonObject(with: one) as? [String: Any])
        #expect(results["schema"] as? String == "tamayuz-results/2")
        #expect(results["kind"] as? String == "ranking")
        let agencies = try #require(results["agencies"] as? [[String: Any]])
        // x 80.0 is first, y 25.0 second.
        #expect(agencies.map { $0["id"] as? String } == ["x", "y"])
        #expect(agencies.map { ($0["rank"] as? NSNumber)?.intValue } == [1, 2])
        #expect(agencies.map { ($0["displayTotal"] as? NSNumber)?.doubleValue } == [80, 25])
    }

    @Test func failedRunLeavesThePreviousOutputIntact() throws {
        let folder = try Self.workspace()
        let output = folder.appendingPathComponent("report.csv")
        try "previous report\n".write(to: output, atomically: true, encoding: .utf8)
        try Self.assessment("z", "maybe", "50").write(to: folder.appendingPathComponent("z.xml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["report", "--criteria", "criteria.xml", "x.xml", "z.xml", "--format", "csv", "-o", "report.csv"], in: folder)
        #expect(run.status == 65)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous report\n")
        // and no temporary file is left behind
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".tz-") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesToWriteOverAnInput() throws {
        let folder = try Self.workspace()
        let before = try String(contentsOf: folder.appendingPathComponent("x.xml"), encoding: .utf8)
        let run = try CLI.run(["report", "--criteria", "criteria.xml", "x.xml", "y.xml", "--format", "csv", "-o", "x.xml"], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("refusing to write the output over an input file"))
        #expect(try String(contentsOf: folder.appendingPathComponent("x.xml"), encoding: .utf8) == before)
    }

    @Test func templateRoundTrips() throws {
        let folder = try Self.workspace()
        let made = try CLI.run(["template", "--criteria", "criteria.xml", "--agency", "x", "--output", "blank.xml"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        // Unfilled, it does not validate (values are empty)…
        let blank = try CLI.run(["validate", "--criteria", "criteria.xml", "blank.xml"], in: folder)
        #expect(blank.status == 65)
        // …filled with x's answers, it scores exactly like x.xml.
        var text = try String(contentsOf: folder.appendingPathComponent("blank.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: #"indicator="A1" value="""#, with: #"indicator="A1" value="yes""#)
        text = text.replacingOccurrences(of: #"indicator="A2" value="""#, with: #"indicator="A2" value="60""#)
        try text.write(to: folder.appendingPathComponent("filled.xml"), atomically: true, encoding: .utf8)
        let filled = try CLI.run(["score", "--criteria", "criteria.xml", "filled.xml", "--format", "csv"], in: folder)
        let original = try CLI.run(["score", "--criteria", "criteria.xml", "x.xml", "--format", "csv"], in: folder)
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(filled.stdout == original.stdout)
    }
}
