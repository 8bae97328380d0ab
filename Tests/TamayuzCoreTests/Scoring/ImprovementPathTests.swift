import Testing
import TamayuzCore
import TamayuzTestSupport

/// The improvement plan as a path, worked by hand: dominated changes dropped, an indicator's
/// levels in order, running totals that add up to the full re-score, and the bands reached.
@Suite struct ImprovementPathTests {
    static let criteria = """
        <scales><scale id="wcag"><title xml:lang="en">WCAG</title><title xml:lang="ar">WCAG</title>
          <level id="a" score="0.4"><label xml:lang="en">Level A</label><label xml:lang="ar">A</label></level>
          <level id="aa" score="0.5"><label xml:lang="en">Level AA</label><label xml:lang="ar">AA</label></level>
          <level id="aaa" score="1"><label xml:lang="en">Level AAA</label><label xml:lang="ar">AAA</label></level>
        </scale></scales>
        <area id="A" weight="1"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>
          <indicator id="award"><title xml:lang="en">Awards</title><title xml:lang="ar">الجوائز</title>
            <checklist cap="2">
              <option id="national" points="2"><label xml:lang="en">national</label><label xml:lang="ar">وطنية</label></option>
              <option id="regional" points="1"><label xml:lang="en">regional</label><label xml:lang="ar">إقليمية</label></option>
              <option id="local" points="1"><label xml:lang="en">local</label><label xml:lang="ar">محلية</label></option>
            </checklist></indicator>
          <indicator id="wcag"><title xml:lang="en">WCAG</title><title xml:lang="ar">WCAG</title><ordinal scale="wcag"/></indicator>
        </area>
        <area id="B" weight="1"><title xml:lang="en">B</title><title xml:lang="ar">ب</title>
          \(Fixtures.yesNo("open"))
        </area>
        <bands>
          <band id="high" min="80"><label xml:lang="en">High</label><label xml:lang="ar">عال</label></band>
          <band id="mid" min="50"><label xml:lang="en">Mid</label><label xml:lang="ar">متوسط</label></band>
          <band id="low" min="0"><label xml:lang="en">Low</label><label xml:lang="ar">منخفض</label></band>
        </bands>
        """

    // award: local only, 1 of the cap 2 → 0.5; wcag A → 0.4; A = 0.45; open no → B = 0.
    // Total (0.45 + 0) / 2 = 22.5, band Low.
    static let answers = """
        <answer indicator="award" value="local"/><answer indicator="wcag" value="a"/><answer indicator="open" value="no"/>
        """

    static func plan() throws -> (Framework, ScoreCard, ImprovementPlan) {
        let framework = try Fixtures.framework(criteria)
        let card = try Fixtures.score(framework, answers)
        return (framework, card, try Scorer(framework: framework).improvementPlan(for: card, profile: nil))
    }

    @Test func candidatesAreEachChangeAlone() throws {
        let (framework, card, plan) = try Self.plan()
        #expect(card.total == 22.5)
        // award + national: 1 → A 0.7 → 35 (+12.5, effort 1); + national and regional: capped,
        // the same 35 (+12.5, effort 2); wcag AA: A 0.5 → 25 (+2.5, effort 1); AAA: A 0.75 →
        // 37.5 (+15, effort 2); open yes: 72.5 (+50, effort 1).
        let candidates = plan.candidates.map { "\(framework.nodes[$0.indicator].id) \($0.gain) \($0.effort)" }
        #expect(candidates == ["award 12.5 1", "award 12.5 2", "wcag 2.5 1", "wcag 15.0 2", "open 50.0 1"])
    }

    @Test func dominatedChecklistStepIsDropped() throws {
        let (framework, _, plan) = try Self.plan()
        let award = plan.steps.filter { framework.nodes[$0.indicator].id == "award" }
        #expect(award.count == 1)
        #expect(award.first?.change == .nextLevel(.options([0, 2])))
    }

    @Test func levelAAComesBeforeLevelAAA() throws {
        // AAA gains more per effort alone (7.5 against 2.5), yet the path raises A → AA → AAA.
        let (framework, _, plan) = try Self.plan()
        let ids = plan.steps.map { framework.nodes[$0.indicator].id }
        #expect(ids == ["open", "award", "wcag", "wcag"])
        let wcag = framework.nodeIndex["wcag"]!
        #expect(plan.steps[2].change == .nextLevel(.level(1)) && plan.steps[2].valueBefore == .level(0))
        #expect(plan.steps[3].change == .bestValue(.level(2)) && plan.steps[3].valueBefore == .level(1))
        #expect(plan.steps[3].indicator == wcag && plan.steps[3].effort == 1)
    }

    @Test func runningTotalsAddUpToTheFullRescore() throws {
        let (framework, card, plan) = try Self.plan()
        // open: (0.45 + 1) / 2 = 72.5; national: A (1 + 0.4) / 2 = 0.7 → 85; AA: A 0.75 → 87.5;
        // AAA: A 1 → 100.
        #expect(plan.steps.map(\.newTotal) == [72.5, 85, 87.5, 100])
        #expect(plan.steps.map(\.gain) == [50, 12.5, 2.5, 12.5])
        #expect(plan.startTotal + plan.steps.map(\.gain).reduce(0, +) == plan.steps.last?.newTotal)
        var sheet = card.sheet
        for step in plan.steps {
            switch step.change {
            case .supplyEvidence: sheet.evidence[step.indicator] = true
            case let .answer(value), let .nextLevel(value), let .bestValue(value): sheet.values[step.indicator] = value
            }
        }
        let full = try Scorer(framework: framework).score(sheet: sheet, agency: card.agency, assessors: card.assessors, profile: nil, sources: card.sources)
        #expect(full.total == plan.steps.last?.newTotal)
    }

    @Test func stepsThatReachABandSaySo() throws {
        let (framework, _, plan) = try Self.plan()
        #expect(plan.startBand == framework.bands.firstIndex { $0.id == "low" })
        #expect(plan.steps.map { $0.reachesBand.map { framework.bands[$0].id } } == ["mid", "high", nil, nil])
        #expect(plan.bandsReached.map { "\(framework.bands[$0.band].id) \($0.steps)" } == ["mid 1", "high 2"])
    }
}
