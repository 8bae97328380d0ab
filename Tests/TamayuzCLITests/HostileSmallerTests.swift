import Foundation
import Testing

/// The red team's smaller findings, each at the command line.
@Suite struct HostileSmallerTests {
    static let folder = HostileWorkspace.hostileFolder
    static let criteria = "share-of-services.xml"

    @Test func placeholdersTypedInANameAreNotFilledAgain() throws {
        let output = try CLI.temporaryFolder().appendingPathComponent("report.html")
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "answers-same-names.csv", "--format", "html", "-o", output.path], in: Self.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("{1}{2}&lt;b&gt;"), "the name as typed")
    }

    @Test func agenciesOfTheSameNameAreWarnedAbout() throws {
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "answers-same-names.csv"], in: Self.folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: agencies 'a', 'b' have the same name 'Same': tell them apart by id"), "\(run.stderr)")
    }

    @Test func aFileWhoseNameIsNotUTF8IsNotCalledMissing() throws {
        let folder = try CLI.temporaryFolder()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", #"cp "$1" "$(printf 'bad\377.csv')" && "$2" report --criteria "$3" --answers bad*.csv"#, "sh",
                           Self.folder.appendingPathComponent("huge-value.csv").path, CLI.binary.path,
                           Self.folder.appendingPathComponent(Self.criteria).path]
        shell.currentDirectoryURL = folder
        let errors = Pipe()
        shell.standardError = errors
        shell.standardOutput = Pipe()
        try shell.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 66, "\(text)")
        #expect(text.contains("error: cannot read the file: its name is not valid UTF-8 text (rename it)"), "\(text)")
    }

    @Test func previousResultsWithADuplicateKeyAreRefusedAtTheKey() throws {
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "huge-value.csv", "--previous", "previous-duplicate-key.json"], in: Self.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("previous-duplicate-key.json:3:38: error: the key 'rank' is written twice in one object: which one counts is not clear"), "\(run.stderr)")
    }

    @Test func previousResultsOfAnotherFrameworkAreRefusedUnlessForced() throws {
        let previous = CLI.repository.appendingPathComponent("samples/quality-track/previous/results-2012.json").path
        let refused = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "huge-value.csv", "--previous", previous], in: Self.folder)
        #expect(refused.status == 65)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("results-2012.json:1:1: error: these results rank framework 'quality_track', this cycle 'av': ranks of different frameworks do not compare (give --force to show the changes all the same)"), "\(refused.stderr)")
        let forced = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "huge-value.csv", "--previous", previous, "--force"], in: Self.folder)
        #expect(forced.status == 0)
        #expect(forced.stderr.contains("rank changes compare different criteria"))
    }

    @Test func aRankingCSVGivenAsPreviousResultsIsNamed() throws {
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "huge-value.csv", "--previous", "huge-value.csv"], in: Self.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("huge-value.csv:1:1: error: not a JSON results file: --previous takes the JSON that `tamayuz report --format json` writes (not a CSV or HTML report)"), "\(run.stderr)")
    }

    @Test func csvErrorsAreLocatedAtTheirRow() throws {
        let run = try CLI.run(["report", "--criteria", Self.criteria, "--answers", "answers-broken-quote.csv"], in: Self.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("answers-broken-quote.csv:3:1: error: row 3 has 2 fields; the header has 4"), "\(run.stderr)")
    }
}
