/// The words of the report's summary and navigation, in both languages. Kept
/// apart from ``HTMLPhrase`` (same placeholders: `{1}`, `{2}`, … already formatted).
enum HTMLSummaryPhrase: Phrase {
    case summary, podium, leadBy, leadShared, shareFirst, rankRangeOf
    case bandsAtGlance, flagsLine, flagsNone, exclusionsLine, noExclusions, unrankedLine
    case columnRankRange, rankRangeSpoken, rankRangeNote, expandAll, collapseAll, agencyDetails, backToLeaderboard

    var english: String {
        switch self {
        case .summary: "Summary"
        case .podium: "The first places"
        case .leadBy: "Ahead of the next place by {1} points."
        case .leadShared: "The first place is shared."
        case .shareFirst: "First in {1} of the weight draws."
        case .rankRangeOf: "Rank {1} in 90% of the weight draws."
        case .bandsAtGlance: "Agencies by band"
        case .flagsLine: "Flags for the jury: {1}, on {2} agencies:"
        case .flagsNone: "No flag for the jury."
        case .exclusionsLine: "Evaluations set aside for conflict of interest: {1}"
        case .noExclusions: "No evaluation set aside."
        case .unrankedLine: "Agencies not ranked: {1}"
        case .columnRankRange: "Rank range"
        case .rankRangeSpoken: "ranks {1} to {2} in 90% of the weight draws"
        case .rankRangeNote: "Rank range: the ranks each agency held in the middle 90% of the weight draws (see Rank robustness)."
        case .expandAll: "Open every agency page"
        case .collapseAll: "Close every agency page"
        case .agencyDetails: "Details: areas, score tree, rules, evidence, plan and evaluators"
        case .backToLeaderboard: "Back to the leaderboard"
        }
    }

    var arabic: String {
        switch self {
        case .summary: "الملخص"
        case .podium: "المراتب الأولى"
        case .leadBy: "متقدّمة على المرتبة التالية بفارق {1} نقطة."
        case .leadShared: "المرتبة الأولى مشتركة."
        case .shareFirst: "الأولى في {1} من سحوبات الأوزان."
        case .rankRangeOf: "المرتبة {1} في 90٪ من سحوبات الأوزان."
        case .bandsAtGlance: "الجهات حسب الفئة"
        case .flagsLine: "تنبيهات للجنة التحكيم: {1}، على {2} من الجهات:"
        case .flagsNone: "لا تنبيه للجنة التحكيم."
        case .exclusionsLine: "التقييمات المستبعدة لتعارض المصالح: {1}"
        case .noExclusions: "لم يُستبعد أي تقييم."
        case .unrankedLine: "الجهات غير المرتّبة: {1}"
        case .columnRankRange: "مدى المرتبة"
        case .rankRangeSpoken: "المراتب من {1} إلى {2} في 90٪ من سحوبات الأوزان"
        case .rankRangeNote: "مدى المرتبة: المراتب التي نالتها كل جهة في الـ 90٪ الوسطى من سحوبات الأوزان (انظر متانة الترتيب)."
        case .expandAll: "فتح صفحات الجهات كلها"
        case .collapseAll: "طيّ صفحات الجهات كلها"
        case .agencyDetails: "التفاصيل: المحاور وشجرة الدرجات والقواعد والأدلة والخطة والمقيّمون"
        case .backToLeaderboard: "العودة إلى لوحة الترتيب"
        }
    }
}

extension HTMLContext {
    /// A summary phrase, placeholders filled with `arguments` (already formatted).
    func s(_ key: HTMLSummaryPhrase, _ arguments: String...) -> String {
        phrases.text(key, arguments: arguments)
    }
}
