import Testing
import TamayuzReports

@Suite struct LocalizationTests {
    /// The placeholders `{n}` of a phrase.
    static func placeholders(_ phrase: String) -> Set<String> {
        Set(phrase.matches(of: /\{[0-9]+\}/).map { String($0.output) })
    }

    @Test(arguments: ReportStrings.Key.allCases)
    func everyPhraseHasBothLanguagesWithTheSamePlaceholders(key: ReportStrings.Key) {
        let english = ReportStrings.text(key, "en")
        let arabic = ReportStrings.text(key, "ar")
        #expect(!english.isEmpty)
        #expect(!arabic.isEmpty)
        #expect(Self.placeholders(english) == Self.placeholders(arabic))
        // Any other language reads English.
        #expect(ReportStrings.text(key, "fr") == english)
    }

    @Test func placeholdersAreFilledOnceInOrder() {
        #expect(ReportStrings.text(.remainingTie, "en", "A2, A4", "3") == "A2, A4 share rank 3 after every tie-break rule")
        // An argument that itself looks like a placeholder stays as it is.
        #expect(ReportStrings.text(.explainRule, "en", "{2}", "cap 0.50", "UC", "0.7", "0.5") == "rule {2} (cap 0.50) on UC: 0.7 → 0.5")
    }

    @Test(arguments: [
        (68.45, 1, "68.5"),
        (68.449_999_999_999_99, 1, "68.5"),
        (2, 2, "2.00"),
        (-0.04, 1, "0.0"),
        (0.0, 0, "0"),
        (99.95, 1, "100.0"),
        (-2.25, 1, "-2.3"),
    ] as [(Double, Int, String)])
    func fixedDecimals(value: Double, places: Int, expected: String) {
        #expect(ReportNumber.fixed(value, places: places) == expected)
    }

    @Test func otherNumberForms() {
        #expect(ReportNumber.percent(0.685, places: 1) == "68.5%")
        #expect(ReportNumber.between(0.5, minimum: 2, maximum: 6) == "0.50")
        #expect(ReportNumber.between(0.125, minimum: 2, maximum: 6) == "0.125")
        #expect(ReportNumber.between(1, minimum: 2, maximum: 6) == "1.00")
        #expect(ReportNumber.fixed(.nan, places: 1) == "—")
        #expect(ReportNumber.arabicIndic("67.5%") == "٦٧٫٥%")
    }
}
