import TamayuzCore

/// The results as JSON (`--format json`), schema `tamayuz-results/2`: the criteria's identity,
/// the options, and for each agency in standing order its rank, totals, band, eligibility,
/// rules fired, the self- and evaluators' scores, and the whole score tree. Documented field by
/// field in `docs/results-format.md`; JSON Schema in `docs/results.schema.json`.
///
/// Exact values carry 6 decimals at most; `displayTotal` fields are the totals at the
/// framework's precision (what is shown and ranked). Keys come in a fixed order and the same
/// inputs give the same bytes.
public struct JSONRenderer: ReportRenderer {
    public static let identifier = "json"
    /// The value of the document's `schema` field. Additive changes keep the number; a change
    /// that removes, renames or retypes a field moves it on. `/2` added the evaluators'
    /// consistency and calibration, and made them and the α thresholds required.
    public static let schema = "tamayuz-results/2"

    public init() {}

    public func render(_ comparison: CycleComparison, options: ReportOptions) -> String {
        var text: [UInt8] = []
        render(comparison, options: options) { text.append(contentsOf: $0) }
        return String(decoding: text, as: UTF8.self)
    }

    /// How many agencies' objects are written in parallel before being handed to the sink: a few
    /// dozen keep both cores busy (an agency with a thousand indicators is about 250 kB) while
    /// holding only some megabytes at once.
    static let agenciesPerBatch = 32

    /// Writes the document to `sink` piece by piece (a megabyte or so at a time, between
    /// agencies), so that the whole document is never held in memory. The agencies' objects,
    /// nearly all of the bytes, are written on all cores, a batch at a time.
    public func render(_ comparison: CycleComparison, options: ReportOptions, to sink: (UnsafeRawBufferPointer) -> Void) {
        let framework = comparison.framework
        var json = JSONWriter()
        json.object { json in
            json.field("schema", .string(Self.schema))
            ResultsJSON.head(&json, framework: framework)
            json.field("kind", comparison.isRanking ? "ranking" : "scores")
            json.field("options") { json in
                json.field("normalisation", .string(comparison.options.normalisation.rawValue))
                json.field("aggregation", comparison.isRanking ? .string(comparison.jury.aggregation.rawValue) : .null)
                json.field("standardise", comparison.isRanking ? .bool(comparison.jury.standardise) : .null)
                json.field("sensitivity", inline: true, ifPresent: comparison.options.sensitivity) { json, sensitivity in
                    json.field("draws", .int(sensitivity.draws))
                    json.field("range", .number(sensitivity.range))
                    json.field("seed", .unsigned(sensitivity.seed))
                }
                json.field("profile", .orNull(options.profile))
            }
            json.field("warnings", array: false) { json in
                for warning in comparison.warnings { json.element(.string(warning.description)) }
            }
            json.field("inputs", array: false) { json in
                for input in options.inputs { json.element(.string(input)) }
            }
            json.field("agencies", array: false) { json in
                json.objectElements(comparison.standings, batchSize: Self.agenciesPerBatch, flushingTo: sink) { json, standing in
                    ResultsJSON.agency(
                        &json, standing, comparison: comparison, plan: standing.plan,
                        language: options.language)
                }
            }
            json.field("ties", array: false) { json in
                for group in comparison.remainingTies {
                    json.element(array: true) { json in
                        for id in group { json.element(.string(id)) }
                    }
                }
            }
            if comparison.isRanking {
                json.field("agreement") { json in ResultsJSON.agreement(&json, comparison) }
            } else {
                json.field("agreement", .null)
            }
        }
        json.flush(sink)
    }
}

/// The parts of the results document, shared with the self-assessment document.
enum ResultsJSON {
    /// `tool` and `criteria`.
    static func head(_ json: inout JSONWriter, framework: Framework) {
        json.field("tool", inline: true) { json in
            json.field("name", "tamayuz")
            json.field("version", .string(TamayuzVersion.current))
        }
        json.field("criteria") { json in
            json.field("id", .string(framework.id))
            json.field("version", .string(framework.version))
            json.field("cycle", .orNull(framework.cycle))
            json.field("title", inline: true) { json in localized(&json, framework.title) }
            json.field("scaleMax", .number(framework.scaleMax))
            json.field("precision", .int(framework.precision))
        }
    }

    /// `{language: text}` members, in the author's order.
    static func localized(_ json: inout JSONWriter, _ text: LocalizedText) {
        for entry in text.entries { json.field(entry.language, .string(entry.text)) }
    }

    /// One node of the score tree.
    static func node(_ json: inout JSONWriter, _ index: Int, card: ScoreCard, framework: Framework) {
        // The node's fields are read in place: a copy of the whole `Node` (texts, children,
        // expressions) per node of every agency retained and released every one of them.
        let score = card.nodes[index]
        let weight = NodeFigures.weight(index, card: card)
        json.field("id", .string(framework.nodes[index].id))
        json.field("parent", .orNull(framework.nodes[index].parent.map { framework.nodes[$0].id }))
        json.field("level", .string(framework.nodes[index].level.rawValue))
        json.field("status", .string(NodeFigures.status(score.status)))
        json.field("raw", score.counts ? .number(score.raw) : .null)
        json.field("score", score.counts ? .number(score.score) : .null)
        json.field("weight", .number(weight))
        json.field("contribution", .number(weight * score.score))
        json.field("answered", .int(Int(score.answered)))
        json.field("expected", .int(Int(score.expected)))
        if let value = card.sheet.values[index], let kind = framework.nodes[index].indicator?.kind {
            answerValue(&json, "value", value, kind: kind, framework: framework)
        } else {
            json.field("value", .null)
        }
        json.field("derived", .orNull(card.derivedValues[index]))
    }

    /// An answer: `"yes"`/`"no"`, the level id, the number, the ticked option ids, or
    /// `"not-applicable"`.
    static func answerValue(_ json: inout JSONWriter, _ key: String, _ value: AnswerValue, kind: IndicatorKind, framework: Framework) {
        switch value {
        case let .number(number):
            json.field(key, .number(number))
        case let .options(ticked):
            json.field(key, strings: AnswerWording.optionIDs(ticked, kind: kind))
        case .yesNo, .level, .radar, .series, .notApplicable:
            json.field(key, .string(AnswerWording.token(value, kind: kind, framework: framework)))
        }
    }

    /// `agreement`: Krippendorff's α overall and per area with the thresholds that read it, the
    /// consistency figures, each evaluator's calibration, and the widest disagreements.
    static func agreement(_ json: inout JSONWriter, _ comparison: CycleComparison) {
        let framework = comparison.framework
        let agreement = comparison.agreement
        func alpha(_ json: inout JSONWriter, _ value: JuryAgreement.Alpha) {
            json.field("interval", .orNull(value.interval))
            json.field("ordinal", .orNull(value.ordinal))
            json.field("pairableUnits", .int(value.pairableUnits))
        }
        json.field("evaluators", .int(comparison.evaluatorCount))
        json.field("alphaThresholds", inline: true) { json in
            json.field("tentative", .number(JuryAgreement.tentativeAlpha))
            json.field("reliable", .number(JuryAgreement.reliableAlpha))
        }
        json.field("overall", inline: true) { json in alpha(&json, agreement.overall) }
        json.field("areas") { json in
            for (position, area) in framework.areas.enumerated() where position < agreement.areas.count {
                json.field(framework.nodes[area].id, inline: true) { json in alpha(&json, agreement.areas[position]) }
            }
        }
        json.field("consistency") { json in consistency(&json, comparison) }
        json.field("calibration") { json in calibration(&json, comparison) }
        json.field("disagreements", array: false) { json in
            for item in agreement.disagreements {
                json.element(inline: true) { json in
                    json.field("agency", .string(item.agency))
                    json.field("indicator", .string(framework.nodes[item.indicator].id))
                    json.field("spread", .number(item.spread))
                    json.field("scores") { json in
                        for pair in item.scores { json.field(pair.evaluator, .number(pair.score)) }
                    }
                }
            }
        }
    }
}
