import Foundation
import TamayuzCore

/// Reads the previous cycle's standings from an earlier run's JSON results
/// (`tamayuz report --format json`): `criteria.id`, `criteria.version`, and per agency its
/// `id`, `rank` and `displayTotal`.
public enum PreviousResultsLoader {
    public static func load(fileAtPath path: String) throws(DiagnosticError) -> PreviousCycle {
        let bytes = try InputFile.read(atPath: path)
        return try load(bytes: bytes, fileName: path)
    }

    public static func load(bytes: [UInt8], fileName: String) throws(DiagnosticError) -> PreviousCycle {
        let whole = SourceLocation(file: fileName, line: 1, column: 1)
        func fail(_ message: String) -> DiagnosticError {
            DiagnosticError([.error(at: whole, message)])
        }
        let object: Any
        do {
            // Only the fields read below reach Foundation (a results file is nearly all score trees).
            object = try JSONSerialization.jsonObject(with: Data(PreviousResultsDigest.digest(bytes) ?? bytes), options: [])
        } catch {
            throw fail("not a JSON results file: \((error as NSError).localizedDescription)")
        }
        guard let root = object as? [String: Any], let schema = root["schema"] as? String, schema.hasPrefix("tamayuz-results/") else {
            throw fail("not Tamayuz results: expected a JSON object with \"schema\": \"tamayuz-results/1\" (write one with `tamayuz report --format json`)")
        }
        guard let criteria = root["criteria"] as? [String: Any], let id = criteria["id"] as? String,
              let version = criteria["version"] as? String
        else { throw fail("the results have no criteria id and version") }
        if let kind = root["kind"] as? String, kind != "ranking" {
            throw fail("these results are of kind '\(kind)', not a ranking: give the JSON written by `tamayuz report --format json`")
        }
        guard let agencies = root["agencies"] as? [[String: Any]] else { throw fail("the results have no 'agencies' list") }
        var entries: [String: PreviousCycle.Entry] = [:]
        for (position, agency) in agencies.enumerated() {
            guard let agencyID = agency["id"] as? String else { throw fail("agency \(position + 1) in the results has no id") }
            guard entries[agencyID] == nil else { throw fail("agency '\(agencyID)' appears twice in the results") }
            var rank: Int?
            if let value = agency["rank"], !(value is NSNull) {
                // A rank is a whole number from 1 to the number of agencies: not -3, 2.7, true or 1e300.
                guard let number = value as? NSNumber, !isBoolean(value),
                      let whole = Int(exactly: number.doubleValue), (1...agencies.count).contains(whole)
                else { throw fail("agency '\(agencyID)' has rank \(value), not a whole number from 1 to \(agencies.count)") }
                rank = whole
            }
            var total: Double?
            if let value = agency["displayTotal"], !(value is NSNull) {
                guard let number = value as? NSNumber, !isBoolean(value), number.doubleValue.isFinite
                else { throw fail("agency '\(agencyID)' has displayTotal \(value), not a number") }
                total = number.doubleValue
            }
            entries[agencyID] = PreviousCycle.Entry(rank: rank, total: total)
        }
        return PreviousCycle(frameworkID: id, frameworkVersion: version, entries: entries, source: fileName)
    }
}

/// JSON's true and false arrive as NSNumber too; they are not ranks or totals.
private func isBoolean(_ value: Any) -> Bool {
    String(describing: type(of: value)).contains("Boolean")
}
