import Foundation
import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzReports

@Suite struct JSONRendererTests {
    static let tinyCriteria = """
        <framework xmlns="urn:tamayuz:criteria:1" id="tiny" version="1" scale-max="10" precision="2">
          <title xml:lang="en">Tiny</title><title xml:lang="ar">صغير</title>
          <area id="A" weight="1"><title xml:lang="en">Area</title><title xml:lang="ar">محور</title>
            <indicator id="A.1" weight="2"><title xml:lang="en">Q1</title><title xml:lang="ar">س1</title><yes-no/></indicator>
            <indicator id="A.2" weight="1"><title xml:lang="en">Q2</title><title xml:lang="ar">س2</title><percentage/></indicator>
          </area>
          <bands>
            <band id="top" min="5"><label xml:lang="en">Top</label><label xml:lang="ar">أعلى</label></band>
            <band id="low" min="0"><label xml:lang="en">Low</label><label xml:lang="ar">أدنى</label></band>
          </bands>
        </framework>
        """

    /// A.1 yes → 1 with weight 2/3; A.2 40 % → 0.4 with weight 1/3: A = 2/3 + 0.4/3 = 0.8;
    /// total 0.8 × 10 = 8, band top. The name carries a quote and U+2028 (escaped).
    static func tinyScores() throws -> CycleComparison {
        let framework = try CriteriaLoader.load(bytes: Array(tinyCriteria.utf8), fileName: "tiny.xml").0
        let xml = """
            <assessment xmlns="urn:tamayuz:assessment:1" framework="tiny" framework-version="1">
              <agency id="X"><name xml:lang="en">Alpha "A"&#x2028;B</name><name xml:lang="ar">ألف</name></agency>
              <assessor role="evaluator" id="E9"/>
              <answer indicator="A.1" value="yes"/>
              <answer indicator="A.2" value="40"/>
            </assessment>
            """
        let assessment = try AssessmentLoader.load(bytes: Array(xml.utf8), fileName: "x.xml", framework: framework).0
        let card = try Scorer(framework: framework).score(assessment, profile: nil)
        return CycleComparison.unranked([card], profiles: [nil], framework: framework)
    }

    @Test func exactDocumentForATinyCase() throws {
        let json = JSONRenderer().render(try Self.tinyScores(), options: ReportOptions(inputs: ["x.xml"]))
        let expected = #"""
            {
              "schema": "tamayuz-results/2",
              "tool": {"name": "tamayuz", "version": "0.1.0"},
              "criteria": {
                "id": "tiny",
                "version": "1",
                "cycle": null,
                "title": {"en": "Tiny", "ar": "صغير"},
                "scaleMax": 10,
                "precision": 2
              },
              "kind": "scores",
              "options": {
                "normalisation": "none",
                "aggregation": null,
                "standardise": null,
                "sensitivity": null,
                "profile": null
              },
              "warnings": [],
              "inputs": [
                "x.xml"
              ],
              "agencies": [
                {
                  "id": "X",
                  "name": {"en": "Alpha \"A\"\u2028B", "ar": "ألف"},
                  "kind": null,
                  "profile": null,
                  "basis": "assessment",
                  "assessors": [
                    {"role": "evaluator", "id": "E9"}
                  ],
                  "rank": null,
                  "tieBrokenBy": null,
                  "previous": null,
                  "rankChange": null,
                  "isNew": false,
                  "total": 8,
                  "displayTotal": 8,
                  "band": {"id": "top", "label": {"en": "Top", "ar": "أعلى"}},
                  "eligible": true,
                  "ineligibility": [],
                  "flags": [],
                  "completeness": 1,
                  "missingEvidence": [],
                  "unanswered": [],
                  "partlyAnswered": [],
                  "rulesFired": [],
                  "self": null,
                  "evaluators": [],
                  "exclusions": [],
                  "robustness": null,
                  "plan": null,
                  "nodes": [
                    {"id": "total", "parent": null, "level": "framework", "status": "scored", "raw": 0.8, "score": 0.8, "weight": 1, "contribution": 0.8, "answered": 2, "expected": 2, "value": null, "derived": null},
                    {"id": "A", "parent": "total", "level": "area", "status": "scored", "raw": 0.8, "score": 0.8, "weight": 1, "contribution": 0.8, "answered": 2, "expected": 2, "value": null, "derived": null},
                    {"id": "A.1", "parent": "A", "level": "indicator", "status": "scored", "raw": 1, "score": 1, "weight": 0.666667, "contribution": 0.666667, "answered": 1, "expected": 1, "value": "yes", "derived": null},
                    {"id": "A.2", "parent": "A", "level": "indicator", "status": "scored", "raw": 0.4, "score": 0.4, "weight": 0.333333, "contribution": 0.133333, "answered": 1, "expected": 1, "value": 40, "derived": null}
                  ]
                }
              ],
              "ties": [],
              "agreement": null
            }

            """#
        #expect(json == expected)
    }

    /// Parses as JSON (Foundation), and the fields `PreviousResults` reads are where it looks.
    @Test func rankingDocumentParsesWithTiesAndTieBreaks() throws {
        let json = JSONRenderer().render(try TableRendererTests.tiedRanking(), options: ReportOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "ranking")
        let criteria = try #require(object["criteria"] as? [String: Any])
        #expect(criteria["id"] as? String == "demo")
        #expect(criteria["version"] as? String == "2013.1")
        let agencies = try #require(object["agencies"] as? [[String: Any]])
        #expect(agencies.map { $0["id"] as? String } == ["A5", "A1", "A2", "A4", "A3"])
        #expect(agencies.map { $0["rank"] as? Int } == [1, 2, 3, 3, nil])
        #expect(agencies.map { $0["displayTotal"] as? Double } == [67.5, 67.5, 21.3, 21.3, 87.5])
        #expect(agencies.map { $0["tieBrokenBy"] as? String } == ["UC", "UC", nil, nil, nil])
        #expect(object["ties"] as? [[String]] == [["A2", "A4"]])
        // Top-level keys in the documented order.
        let keys = ["schema", "tool", "criteria", "kind", "options", "warnings", "inputs", "agencies", "ties", "agreement"]
        let positions = keys.map { json.range(of: "\n  \"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func juryDocument() throws {
        let json = JSONRenderer().render(try ReportFixtures.juryComparison(), options: ReportOptions())
        #expect(json.contains(#""basis": "jury","#))
        #expect(json.contains(#"{"role": "evaluator", "id": "E1"},"#))
        #expect(json.contains(#""total": 69.0625,"#))
        #expect(json.contains(#""displayTotal": 69.1,"#))
        #expect(json.contains(#""self": {"total": 67.5, "displayTotal": 67.5, "completeness": 1, "areas": {"UC": 0.65, "TE": 0.75}},"#))
        #expect(json.contains(#"{"id": "E1", "total": 75, "displayTotal": 75, "completeness": 1, "areas": {"UC": 0.75, "TE": 0.75}},"#))
        #expect(json.contains(#"{"id": "E2", "total": 63.125, "displayTotal": 63.1, "completeness": 1, "areas": {"UC": 0.675, "TE": 0.5}}"#))
        #expect(json.contains(#"{"evaluator": "E3", "reason": "affiliated", "source": "A1-eval.xml:1:1"}"#))
        #expect(json.contains(#"{"agency": "A1", "indicator": "TE.2", "spread": 1, "scores": {"E1": 1, "E2": 0}},"#))
        #expect(json.contains(#""evaluators": 2,"#))
        // Interval α over UC's units (E1, E2): UC.1 (1, 1), UC.2 (0.75, 0.5), UC.3 (0.5, 0.7).
        // D_o = 0 + 4·0.03125 + 4·0.02 = 0.205; the six values' mean is 4.45 / 6 and their
        // squared deviations add to 0.2520833, so D_e = 2·6·0.2520833 = 3.025;
        // α = 1 − 5 · 0.205 / 3.025 = 0.661157.
        #expect(json.contains(#""UC": {"interval": 0.661157, "#))
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    @Test func previousCycleSensitivityAndProfileOptions() throws {
        let comparison = try ReportFixtures.selfRanking(previous: true, sensitivity: SensitivityOptions(draws: 100, range: 0.1, seed: 42))
        let json = JSONRenderer().render(comparison, options: ReportOptions(profile: "ministry-default"))
        #expect(json.contains(#""sensitivity": {"draws": 100, "range": 0.1, "seed": 42},"#))
        #expect(json.contains(#""profile": "ministry-default""#))
        #expect(json.contains(#""previous": {"rank": 2, "total": 60.2},"#))
        #expect(json.contains(#""rankChange": 1,"#))
        #expect(json.contains(#""rankChange": -1,"#))
        #expect(json.contains(#""isNew": true,"#))
        #expect(json.contains(#""robustness": {"baseRank": 1, "medianRank": 1, "p5Rank": 1, "p95Rank": 1, "bestRank": 1, "worstRank": 1, "shareFirst": 1},"#))
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    /// Same inputs, same bytes: every format rendered twice, and from a comparison built twice.
    @Test func everyFormatIsDeterministic() throws {
        let first = try ReportFixtures.juryComparison()
        let second = try ReportFixtures.juryComparison()
        let ranking = try TableRendererTests.tiedRanking()
        let options = ReportOptions(explain: true, inputs: ["a.xml"])
        for format in ReportFormat.allCases where format != .html {
            guard let renderer = format.renderer else { continue }
            #expect(renderer.render(first, options: options) == renderer.render(second, options: options))
            #expect(renderer.render(ranking, options: options) == renderer.render(ranking, options: options))
        }
    }
}
