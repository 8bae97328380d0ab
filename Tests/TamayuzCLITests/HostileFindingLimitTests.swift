import Foundation
import Testing

/// Files with a finding on every line: what is reported is bounded (the first 100 findings of a
/// file, then one line), so is the memory held, and a file answering another framework says so
/// once. Generated here (a million findings are far over the corpus's 64 kB).
@Suite struct HostileFindingLimitTests {
    static let criteria = CLI.repository.appendingPathComponent("criteria/quality-track.xml").path

    static func errorLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.contains(": error: ") }
    }

    @Test func anAssessmentOfEmptyAnswersStopsAtTheLimit() throws {
        let folder = try CLI.temporaryFolder()
        let answers = String(repeating: "<answer/>", count: 200_000)
        let text = """
            <assessment xmlns="urn:tamayuz:assessment:1" framework="quality_track" framework-version="2.0.0">\
            <agency id="a"><name>A</name></agency><assessor role="self"/>\(answers)</assessment>
            """
        try Data(text.utf8).write(to: folder.appendingPathComponent("answers.xml"))
        let run = try CLI.run(["validate", "--criteria", Self.criteria, "answers.xml"], in: folder)
        #expect(run.status == 65)
        let errors = Self.errorLines(run.stderr)
        #expect(errors.count == 101, "\(run.stderr.suffix(500))")
        #expect(errors.first?.hasSuffix("error: element 'answer': The attribute 'indicator' is required but missing.") == true)
        #expect(errors.last?.hasSuffix("error: more than 100 findings: the rest of the file is not checked") == true, "\(errors.last ?? "")")
    }

    @Test func aTableOfEmptyRowsCountsWhatItDoesNotShow() throws {
        let folder = try CLI.temporaryFolder()
        try Data(("id,name,IF.1.1\n" + String(repeating: "\n", count: 50_000)).utf8).write(to: folder.appendingPathComponent("answers.csv"))
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "answers.csv"], in: folder)
        #expect(run.status == 65)
        let errors = Self.errorLines(run.stderr)
        #expect(errors.count == 101, "\(run.stderr.suffix(500))")
        #expect(errors.first == "answers.csv:2:1: error: row 2 has 1 fields; the header has 3")
        #expect(errors.last == "answers.csv:102:1: error: 49900 more findings from here on not shown (only the first 100 of a file are)")
    }

    @Test func assessmentsOfAnotherFrameworkSayItOnceEach() throws {
        let samples = CLI.repository.appendingPathComponent("samples/quality-track")
        let gis = CLI.repository.appendingPathComponent("criteria/gis-track.xml").path
        let run = try CLI.run(["validate", "--criteria", gis, samples.path], in: samples)
        #expect(run.status == 65)
        let errors = Self.errorLines(run.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".xml") }
        #expect(errors.count == files.count)
        #expect(errors.allSatisfy { $0.hasSuffix(":6:57: error: this assessment answers framework 'quality_track', but the criteria are 'gis_track'") }, "\(errors.prefix(3))")
    }
}
