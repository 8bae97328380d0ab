import Foundation
import Testing

/// Values that pass `validate` but cannot be scored: one agency's `AV.2="1e307"` made the
/// documented `AV.2 / max(AV.1, 1) * 100` overflow and the whole cycle fail; `AV.1="1e-320"`
/// slipped past the documented `if(AV.1 == 0, …)` guard.
@Suite struct HostileValueTests {
    static let folder = HostileWorkspace.hostileFolder

    @Test func anAgencyWhoseValueOverflowsIsListedApartAndTheOthersAreRanked() throws {
        let run = try CLI.run(["report", "--criteria", "share-of-services.xml", "--answers", "huge-value.csv"], in: Self.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("1     a       Alpha   50.0") }, "\(run.stdout)")
        #expect(rows.contains { $0.hasPrefix("2     d       Delta    0.0") }, "\(run.stdout)")
        #expect(!rows.contains { $0.contains("Beta") })
        #expect(run.stderr.contains(
            "warning: agency 'b' is not scored: huge-value.csv:3:1: derived indicator 'AV.3' cannot be computed for agency 'b': result is not a finite number (in the expression at share-of-services.xml:7:92)"),
            "\(run.stderr)")
        let json = try CLI.run(["report", "--criteria", "share-of-services.xml", "--answers", "huge-value.csv", "--format", "json"], in: Self.folder)
        #expect(json.status == 0)
        #expect(json.stdout.contains("agency 'b' is not scored: huge-value.csv:3:1"))
    }

    @Test func aSubnormalValueIsALocatedError() throws {
        let run = try CLI.run(["report", "--criteria", "share-of-services.xml", "--answers", "subnormal-value.csv"], in: Self.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains(
            "subnormal-value.csv:3:3: error: row 3, column 'AV.1': 'AV.1' is too close to 0 to compute with: '1e-320' is below 2.2e-308 (write 0, or a larger number)"),
            "\(run.stderr)")
    }
}

/// An answer table whose indicator columns match nothing scored every agency 0 and exited 0.
@Suite struct HostileTableHeaderTests {
    @Test func aTableThatAnswersNoIndicatorIsRefused() throws {
        let run = try CLI.run(["report", "--criteria", "share-of-services.xml", "--answers", "answers-no-indicator.csv"], in: HostileWorkspace.hostileFolder)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(
            "answers-no-indicator.csv:1:1: error: the table answers no indicator of 'av': no column is named by an indicator id (did you mean 'av.1' for 'AV.1', 'AV2' for 'AV.2'?)"),
            "\(run.stderr)")
    }

    @Test func aWrongNameColumnIsAnErrorAsAWrongIdColumnIs() throws {
        let run = try CLI.run(
            ["report", "--criteria", "share-of-services.xml", "--answers", "huge-value.csv", "--name-column", "title"],
            in: HostileWorkspace.hostileFolder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("huge-value.csv:1:1: error: no 'title' column (the agency name); the columns are: id, name, AV.1, AV.2 — name the name column with --name-column"), "\(run.stderr)")
    }
}
