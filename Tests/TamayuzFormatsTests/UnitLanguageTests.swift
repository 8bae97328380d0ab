import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport

/// A number's unit in each language: the `unit` attribute as every language's fallback, and
/// `<unit xml:lang="…">` children beside it.
@Suite struct UnitLanguageTests {
    static func indicator(_ number: String) -> String {
        #"<area id="A"><title xml:lang="en">A</title><title xml:lang="ar">أ</title>"#
            + #"<indicator id="h"><title xml:lang="en">h</title><title xml:lang="ar">ح</title>"#
            + number + "</indicator></area>"
    }

    static func unit(_ framework: Framework) -> LocalizedText? {
        guard case let .number(_, _, unit)? = framework.nodes[framework.nodeIndex["h"]!].indicator?.kind else { return nil }
        return unit
    }

    @Test func arabicChildBesideTheAttribute() throws {
        let framework = try Fixtures.framework(Self.indicator(
            #"<number unit="hours"><unit xml:lang="ar">ساعات</unit><ramp floor="4" target="72"/></number>"#))
        let unit = try #require(Self.unit(framework))
        #expect(unit.text(.ar) == "ساعات")
        #expect(unit.text(.en) == "hours")
    }

    @Test func attributeAloneServesEveryLanguage() throws {
        let framework = try Fixtures.framework(Self.indicator(#"<number unit="hours"><ramp floor="4" target="72"/></number>"#))
        #expect(Self.unit(framework)?.text(.ar) == "hours")
        let none = try Fixtures.framework(Self.indicator(#"<number><ramp floor="4" target="72"/></number>"#))
        #expect(Self.unit(none) == nil)
    }

    @Test func languageGivenTwiceIsAnError() {
        let errors = Fixtures.criteriaErrors(Self.indicator(
            #"<number><unit xml:lang="ar">ساعات</unit><unit xml:lang="ar">س</unit><ramp floor="4" target="72"/></number>"#))
        #expect(errors.map(\.message) == ["<unit> is given twice in language 'ar'"])
    }

    @Test func shippedCriteriaGiveEveryWordUnitInArabic() throws {
        for name in ["quality-track", "e-services-track", "gis-track"] {
            let (framework, _) = try CriteriaLoader.load(fileAtPath: Repository.path("criteria/\(name).xml"))
            for index in framework.indicators {
                switch framework.nodes[index].indicator?.kind {
                case let .number(_, _, unit?), let .derived(_, _, unit?):
                    guard unit.text(.en) != "%" else { continue }
                    #expect(unit.exactly(.ar) != nil, "\(name): \(framework.nodes[index].id) has no Arabic unit")
                default:
                    continue
                }
            }
        }
    }
}
