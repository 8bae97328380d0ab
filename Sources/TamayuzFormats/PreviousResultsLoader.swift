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
        let digest: [UInt8]?
        do {
            digest = try PreviousResultsDigest.digest(bytes)
        } catch {
            throw DiagnosticError([.error(at: place(of: error.offset, in: bytes, file: fileName), "the key '\(error.key)' is written twice in one object: which one counts is not clear")])
        }
        guard bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }).map({ [UInt8(ascii: "{"), UInt8(ascii: "[")].contains($0) }) ?? false else {
            throw fail("not a JSON results file: --previous takes the JSON that `tamayuz report --format json` writes (not a CSV or HTML report)")
        }
        let object: Any
        do {
            // Only the fields read below reach Foundation (a results file is nearly all score trees).
            object = try JSONSerialization.jsonObject(with: Data(digest ?? bytes), options: [])
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

/// Where byte `offset` is: its line and column (in Unicode scalars).
private func place(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
    }
    let column = bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
    return SourceLocation(file: file, line: line, column: column)
}
