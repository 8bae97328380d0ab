import Foundation
import Testing
import TamayuzTestSupport

/// `tamayuz feedback` on the quality track's sample cycle: one page per agency, for its eyes only.
@Suite struct FeedbackCommandTests {
    /// Every agency of the sample: its id and its names in English and Arabic (with and without a
    /// bracketed "(Fictional)"), read from its self-assessment.
    static func agencies() throws -> [(id: String, names: [String])] {
        let folder = Repository.path("samples/quality-track")
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".self.xml") }.sorted().map { file in
            let xml = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let id = try #require(xml.firstMatch(of: /<agency id="([^"]+)"/)).1
            let names = xml.matches(of: /<name xml:lang="(?:en|ar)">([^<]+)<\/name>/).prefix(2).map { String($0.1) }
            #expect(names.count == 2)
            let bare = names.map { $0.replacing(/\s\([^)]*\)$/, with: "") }
            return (String(id), Array(Set(names + bare)))
        }
    }

    @Test(arguments: ["en", "ar"])
    func eachPageNamesItsAgencyAndNoOther(language: String) throws {
        let folder = TemporaryDirectory()
        let run = try CLI.run([
            "feedback", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--output-dir", folder.path, "--lang", language,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let agencies = try Self.agencies()
        #expect(agencies.count == 10)
        for agency in agencies {
            let page = try String(contentsOfFile: folder.file(agency.id + ".html"), encoding: .utf8)
            let own = agency.names.filter { page.contains($0) }
            #expect(!own.isEmpty, "\(agency.id)'s page does not name it")
            for other in agencies where other.id != agency.id {
                for word in [other.id] + other.names {
                    #expect(!page.contains(word), "\(agency.id)'s page names \(word)")
                }
            }
        }
    }

    @Test func existingReportsAreKeptUnlessForced() throws {
        let folder = TemporaryDirectory()
        let arguments = ["feedback", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--output-dir", folder.path]
        _ = folder.write(Array("kept".utf8), to: "mun_wadi_alnoor.html")
        let refused = try CLI.run(arguments)
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("mun_wadi_alnoor.html exists: give --force to overwrite it"))
        #expect(try String(contentsOfFile: folder.file("mun_wadi_alnoor.html"), encoding: .utf8) == "kept")
        // Nothing is written when one file is refused.
        #expect(!FileManager.default.fileExists(atPath: folder.file("mun_sahil_alqamar.html")))
        let forced = try CLI.run(arguments + ["--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: folder.file("mun_wadi_alnoor.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func criteriaWithoutWrittenRemarksAreWarned() throws {
        let folder = TemporaryDirectory()
        let run = try CLI.run(["feedback", "--criteria", "criteria/quality-track.xml", "samples/quality-track", "--output-dir", folder.path])
        // The sample's assessors marked no comment: every criterion of every agency is warned, once per kind.
        #expect(run.stderr.contains("mun_wadi_alnoor: warning: no written strength for criteria IF.1, IF.2, IF.3, IF.4, CP.1"))
        #expect(run.stderr.components(separatedBy: "warning: no written improvement").count - 1 == 10)
    }

    @Test func markedCommentsAndSiteVisitFindingsReachTheirAgencyOnly() throws {
        // Amal marks a strength and Badr an improvement on Wadi Al-Noor's IF.1.2; the staged cycle
        // has a site visit of Rawdat Al-Khuzama (UX.2.1).
        let cycle = TemporaryDirectory()
        let folder = Repository.path("samples/quality-track-stages")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".xml") {
            var xml = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            if file == "mun_wadi_alnoor.eval-ev_amal.xml" {
                xml = xml.replacingOccurrences(
                    of: #"<answer indicator="IF.1.2" value="5"/>"#,
                    with: #"<answer indicator="IF.1.2" value="5"><comment kind="strength">The steering committee meets monthly</comment></answer>"#)
            } else if file == "mun_wadi_alnoor.eval-ev_badr.xml" {
                xml = xml.replacingOccurrences(
                    of: #"<answer indicator="IF.1.2" value="4"/>"#,
                    with: #"<answer indicator="IF.1.2" value="4"><comment kind="improvement">Minutes are not published</comment></answer>"#)
            }
            _ = cycle.write(Array(xml.utf8), to: file)
        }
        let out = TemporaryDirectory()
        let run = try CLI.run(["feedback", "--criteria", "criteria/quality-track.xml", cycle.path, "--output-dir", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let wadi = try String(contentsOfFile: out.file("mun_wadi_alnoor.html"), encoding: .utf8)
        #expect(wadi.contains("<bdi>The steering committee meets monthly</bdi>"))
        #expect(wadi.contains("<bdi>Minutes are not published</bdi>"))
        #expect(wadi.contains("No site visit was made."))
        let rawdat = try String(contentsOfFile: out.file("mun_rawdat_alkhuzama.html"), encoding: .utf8)
        #expect(!rawdat.contains("steering committee meets monthly"))
        #expect(rawdat.contains("UX.2.1"))
        #expect(rawdat.contains("level AA met on the sampled services"))
        // IF.1 now has both a written strength and improvement: no longer warned for Wadi Al-Noor.
        let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("mun_wadi_alnoor: warning: no written") }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.contains("criteria IF.2, IF.3") })
    }

    @Test func anInputsWarningIsReportedOnce() throws {
        // A self-assessment's affiliation has no effect and draws a warning: the notes are read
        // apart from the jury's run, and must not repeat it.
        let cycle = TemporaryDirectory()
        let folder = Repository.path("samples/quality-track")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".xml") {
            var xml = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            if file == "mun_wadi_alnoor.self.xml" {
                xml = xml.replacingOccurrences(of: #"<assessor role="self">"#, with: #"<assessor role="self" affiliation="mun_wadi_alnoor">"#)
            }
            _ = cycle.write(Array(xml.utf8), to: file)
        }
        let out = TemporaryDirectory()
        let run = try CLI.run(["feedback", "--criteria", "criteria/quality-track.xml", cycle.path, "--output-dir", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let affiliation = run.stderr.split(separator: "\n").filter { $0.contains("mun_wadi_alnoor.self.xml") && $0.contains("affiliation") }
        #expect(affiliation.count == 1, "\(run.stderr.prefix(600))")
    }
}
