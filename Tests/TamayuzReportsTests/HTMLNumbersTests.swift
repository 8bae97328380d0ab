import Testing
@testable import TamayuzReports

/// Numbers in Western or Arabic-Indic digits, and dates in the Umm al-Qura calendar.
@Suite struct HTMLNumbersTests {
    @Test(arguments: [
        (85.55, 1, "85.6"), (0.0, 1, "0.0"), (100.0, 0, "100"), (-2.05, 1, "-2.1"), (0.125, 2, "0.13"), (7.0, 3, "7.000"), (-0.04, 1, "0.0"),
    ])
    func plain(_ value: Double, _ places: Int, _ expected: String) {
        #expect(HTMLNumbers.plain(value, places: places) == expected)
    }

    @Test func arabicIndicDigits() {
        let numbers = HTMLNumbers(arabicIndic: true)
        #expect(numbers.fixed(1234.5, places: 1) == "١٢٣٤٫٥")
        #expect(numbers.percent(0.725) == "٧٢٫٥٪")
        #expect(numbers.integer(1435) == "١٤٣٥")
        #expect(numbers.templateDigits("من {1} إلى 100") == "من {1} إلى ١٠٠")
        let western = HTMLNumbers(arabicIndic: false)
        #expect(western.percent(0.725) == "72.5%")
        #expect(western.signed(-3.25, places: 1) == "\u{2212}3.3")
        #expect(western.signed(0.01, places: 1) == "0.0")
        // Right-to-left pages isolate a signed number so its sign stays in front.
        let rightToLeft = HTMLNumbers(arabicIndic: false, rightToLeft: true)
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
        #expect(HTMLDates.hijriText(hijri, arabic: false, numbers: HTMLNumbers(arabicIndic: false)) == "5 Safar 1435 AH")
        #expect(HTMLDates.hijriText(hijri, arabic: true, numbers: HTMLNumbers(arabicIndic: true)) == "٥ صفر ١٤٣٥هـ")
        #expect(HTMLDates.gregorianText(date, arabic: false, numbers: HTMLNumbers(arabicIndic: false)) == "8 December 2013")
        #expect(HTMLDates.gregorianText(date, arabic: true, numbers: HTMLNumbers(arabicIndic: false)) == "8 ديسمبر 2013م")
    }

    @Test func coverShowsBothCalendarsOrNoDateAtAll() throws {
        let comparison = try HTMLFixtures.comparison()
        let english = HTMLFixtures.render(comparison)
        #expect(english.contains("<dt>Date</dt><dd><time datetime=\"2013-12-08\">8 December 2013</time> (5 Safar 1435 AH)</dd>"))
        let arabic = HTMLFixtures.render(comparison, language: "ar", indic: true)
        #expect(arabic.contains("<dt>التاريخ</dt><dd>٥ صفر ١٤٣٥هـ الموافق <time datetime=\"2013-12-08\">٨ ديسمبر ٢٠١٣م</time></dd>"))
        let undated = HTMLFixtures.render(comparison, date: nil)
        #expect(!undated.contains("<dt>Date</dt>"))
        #expect(!undated.contains("<time"))
    }
}
