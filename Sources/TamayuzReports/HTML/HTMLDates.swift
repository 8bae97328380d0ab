import Foundation
import TamayuzCore

/// A date in the Gregorian and the Hijri (Umm al-Qura) calendars, as the report's cover shows it.
struct HTMLDates {
    /// A Hijri date: year, month (1 = Muharram) and day.
    struct Hijri: Sendable, Hashable {
        var year: Int
        var month: Int
        var day: Int
    }

    /// The Umm al-Qura date of a Gregorian calendar day, reckoned at noon in Riyadh, so the day
    /// does not depend on the machine's time zone.
    static func hijri(_ date: ReportDate) -> Hijri? {
        guard let riyadh = TimeZone(identifier: "Asia/Riyadh") else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = riyadh
        var ummAlQura = Calendar(identifier: .islamicUmmAlQura)
        ummAlQura.timeZone = riyadh
        guard let instant = gregorian.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) else { return nil }
        let parts = ummAlQura.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return Hijri(year: year, month: month, day: day)
    }

    static let hijriMonthsEnglish = [
        "Muharram", "Safar", "Rabi\u{2BF} al-Awwal", "Rabi\u{2BF} al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Sha\u{2BF}ban", "Ramadan", "Shawwal", "Dhu al-Qa\u{2BF}dah", "Dhu al-Hijjah",
    ]
    static let hijriMonthsArabic = [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ]
    static let gregorianMonthsEnglish = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let gregorianMonthsArabic = [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]

    /// "8 December 2013" / "8 ديسمبر 2013م".
    static func gregorianText(_ date: ReportDate, language: Language, numbers: NumberStyle) -> String {
        let months = language == .ar ? gregorianMonthsArabic : gregorianMonthsEnglish
        return "\(numbers.integer(date.day)) \(months[date.month - 1]) \(numbers.integer(date.year))" + (language == .ar ? "م" : "")
    }

    /// "5 Safar 1435 AH" / "5 صفر 1435هـ".
    static func hijriText(_ date: Hijri, language: Language, numbers: NumberStyle) -> String {
        let months = language == .ar ? hijriMonthsArabic : hijriMonthsEnglish
        return "\(numbers.integer(date.day)) \(months[date.month - 1]) \(numbers.integer(date.year))" + (language == .ar ? "هـ" : " AH")
    }
}
