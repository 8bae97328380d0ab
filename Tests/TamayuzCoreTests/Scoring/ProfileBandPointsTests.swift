import Testing
import TamayuzCore
import TamayuzTestSupport

@Suite struct ProfileBandPointsTests {
    static let criteria = """
        <area id="local" weight="1"><title xml:lang="en">Local services</title><title xml:lang="ar">الخدمات المحلية</title>\(Fixtures.yesNo("L1"))</area>
        <area id="policy" weight="1"><title xml:lang="en">Policy</title><title xml:lang="ar">السياسات</title>\(Fixtures.yesNo("P1"))</area>
        <area id="open" weight="2"><title xml:lang="en">Open data</title><title xml:lang="ar">البيانات المفتوحة</title>\(Fixtures.yesNo("O1"))</area>
        <profiles>
          <profile id="municipality" agency-kinds="municipality"><title xml:lang="en">Municipality</title><title xml:lang="ar">أمانة</title>
            <weight node="local" weight="3"/></profile>
          <profile id="ministry" agency-kinds="ministry"><title xml:lang="en">Ministry</title><title xml:lang="ar">وزارة</title>
            <exclude node="local"/></profile>
        </profiles>
        <bands>
          <band id="advanced" min="70"><label xml:lang="en">Advanced</label><label xml:lang="ar">متقدم</label></band>
          <band id="available" min="40"><label xml:lang="en">Available</label><label xml:lang="ar">متاح</label></band>
          <band id="beginning" min="0"><label xml:lang="en">Beginning</label><label xml:lang="ar">مبتدئ</label></band>
        </bands>
        """
    static let answers = #"<answer indicator="L1" value="yes"/><answer indicator="P1" value="no"/><answer indicator="O1" value="yes"/>"#

    @Test func withoutProfile() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, Self.answers)
        // (1×1 + 1×0 + 2×1) / 4 = 0.75 → 75, band advanced (≥ 70)
        #expect(card.total == 75)
        #expect(framework.bands[card.band!].id == "advanced")
        #expect(card.profileID == nil)
    }

    @Test func municipalityProfileReweightsByAgencyKind() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, Self.answers, kind: "municipality")
        // local weight 3: (3×1 + 1×0 + 2×1) / 6 = 5/6 = 83.33 → 83.3
        #expect(card.profileID == "municipality")
        #expect(close(card.total, 500.0 / 6.0))
        #expect(card.displayTotal == 83.3)
    }

    @Test func ministryProfileExcludesAnArea() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, Self.answers, kind: "ministry")
        // local excluded: (1×0 + 2×1) / 3 = 66.67 → 66.7, band available (40–70)
        #expect(card.status("local", in: framework) == .excluded)
        #expect(card.status("L1", in: framework) == .excluded)
        #expect(card.displayTotal == 66.7)
        #expect(framework.bands[card.band!].id == "available")
    }

    @Test func requestedProfileOverridesTheKind() throws {
        let framework = try Fixtures.framework(Self.criteria)
        let card = try Fixtures.score(framework, Self.answers, profile: "ministry", kind: "municipality")
        #expect(card.profileID == "ministry")
    }

    @Test(arguments: [(70.0, "advanced"), (69.95, "advanced"), (69.94, "available"), (0.0, "beginning")])
    func bandsUseTheDisplayedTotal(total: Double, band: String) throws {
        // 69.95 shows as 70.0 at precision 1, so it is Advanced: what looks equal ranks equal
        let framework = try Fixtures.framework(Self.criteria)
        #expect(framework.band(for: framework.rounded(total))?.id == band)
    }

    @Test func pointsFrameworkTotalsOnItsScale() throws {
        let framework = try Fixtures.framework("""
            <area id="lead" points="400"><title xml:lang="en">Leadership</title><title xml:lang="ar">القيادة</title>
              <indicator id="L1" points="250"><title xml:lang="en">L1</title><title xml:lang="ar">L1</title><percentage/></indicator>
              <indicator id="L2" points="150"><title xml:lang="en">L2</title><title xml:lang="ar">L2</title><yes-no/></indicator>
            </area>
            <area id="results" points="600"><title xml:lang="en">Results</title><title xml:lang="ar">النتائج</title>
              <indicator id="R1" points="600"><title xml:lang="en">R1</title><title xml:lang="ar">R1</title><percentage/></indicator>
            </area>
            """, attributes: #"weighting="points" scale-max="1000" precision="0""#)
        let card = try Fixtures.score(framework, #"<answer indicator="L1" value="50"/><answer indicator="L2" value="yes"/><answer indicator="R1" value="70"/>"#)
        // 250 × 0.5 + 150 × 1 + 600 × 0.7 = 125 + 150 + 420 = 695 points
        #expect(close(card.total, 695))
        #expect(card.displayTotal == 695)
    }
}
