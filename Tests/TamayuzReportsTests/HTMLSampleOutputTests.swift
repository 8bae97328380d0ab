import Foundation
import Testing
@testable import TamayuzReports

/// Writes sample reports (English, Arabic, Arabic with Arabic-Indic digits) of the test cycle into
/// the folder named by `TAMAYUZ_HTML_SAMPLES`, for the browser checks
/// (`scripts/check-html-report.sh`). Without the variable it only renders them.
@Suite struct HTMLSampleOutputTests {
    @Test func writesSamplesWhenAsked() throws {
        let comparison = try HTMLFixtures.comparison()
        let plans = try HTMLFixtures.plans(comparison)
        let samples = [
            ("report-en.html", HTMLFixtures.render(comparison, language: .en, plans: plans)),
            ("report-ar.html", HTMLFixtures.render(comparison, language: .ar, plans: plans)),
            ("report-ar-indic.html", HTMLFixtures.render(comparison, language: .ar, indic: true, plans: plans)),
        ]
        for (_, html) in samples { #expect(html.hasPrefix("<!DOCTYPE html>")) }
        guard let folder = ProcessInfo.processInfo.environment["TAMAYUZ_HTML_SAMPLES"], !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, html) in samples {
            try Data(html.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
    }
}
