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
        #expect(errors.last?.hasSuffix("error: more than 100 errors: the rest of the file is not checked") == true, "\(errors.last ?? "")")
    }

    @Test func aTableOfEmptyRowsCountsWhatItDoesNotShow() throws {
        let folder = try CLI.temporaryFolder()
        try Data(("id,name,IF.1.1\n" + String(repeating: "\n", count: 50_000)).utf8).write(to: folder.appendingPathComponent("answers.csv"))
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "answers.csv"], in: folder)
        #expect(run.status == 65)
        let errors = Self.errorLines(run.stderr)
        #expect(errors.count == 101, "\(run.stderr.suffix(500))")
        #expect(errors.first == "answers.csv:2:1: error: row 2 has 1 fields; the header has 3")
        #expect(errors.last == "answers.csv:102:1: error: 49900 more errors from here on not shown (only the first 100 of a file are)")
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

/// Warnings are capped apart from errors: a criteria file with thousands of warnings stays
/// valid, and an error after them is still reported.
@Suite struct FindingLimitSeverityTests {
    @Test func manyWarningsNeitherFailAFileNorHideItsError() throws {
        let folder = try CLI.temporaryFolder()
        let indicators = (0..<300).map { #"<indicator id="i\#($0)"><title xml:lang="en">i</title><yes-no/></indicator>"# }.joined(separator: "\n")
        let criteria = """
            <framework xmlns="urn:tamayuz:criteria:1" id="w" version="1"><title xml:lang="en">W</title>
            <area id="A"><title xml:lang="en">A</title>
            \(indicators)
            </area></framework>
            """
        try Data(criteria.utf8).write(to: folder.appendingPathComponent("warnings.xml"))
        let valid = try CLI.run(["validate", "warnings.xml"], in: folder)
        #expect(valid.status == 0, "\(valid.stderr.suffix(300))")
        #expect(valid.stderr.contains(": warning: 202 more warnings from here on not shown (only the first 100 of a file are)"), "\(valid.stderr.suffix(300))")
        try Data(criteria.replacingOccurrences(of: #"<indicator id="i299">"#, with: #"<indicator id="i0">"#).utf8)
            .write(to: folder.appendingPathComponent("error.xml"))
        let invalid = try CLI.run(["validate", "error.xml"], in: folder)
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("error.xml:302:16: error: duplicate id 'i0': already used at line 3"), "\(invalid.stderr.suffix(400))")
    }
}
