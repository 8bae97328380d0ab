import Testing
import TamayuzCore
import TamayuzFormats

/// Earlier results that cannot be a ranking are refused.
@Suite struct PreviousResultsLoaderTests {
    @Test(arguments: [
        (#""rank": -3"#, "not a whole number from 1 to 2"),
        (#""rank": 2.7"#, "not a whole number from 1 to 2"),
        (#""rank": true"#, "not a whole number from 1 to 2"),
        (#""rank": 1e300"#, "not a whole number from 1 to 2"),
    ])
    func previousResultsWithABadRankAreRefused(rank: String, message: String) {
        let json = """
            {"schema": "tamayuz-results/1", "kind": "ranking", "criteria": {"id": "t", "version": "1"},
             "agencies": [{"id": "a", \(rank), "displayTotal": 5}, {"id": "b", "rank": 1, "displayTotal": 9}]}
            """
        #expect {
            _ = try PreviousResultsLoader.load(bytes: Array(json.utf8), fileName: "p.json")
        } throws: { error in
            (error as? DiagnosticError)?.errors.first?.message.contains(message) == true
        }
    }

    @Test func previousResultsMustBeARankingWithoutDuplicates() {
        let scores = #"{"schema": "tamayuz-results/1", "kind": "scores", "criteria": {"id": "t", "version": "1"}, "agencies": []}"#
        let twice = #"{"schema": "tamayuz-results/1", "kind": "ranking", "criteria": {"id": "t", "version": "1"}, "agencies": [{"id": "a", "rank": 1}, {"id": "a", "rank": 2}]}"#
        #expect(throws: DiagnosticError.self) { try PreviousResultsLoader.load(bytes: Array(scores.utf8), fileName: "s.json") }
        #expect(throws: DiagnosticError.self) { try PreviousResultsLoader.load(bytes: Array(twice.utf8), fileName: "t.json") }
    }
}
