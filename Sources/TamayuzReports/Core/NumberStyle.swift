import Foundation
import TamayuzCore

/// How the report writes numbers: a fixed number of decimals, rounded as the engine rounds
/// (``Precision``), in Western digits or, when asked, Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩ with the
/// Arabic decimal separator ٫ and percent sign ٪).
///
/// Formatting is done here rather than by a locale, so the same number is written the same way
/// on every machine.
struct HTMLNumbers: Sendable {
    var arabicIndic: Bool
    /// Whether the page is right-to-left: signed numbers are then isolated left-to-right, so
    /// "+3.5" does not read "3.5+".
    var rightToLeft = false

    /// `value` with `places` decimals, in the report's digits.
    func fixed(_ value: Double, places: Int) -> String {
        digits(Self.plain(value, places: places))
    }

    func integer(_ value: Int) -> String {
        digits(String(value))
    }

    /// A fraction in [0, 1] as a percentage with `places` decimals (0.725 → "72.5%").
    func percent(_ fraction: Double, places: Int = 1) -> String {
        fixed(fraction * 100, places: places) + (arabicIndic ? "٪" : "%")
    }

    /// A signed difference with `places` decimals: "+3.5", "−2.0", "0.0".
    func signed(_ value: Double, places: Int) -> String {
        let rounded = Precision.round(value, places: places)
        let text = rounded > 0 ? "+" + fixed(rounded, places: places)
            : rounded < 0 ? "\u{2212}" + fixed(-rounded, places: places)
            : fixed(0, places: places)
        return rightToLeft && rounded != 0 ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// Western digits replaced by Arabic-Indic ones (and `.` by `٫`) when asked.
    func digits(_ text: String) -> String {
        guard arabicIndic else { return text }
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                output.unicodeScalars.append(Unicode.Scalar(0x0660 + scalar.value - 0x30)!)
            } else if scalar == "." {
                output.unicodeScalars.append("\u{066B}")
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A string of the report's own with its digits in the report's digits, placeholders
    /// (`{1}`) left alone.
    func templateDigits(_ template: String) -> String {
        guard arabicIndic else { return template }
        var output = ""
        var inPlaceholder = false
        for scalar in template.unicodeScalars {
            if scalar == "{" { inPlaceholder = true } else if scalar == "}" { inPlaceholder = false }
            if !inPlaceholder, ("0"..."9").contains(scalar) {
                output.unicodeScalars.append(Unicode.Scalar(0x0660 + scalar.value - 0x30)!)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `value` rounded half away from zero to `places` decimals, in Western digits with a
    /// point: what sort keys and SVG coordinates use.
    static func plain(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        let places = max(0, min(places, 9))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (Precision.round(value, places: places) * scale).rounded()
        guard scaled.magnitude < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let negative = units < 0
        let magnitude = units.magnitude
        let divisor = UInt64(scale)
        var text = String(magnitude / divisor)
        if places > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return negative && magnitude != 0 ? "-" + text : text
    }
}

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
    static func gregorianText(_ date: ReportDate, arabic: Bool, numbers: HTMLNumbers) -> String {
        let months = arabic ? gregorianMonthsArabic : gregorianMonthsEnglish
        return "\(numbers.integer(date.day)) \(months[date.month - 1]) \(numbers.integer(date.year))" + (arabic ? "م" : "")
    }

    /// "5 Safar 1435 AH" / "5 صفر 1435هـ".
    static func hijriText(_ date: Hijri, arabic: Bool, numbers: HTMLNumbers) -> String {
        let months = arabic ? hijriMonthsArabic : hijriMonthsEnglish
        return "\(numbers.integer(date.day)) \(months[date.month - 1]) \(numbers.integer(date.year))" + (arabic ? "هـ" : " AH")
    }
}
