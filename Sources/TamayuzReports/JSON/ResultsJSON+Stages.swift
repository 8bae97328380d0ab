import TamayuzCore

/// An agency's `stages`: its trail through the consensus and the site visit. Written only for an
/// agency that had either, so results without stages read as before.
extension ResultsJSON {
    static func stages(_ json: inout JSONWriter, _ stages: ReviewStages?, framework: Framework) {
        guard let stages else { return }
        json.field("stages") { json in
            json.field("results", array: false) { json in
                for result in stages.results {
                    json.element(inline: true) { json in
                        json.field("stage", .string(result.stage.rawValue))
                        json.field("total", .number(result.total))
                        json.field("displayTotal", .number(result.displayTotal))
                        json.field("rank", .orNull(result.rank))
                        json.field("members", strings: result.assessor?.members.map(\.id) ?? [])
                        json.field("source", .orNull(result.source?.description))
                    }
                }
            }
            json.field("changes", array: false) { json in
                for change in stages.changes {
                    json.element(inline: true) { json in stageChange(&json, change, framework: framework) }
                }
            }
        }
    }

    /// `indicator` and its `steps`: each stage's answer (the assessment format's spelling), score,
    /// whether the stage answered it itself, and its rationale.
    private static func stageChange(_ json: inout JSONWriter, _ change: ReviewStages.Change, framework: Framework) {
        let node = framework.nodes[change.indicator]
        json.field("indicator", .string(node.id))
        json.field("steps", array: true) { json in
            for step in change.steps {
                json.element(inline: true) { json in
                    json.field("stage", .string(step.stage.rawValue))
                    json.field("value", .orNull(step.value.flatMap { value in
                        node.indicator.map { AnswerWording.token(value, kind: $0.kind, framework: framework) }
                    }))
                    json.field("score", .orNull(step.score))
                    json.field("answeredHere", .bool(step.answeredHere))
                    json.field("rationale", .orNull(step.rationale))
                }
            }
        }
    }
}
