import TamayuzCore

extension SelfAssessmentReport {
    /// The `tamayuz-self-assessment/2` document.
    public func json(options: ReportOptions) -> String {
        let comparison = comparison
        var json = JSONWriter()
        json.object { json in
            json.field("schema", .string(Self.schema))
            ResultsJSON.head(&json, framework: framework)
            json.field("warnings", array: false) { json in
                for warning in warnings { json.element(.string(warning)) }
            }
            json.field("inputs", array: false) { json in
                for input in options.inputs { json.element(.string(input)) }
            }
            json.field("agency") { json in
                ResultsJSON.agency(&json, comparison.standings[0], comparison: comparison, plan: plan, language: options.language)
            }
            json.field("missingEvidence", array: false, missingEvidence)
            json.field("unanswered", array: false, unanswered)
            versusEvaluators(&json)
        }
        return json.output
    }

    /// Each indicator whose required evidence is missing, with what is asked and what its lack
    /// costs.
    private func missingEvidence(_ json: inout JSONWriter) {
        for index in card.missingEvidence {
            guard let evidence = framework.nodes[index].indicator?.evidence else { continue }
            json.element(inline: true) { json in
                json.field("indicator", .string(framework.nodes[index].id))
                json.field("title") { json in ResultsJSON.localized(&json, framework.nodes[index].title) }
                json.field("evidence") { json in ResultsJSON.localized(&json, evidence.description) }
                switch evidence.whenMissing {
                case .zero:
                    json.field("whenMissing", "zero")
                    json.field("cap", .null)
                case let .cap(cap):
                    json.field("whenMissing", "cap")
                    json.field("cap", .number(cap))
                }
            }
        }
    }

    private func unanswered(_ json: inout JSONWriter) {
        for index in card.unanswered {
            json.element(inline: true) { json in
                json.field("indicator", .string(framework.nodes[index].id))
                json.field("title") { json in ResultsJSON.localized(&json, framework.nodes[index].title) }
            }
        }
    }

    /// `selfVsEvaluators`: the total and each area against the evaluators' mean, or null without
    /// evaluators.
    private func versusEvaluators(_ json: inout JSONWriter) {
        guard let versus = result.versusEvaluators else {
            json.field("selfVsEvaluators", .null)
            return
        }
        json.field("selfVsEvaluators") { json in
            json.field("evaluators", strings: evaluators.map(\.assessor.id))
            json.field("total", inline: true) { json in
                json.field("self", .number(card.total))
                json.field("evaluatorsMean", .number(versus.meanTotal))
                json.field("difference", .number(versus.totalDifference))
            }
            json.field("areas") { json in
                for row in versus.areas {
                    json.field(row.id, inline: true) { json in
                        json.field("self", .orNull(row.selfScore))
                        json.field("evaluatorsMean", .orNull(row.mean))
                        json.field("difference", .orNull(row.difference))
                    }
                }
            }
        }
    }
}
