import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzReports
import TamayuzTestSupport

/// The blank assessment filled in from a shipped sample loads and scores like the sample.
extension AssessmentTemplateTests {
    @Test func filledTemplateScoresLikeTheSample() throws {
        let (framework, _) = try CriteriaLoader.load(fileAtPath: Repository.path("criteria/quality-track.xml"))
        let samplePath = Repository.path("samples/self-assessment/mun_marj_alzuhur.self.xml")
        let (sample, _) = try AssessmentLoader.load(fileAtPath: samplePath, framework: framework)
        let profile = framework.profile(forAgencyKind: sample.agency.kind ?? "")
        var text = AssessmentTemplate.render(framework, .init(
            agencyID: sample.agency.id, agencyKind: sample.agency.kind, agencyName: sample.agency.name.text(.en), profile: profile))
        // Fill it in as an agency would, from the sample's answers.
        for index in framework.indicators where framework.nodes[index].indicator!.kind.isAnswered {
            let id = framework.nodes[index].id
            let blank = "<answer indicator=\"\(id)\" value=\"\">"
            guard let answer = sample.answers[index] else {
                // Left unanswered in the sample: delete the whole answer from the template.
                if let start = text.range(of: blank), let end = text.range(of: "</answer>\n", range: start.upperBound..<text.endIndex) {
                    text.removeSubrange(start.lowerBound..<end.upperBound)
                }
                continue
            }
            var filled: String
            switch answer.value {
            case .notApplicable: filled = "<answer indicator=\"\(id)\" not-applicable=\"true\"><justification>\(answer.justification ?? "n/a")</justification>"
            default: filled = "<answer indicator=\"\(id)\" value=\"\(Self.text(answer.value, index, framework))\">"
            }
            text = text.replacingOccurrences(of: blank, with: filled)
            if let evidence = answer.evidence.first {
                text = text.replacingOccurrences(of: filled + "\n    <evidence title=\"\" ref=\"\"/>", with: filled + "\n    <evidence title=\"\(evidence.title)\" ref=\"\"/>")
            }
        }
        let (filled, _) = try AssessmentLoader.load(bytes: Array(text.utf8), fileName: "filled.xml", framework: framework)
        let scorer = Scorer(framework: framework)
        let fromTemplate = try scorer.score(filled, profile: try scorer.profile(requested: nil, for: filled))
        let fromSample = try scorer.score(sample, profile: try scorer.profile(requested: nil, for: sample))
        #expect(fromTemplate.total == fromSample.total)
        #expect(fromTemplate.missingEvidence == fromSample.missingEvidence)
        #expect(fromTemplate.total > 70)
    }

    static func text(_ value: AnswerValue, _ index: Int, _ framework: Framework) -> String {
        switch (value, framework.nodes[index].indicator!.kind) {
        case let (.yesNo(yes), _): return yes ? "yes" : "no"
        case let (.level(level), .ordinal(scale)): return framework.scales[scale].levels[level].id
        case let (.number(number), _): return String(number)
        case let (.options(ticked), .checklist(options, _)): return ticked.isEmpty ? "none" : ticked.map { options[$0].id }.joined(separator: " ")
        default: return ""
        }
    }
}
