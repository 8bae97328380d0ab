import Foundation
import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// Reproduces the UN E-Government Development Index 2012 from its three components with
/// `criteria/un-egdi-2012.xml`: every published rank of the 193 member states, the three-way
/// tie at 191, and Saudi Arabia's rise from 58th (2010) to 41st.
///
/// The data stay in the forum's workspace (`../shared/data/un-egdi/`, read in place); when they
/// are absent these tests are skipped, and Swift Testing prints them as skipped with the reason.
@Suite(.enabled(if: EGDIData.present, "skipped: ../shared/data/un-egdi/egdi-2012.csv is not beside this checkout"))
struct EGDI2012Tests {
    static let data = EGDIData.folder
}

/// Where the UN EGDI data sit: `../shared/data/un-egdi/` beside the repository.
enum EGDIData {
    static let folder = Repository.root.deletingLastPathComponent().appendingPathComponent("shared/data/un-egdi")
    static let present = FileManager.default.fileExists(atPath: folder.appendingPathComponent("egdi-2012.csv").path)
}

extension EGDI2012Tests {

    /// Published rows: code → (published rank, name).
    static func published(_ file: String) throws -> [String: (rank: Int, name: String)] {
        let text = try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)
        var rows: [String: (Int, String)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = splitCSV(String(line))
            // South Sudan has no 2010 rank (it joined the UN in 2011).
            guard let rank = Double(fields[2]) else { continue }
            rows[fields[0]] = (Int(rank), fields[1])
        }
        return rows
    }

    /// Splits one CSV line, honouring double quotes (names such as "Korea, Republic of").
    static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == ",", !quoted {
                fields.append(field)
                field = ""
            } else { field.append(character) }
        }
        fields.append(field)
        return fields
    }

    static func ranking(previous: PreviousCycle? = nil) throws -> CycleComparison {
        let (framework, _) = try CriteriaLoader.load(fileAtPath: Repository.path("criteria/un-egdi-2012.xml"))
        let (assessments, _) = try AnswerTableLoader.load(
            fileAtPath: data.appendingPathComponent("egdi-2012.csv").path, framework: framework,
            columns: .init(id: "country-code", name: "country-name"))
        let scorer = Scorer(framework: framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions(previous: previous))
    }

    @Test func everyPublishedRankIsReproduced() throws {
        let published = try Self.published("egdi-2012.csv")
        let comparison = try Self.ranking()
        #expect(comparison.standings.count == 193)
        var mismatches: [String] = []
        for standing in comparison.standings where standing.rank != published[standing.agency.id]?.rank {
            mismatches.append("\(standing.agency.id): \(standing.rank.map(String.init) ?? "-") vs \(published[standing.agency.id]?.rank ?? -1)")
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func threeWayTieAt191AfterTheOnlineServiceGate() throws {
        let comparison = try Self.ranking()
        // Libya, the Central African Republic and Guinea have OSI 0, so EGDI 0: all three 191st.
        let last = comparison.standings.filter { $0.rank == 191 }.map(\.agency.id).sorted()
        #expect(last == ["CAF", "GIN", "LBY"])
        #expect(last.allSatisfy { id in comparison.standings.first { $0.agency.id == id }!.card.total == 0 })
        #expect(comparison.remainingTies.contains(["CAF", "GIN", "LBY"]))
    }

    @Test func saudiArabiaRisesSeventeenPlaces() throws {
        let previousRanks = try Self.published("egdi-2010.csv")
        let previous = PreviousCycle(
            frameworkID: "un_egdi_2012", frameworkVersion: "2012.1",
            entries: previousRanks.mapValues { PreviousCycle.Entry(rank: $0.rank, total: nil) }, source: "egdi-2010.csv")
        let comparison = try Self.ranking(previous: previous)
        let saudi = try #require(comparison.standings.first { $0.agency.id == "SAU" })
        // EGDI = (0.79738 + 0.76774 + 0.43232) / 3 = 1.99744 / 3 = 0.665813 (published 0.66581)
        #expect(abs(saudi.card.total - 0.66581) < 3.3e-5)
        #expect(saudi.rank == 41)
        #expect(saudi.previous?.rank == 58)
        #expect(saudi.rankChange == 17)
    }
}
