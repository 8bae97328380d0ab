import Testing
import TamayuzCore
import TamayuzTestSupport

/// Each agency's feedback figures against the field, worked by hand.
@Suite struct AgencyFeedbackTests {
    // One area A with one criterion C1 of three percentages.
    static let framework = try! Fixtures.framework("""
        <area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
          <criterion id="C1"><title xml:lang="en">C1</title><title xml:lang="ar">ج١</title>
        """ + (1...3).map { "<indicator id=\"i\($0)\"><title xml:lang=\"en\">i\($0)</title><title xml:lang=\"ar\">i\($0)</title><percentage/></indicator>" }.joined()
        + "</criterion></area>")

    static func index(_ id: String) -> Int { framework.nodeIndex[id]! }

    /// Agencies a–d; area (and total) scores 0.20, 0.40, 0.30, 0.60.
    static func comparison() throws -> CycleComparison {
        let rows: [(String, [Int])] = [("a", [10, 20, 30]), ("b", [20, 40, 60]), ("c", [30, 30, 30]), ("d", [50, 60, 70])]
        let assessments = try rows.map { id, values in
            try Fixtures.assessment(
                values.enumerated().map { "<answer indicator=\"i\($0.offset + 1)\" value=\"\($0.element)\"/>" }.joined(),
                framework: framework, agency: id, file: "\(id).xml")
        }
        let scorer = Scorer(framework: framework)
        let outcome = try Jury(scorer: scorer, options: JuryOptions()).judge(try AgencyAssessments.group(assessments), profile: nil)
        return try Comparison.compare(outcome, scorer: scorer, jury: JuryOptions(), options: ComparisonOptions())
    }

    @Test func quartilesInterpolateBetweenRanks() throws {
        // Sorted .20 .30 .40 .60, n = 4: Q1 at 0.75 → .20 + .75·.10 = .275; median at 1.5 → .35;
        // Q3 at 2.25 → .40 + .25·.20 = .45. Totals on the 100 scale: 27.5, 35, 45.
        let feedback = try Self.comparison().feedback(notes: [:])
        let b = try #require(feedback.first { $0.agency.id == "b" })
        #expect(b.areas[0].field == FieldSpread([0.2, 0.3, 0.4, 0.6]))
        #expect(b.areas[0].field.map { [$0.lowerQuartile, $0.median, $0.upperQuartile] } == [0.275, 0.35, 0.45])
        #expect(b.field.map { [$0.lowerQuartile, $0.median, $0.upperQuartile] } == [27.5, 35, 45])
        #expect(b.areas[0].score == 0.4)
        #expect(b.total == 40)
        #expect(FieldSpread([7]).map { [$0.lowerQuartile, $0.median, $0.upperQuartile] } == [7, 7, 7])
        #expect(FieldSpread([Double]()) == nil)
    }

    @Test func computedRemarksAreTheIndicatorsFurthestFromTheFieldMedian() throws {
        // Indicator medians: i1 (10 20 30 50) 25, i2 (20 30 40 60) 35, i3 (30 30 60 70) 45.
        // b (20 40 60): i1 −0.05, i2 +0.05, i3 +0.15 → strengths i3 then i2, improvement i1.
        let feedback = try Self.comparison().feedback(notes: [:], computedPerCriterion: 2)
        let criterion = try #require(feedback.first { $0.agency.id == "b" }).areas[0].criteria[0]
        #expect(criterion.criterion == Self.index("C1"))
        #expect(criterion.strengths == [
            .computed(indicator: Self.index("i3"), score: 0.6, fieldMedian: 0.45),
            .computed(indicator: Self.index("i2"), score: 0.4, fieldMedian: 0.35),
        ])
        #expect(criterion.improvements == [.computed(indicator: Self.index("i1"), score: 0.2, fieldMedian: 0.25)])
    }

    @Test func writtenRemarksComeFirstAndSilenceTheirWarning() throws {
        // b's assessor marked i3 a strength: written i3, then the one computed strength left (i2);
        // with one computed remark per criterion, only i2. No written improvement: one warning.
        let notes = ["b": FeedbackNotes(comments: [.init(indicator: Self.index("i3"), mark: .strength, text: "Clear service charter")])]
        let b = try #require(try Self.comparison().feedback(notes: notes, computedPerCriterion: 1).first { $0.agency.id == "b" })
        #expect(b.areas[0].criteria[0].strengths == [
            .written(indicator: Self.index("i3"), text: "Clear service charter"),
            .computed(indicator: Self.index("i2"), score: 0.4, fieldMedian: 0.35),
        ])
        #expect(b.warnings.map(\.criterion) == [Self.index("C1")])
        #expect(b.warnings.map(\.missing) == [.improvement])
        // a has nothing written: both are warned.
        let a = try #require(try Self.comparison().feedback(notes: notes).first { $0.agency.id == "a" })
        #expect(a.warnings.map(\.missing) == [.strength, .improvement])
    }
}
