import Testing
@testable import TamayuzReports

/// Numbers in Western or Arabic-Indic digits, and dates in the Umm al-Qura calendar.
@Suite struct NumberStyleTests {
    @Test(arguments: [
        (68.45, 1, "68.5"),
        (68.449_999_999_999_99, 1, "68.5"),
        (2, 2, "2.00"),
        (-0.04, 1, "0.0"),
        (0.0, 0, "0"),
        (99.95, 1, "100.0"),
        (-2.25, 1, "-2.3"),
        (85.55, 1, "85.6"), (100.0, 0, "100"), (-2.05, 1, "-2.1"), (0.125, 2, "0.13"), (7.0, 3, "7.000"),
    ] as [(Double, Int, String)])
    func fixedDecimals(value: Double, places: Int, expected: String) {
        #expect(NumberStyle.plain.fixed(value, places: places) == expected)
        #expect(NumberStyle.machine(value, places: places) == expected)
    }

    @Test func otherNumberForms() {
        let plain = NumberStyle.plain
        #expect(plain.percent(0.685, places: 1) == "68.5%")
        #expect(plain.between(0.5, minimum: 2, maximum: 6) == "0.50")
        #expect(plain.between(0.125, minimum: 2, maximum: 6) == "0.125")
        #expect(plain.between(1, minimum: 2, maximum: 6) == "1.00")
        #expect(plain.shortest(1.0 / 3, places: 6) == "0.333333")
        #expect(plain.shortest(70, places: 6) == "70")
        #expect(plain.shortest(-0.0001, places: 3) == "0")
        #expect(plain.exact(0.1) == "0.1")
        #expect(plain.exact(50) == "50")
        #expect(plain.fixed(.nan, places: 1) == "—")
        #expect(plain.shortest(.nan, places: 1) == "null")
        #expect(NumberStyle.machine(.infinity, places: 1) == "0")
        #expect(plain.signed(7, places: 1) == "+7.0")
        #expect(plain.signed(-2.5, places: 1) == "-2.5")
        #expect(plain.signed(-0.01, places: 1) == "0.0")
    }

    @Test func arabicIndicDigits() {
        let numbers = NumberStyle(digits: .arabicIndic)
        #expect(numbers.fixed(1234.5, places: 1) == "١٢٣٤٫٥")
        #expect(numbers.percent(0.725, places: 1) == "٧٢٫٥٪")
        #expect(numbers.integer(1435) == "١٤٣٥")
        #expect(numbers.shortest(2.5, places: 3) == "٢٫٥")
        #expect(DigitStyle.arabicIndic.convert("67.5%") == "٦٧٫٥%")
        #expect(DigitStyle.arabicIndic.convertingOutsidePlaceholders("من {1} إلى 100.") == "من {1} إلى ١٠٠.")
        let western = NumberStyle(minus: "\u{2212}")
        #expect(western.percent(0.725, places: 1) == "72.5%")
        #expect(western.signed(-3.25, places: 1) == "\u{2212}3.3")
        #expect(western.signed(0.01, places: 1) == "0.0")
        // Right-to-left pages isolate a signed number so its sign stays in front.
        let rightToLeft = NumberStyle(minus: "\u{2212}", isolatesSigned: true)
        #expect(rightToLeft.signed(3.25, places: 1) == "\u{2066}+3.3\u{2069}")
        #expect(rightToLeft.signed(0, places: 1) == "0.0")
    }

    @Test(arguments: [
        (ReportDate(year: 2013, month: 12, day: 8), HTMLDates.Hijri(year: 1435, month: 2, day: 5)),
        (ReportDate(year: 2013, month: 12, day: 9), HTMLDates.Hijri(year: 1435, month: 2, day: 6)),
        (ReportDate(year: 2006, month: 3, day: 27), HTMLDates.Hijri(year: 1427, month: 2, day: 27)),
    ])
    func ummAlQura(_ date: ReportDate, _ expected: HTMLDates.Hijri) {
        #expect(HTMLDates.hijri(date) == expected)
    }

    @Test func dateTexts() throws {
        let date = ReportDate(year: 2013, month: 12, day: 8)
        let hijri = try #require(HTMLDates.hijri(date))
        #expect(HTMLDates.hijriText(hijri, language: .en, numbers: .plain) == "5 Safar 1435 AH")
        #expect(HTMLDates.hijriText(hijri, language: .ar, numbers: NumberStyle(digits: .arabicIndic)) == "٥ صفر ١٤٣٥هـ")
        #expect(HTMLDates.gregorianText(date, language: .en, numbers: .plain) == "8 December 2013")
        #expect(HTMLDates.gregorianText(date, language: .ar, numbers: .plain) == "8 ديسمبر 2013م")
    }

    @Test func coverShowsBothCalendarsOrNoDateAtAll() throws {
        let comparison = try HTMLFixtures.comparison()
        let english = HTMLFixtures.render(comparison)
        #expect(english.contains("<dt>Date</dt><dd><time datetime=\"2013-12-08\">8 December 2013</time> (5 Safar 1435 AH)</dd>"))
        let arabic = HTMLFixtures.render(comparison, language: .ar, indic: true)
        #expect(arabic.contains("<dt>التاريخ</dt><dd>٥ صفر ١٤٣٥هـ الموافق <time datetime=\"2013-12-08\">٨ ديسمبر ٢٠١٣م</time></dd>"))
        let undated = HTMLFixtures.render(comparison, date: nil)
        #expect(!undated.contains("<dt>Date</dt>"))
        #expect(!undated.contains("<time"))
    }
}
