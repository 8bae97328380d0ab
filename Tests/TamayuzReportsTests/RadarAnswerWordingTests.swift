import Testing
import TamayuzCore
import TamayuzFormats
import TamayuzTestSupport
@testable import TamayuzReports

/// RADAR answers and results series as reports word them, and as the assessment format writes
/// them back (read again, the same answer).
@Suite struct RadarAnswerWordingTests {
    static let framework = try! Fixtures.framework(area("A", "",
        indicator("rad", kind: "<radar-enabler/>") + indicator("res", kind: "<radar-results/>")
            + indicator("ser", kind: "<results-series floor=\"50\" target=\"90\"/>")))

    static func kind(_ id: String) -> IndicatorKind {
        framework.nodes.first { $0.id == id }!.indicator!.kind
    }

    /// The overall set by the assessor is written back; a computed one is not.
    @Test(arguments: [
        ("rad", "sound 50, integrated 40, implemented 45, structured 35, measured 30, learning 25, improvement 30, overall 45"),
        ("res", "relevance 70, integrity 80, segmentation 60, trends 75, targets 65, comparisons 55, causality 50"),
        ("ser", "2022 60, 2023 58.5, 2024 66; target 75; comparator 70"),
    ]) func writtenBackAsRead(_ id: String, _ text: String) throws {
        let kind = Self.kind(id)
        let value = try kind.parseAnswer(text, id: id, scales: []).get()
        #expect(AnswerWording.token(value, kind: kind, framework: Self.framework) == text)
        #expect(try kind.parseAnswer(AnswerWording.token(value, kind: kind, framework: Self.framework), id: id, scales: []).get() == value)
    }

    @Test func wordsForPeople() throws {
        let rad = Self.kind("rad")
        let value = try rad.parseAnswer("sound 50, integrated 40, implemented 45, structured 35, measured 30, learning 25, improvement 30", id: "rad", scales: []).get()
        #expect(AnswerWording.text(Self.framework, .en).words(value, kind: rad)
            == "35%, some (sound 50, integrated 40, implemented 45, structured 35, measured 30, learning 25, improvement 30)")
        let strong = try rad.parseAnswer("sound 80, integrated 70, implemented 75, structured 70, measured 70, learning 70, improvement 75, overall 80", id: "rad", scales: []).get()
        #expect(AnswerWording.text(Self.framework, .ar).words(strong, kind: rad)
            == "80%، قوي (sound 80, integrated 70, implemented 75, structured 70, measured 70, learning 70, improvement 75)")
        let ser = Self.kind("ser")
        let series = try ser.parseAnswer("2023 58.5, 2024 66; target 75; comparator 70", id: "ser", scales: []).get()
        #expect(AnswerWording.text(Self.framework, .en).words(series, kind: ser) == "2023 58.5, 2024 66 (target 75, comparator 70)")
        #expect(AnswerWording.text(Self.framework, .ar).words(series, kind: ser) == "2023 58.5, 2024 66 (المستهدف 75، المقارن 70)")
    }
}
