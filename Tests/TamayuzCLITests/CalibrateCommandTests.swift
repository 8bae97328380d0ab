import Foundation
import Testing
import TamayuzTestSupport

/// `tamayuz calibrate` on a reference case made from the quality track's sample: Amal's
/// assessment of Wadi Al-Noor becomes the key, and three evaluators score the same case.
@Suite struct CalibrateCommandTests {
    let folder = TemporaryDirectory()

    /// The key (role reference) and the evaluations (Amal's own answers, Badr's, Huda's).
    func referenceCase() throws -> (key: String, evaluations: [String]) {
        let sample = Repository.path("samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml")
        let amal = try String(contentsOfFile: sample, encoding: .utf8)
        let key = folder.write(Array(amal.replacingOccurrences(of: #"role="evaluator" id="ev_amal""#, with: #"role="reference" id="key""#).utf8), to: "key.xml")
        return (key, [sample] + ["badr", "huda"].map { Repository.path("samples/quality-track/mun_wadi_alnoor.eval-ev_\($0).xml") })
    }

    @Test func evaluatorsAreRankedByTheirErrorAgainstTheKey() throws {
        let (key, evaluations) = try referenceCase()
        let run = try CLI.run(["calibrate", "--criteria", "criteria/quality-track.xml", "--key", key, "--format", "json"] + evaluations)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let evaluators = try #require(json["evaluators"] as? [[String: Any]])
        // Amal's own answers are the key: no error, nothing missed, first.
        #expect(evaluators.first?["evaluator"] as? String == "ev_amal")
        #expect(evaluators.first?["meanAbsoluteError"] as? Double == 0)
        #expect((evaluators.first?["missed"] as? [Any])?.isEmpty == true)
        #expect(evaluators.map { $0["rank"] as? Int } == [1, 2, 3])
        let errors = evaluators.compactMap { $0["meanAbsoluteError"] as? Double }
        #expect(errors == errors.sorted() && errors.count == 3 && errors[1] > 0)
        let table = try CLI.run(["calibrate", "--criteria", "criteria/quality-track.xml", "--key", key] + evaluations)
        #expect(table.stdout.contains("Reference case mun_wadi_alnoor"))
        #expect(table.stdout.split(separator: "\n")[3].hasPrefix("   1  ev_amal"))
    }

    @Test func theKeyMustBeAReferenceCase() throws {
        let (_, evaluations) = try referenceCase()
        let run = try CLI.run(["calibrate", "--criteria", "criteria/quality-track.xml", "--key", evaluations[1]] + evaluations)
        #expect(run.status == 65)
        #expect(run.stderr.contains("the answer key must be an assessment with role 'reference', not 'evaluator'"))
    }

    @Test func reportRefusesAReferenceCaseMixedIn() throws {
        let (key, evaluations) = try referenceCase()
        let run = try CLI.run(["report", "--criteria", "criteria/quality-track.xml", key] + evaluations)
        #expect(run.status == 65)
        #expect(run.stderr.contains(key + ":"))
        #expect(run.stderr.contains("a reference case calibrates assessors and never enters a cycle"))
    }
}
