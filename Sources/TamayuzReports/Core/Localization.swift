import TamayuzCore

/// The report's own words (column headers, labels, explanation phrases) in English and Arabic.
///
/// Criteria texts (titles, band labels, rule messages) come from the criteria file in the
/// language asked for; these are the words the tool itself adds. A phrase may hold numbered
/// placeholders `{1}`, `{2}`, … that ``text(_:_:_:)`` fills in. Any language other than `ar`
/// gets English.
///
/// To add a phrase: add a case to ``Key`` and its line to the table below (the switch makes the
/// compiler insist on both languages).
public enum ReportStrings {
    /// Every phrase the reports use.
    public enum Key: String, Sendable, CaseIterable {
        // Column headers and labels.
        case rank, agency, name, kind, total, band, change, eligible, completeness, rankRange
        case assessor, profile, areas, area, points, basis
        case selfAssessment, selfAssessmentTitle, evaluator, jury
        case newAgency, ineligible, notApplicable, excludedStatus, missingStatus, none, yes, no
        // Notes under the ranking table.
        case remainingTie, tieBroken, partlyAnswered, exclusion, agreement, agreementOverall, agreementLine
        case agreementUndefined, disagreements, disagreementLine, robustnessNote, flagLine
        // Sections of a score block and of the self-assessment.
        case missingEvidence, unanswered, rulesFired, flags, ineligibility
        case improvementPlan, quickWin, planGain, noPlan, evidenceAsked, evidenceAskedNothing
        case selfVsEvaluators, selfScore, evaluatorsMean, difference, evaluatorsCounted
        case effectZero, effectCap
        // Improvement steps.
        case changeSupplyEvidence, changeAnswer, changeRaise, changeLower, changeTick, bestNote
        // The --explain trace.
        case explainHeader, explainProfile, explainAnswer, explainConsensus, explainDerived, explainDerivedMissing
        case explainUnanswered, explainUnansweredLeftOut, explainNotApplicableAnswered
        case explainNotApplicableCondition, explainNotApplicableParent, explainNotApplicableEmpty
        case explainExcluded, explainEvidenceZero, explainEvidenceCap, explainEvidenceJury
        case explainJury, explainNormalised, explainWeighted, explainMean, explainAreaPoints
        case explainRule, explainRuleNote, explainTotal, explainBand
    }

    /// The phrase in `language` (`ar`, else English).
    public static func text(_ key: Key, _ language: String) -> String {
        let entry = table(key)
        return language == "ar" ? entry.ar : entry.en
    }

    /// The phrase in `language`, placeholders `{1}`, `{2}`, … filled with `arguments` in order.
    public static func text(_ key: Key, _ language: String, _ arguments: String...) -> String {
        text(key, language, arguments: arguments)
    }

    /// The phrase in `language` with its placeholders filled from `arguments`.
    public static func text(_ key: Key, _ language: String, arguments: [String]) -> String {
        let entry = table(key)
        return fill(language == "ar" ? entry.ar : entry.en, arguments)
    }

    /// Replaces `{n}` by `arguments[n - 1]` in one pass, so an argument that itself contains
    /// `{1}` (a name from an input, say) is left as it is.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let number = Int(rest[afterOpen..<close]),
               number >= 1, number <= arguments.count {
                result += arguments[number - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The table: one line per key, English then Arabic.
    static func table(_ key: Key) -> (en: String, ar: String) {
        switch key {
        case .rank: ("Rank", "الترتيب")
        case .agency: ("Agency", "الجهة")
        case .name: ("Name", "الاسم")
        case .kind: ("Kind", "النوع")
        case .total: ("Total", "المجموع")
        case .band: ("Band", "المستوى")
        case .change: ("Change", "التغيّر")
        case .eligible: ("Eligible", "الأهلية")
        case .completeness: ("Complete", "الاكتمال")
        case .rankRange: ("Rank 5–95%", "نطاق الترتيب")
        case .assessor: ("Assessor", "المقيِّم")
        case .profile: ("Profile", "الملف")
        case .areas: ("Areas", "المحاور")
        case .area: ("Area", "المحور")
        case .points: ("points", "نقطة")
        case .basis: ("Basis", "الأساس")
        case .selfAssessment: ("self-assessment", "تقييم ذاتي")
        case .selfAssessmentTitle: ("Self-assessment", "التقييم الذاتي")
        case .evaluator: ("evaluator {1}", "المقيِّم {1}")
        case .jury: ("jury of {1}", "لجنة من {1}")
        case .newAgency: ("new", "جديدة")
        case .ineligible: ("ineligible: {1}", "غير مؤهلة: {1}")
        case .notApplicable: ("not applicable", "لا ينطبق")
        case .excludedStatus: ("excluded", "مستبعد")
        case .missingStatus: ("left out (unanswered)", "مستبعد (دون إجابة)")
        case .none: ("none", "لا يوجد")
        case .yes: ("yes", "نعم")
        case .no: ("no", "لا")
        case .remainingTie:
            ("{1} share rank {2} after every tie-break rule", "{1} تتشارك المرتبة {2} بعد تطبيق كل قواعد كسر التعادل")
        case .partlyAnswered:
            ("partly answered: {1}: some evaluators left {2} blank; combined from those who answered",
             "إجابات جزئية: {1}: ترك بعض المقيِّمين {2} دون إجابة؛ جُمعت من إجابات الآخرين")
        case .tieBroken:
            ("tie-break: {1} is ranked {2}; its tie on the total was decided by the score in '{3}'",
             "كسر التعادل: {1} في المرتبة {2}؛ حُسم تعادله في المجموع بالدرجة في «{3}»")
        case .exclusion:
            ("excluded: evaluator {1} from agency {2} (conflict of interest: affiliated), {3}",
             "استُبعد المقيِّم {1} من تقييم الجهة {2} (تعارض مصالح: انتماء للجهة)، {3}")
        case .agreement: ("Agreement between evaluators (Krippendorff's α)", "اتفاق المقيِّمين (ألفا كريبندورف)")
        case .agreementOverall: ("overall", "الإجمالي")
        case .agreementLine:
            ("{1}: interval {2}, ordinal {3} ({4} units)", "{1}: فتري {2}، ترتيبي {3} ({4} وحدة)")
        case .agreementUndefined: ("—", "—")
        case .disagreements: ("Widest disagreements", "أكبر الاختلافات")
        case .disagreementLine: ("{1} {2}: spread {3} ({4})", "{1} {2}: الفارق {3} ({4})")
        case .robustnessNote:
            ("Rank 5–95%: the ranks an agency held in 90% of {1} weight draws (±{2}%)",
             "نطاق الترتيب: المراتب التي نالتها الجهة في ٩٠٪ من {1} سحبة للأوزان (±{2}٪)")
        case .flagLine: ("flag: {1}: {2} ({3})", "تنبيه: {1}: {2} ({3})")
        case .missingEvidence: ("Missing evidence", "أدلة ناقصة")
        case .unanswered: ("Unanswered", "دون إجابة")
        case .rulesFired: ("Rules fired", "القواعد المطبّقة")
        case .flags: ("Flags", "تنبيهات للجنة")
        case .ineligibility: ("Ineligible", "عدم الأهلية")
        case .improvementPlan: ("Improvement plan", "خطة التحسين")
        case .quickWin: ("quick win", "مكسب سريع")
        case .planGain: ("+{1} points → {2}", "+{1} نقطة ← {2}")
        case .noPlan: ("No single change would raise the total.", "لا يوجد تغيير منفرد يرفع المجموع.")
        case .evidenceAsked: ("asked: {1}", "المطلوب: {1}")
        case .evidenceAskedNothing: ("asked: evidence (not described)", "المطلوب: دليل (غير موصوف)")
        case .selfVsEvaluators: ("Self-score against the evaluators", "التقييم الذاتي مقابل المقيِّمين")
        case .selfScore: ("Self", "ذاتي")
        case .evaluatorsMean: ("Evaluators' mean", "متوسط المقيِّمين")
        case .difference: ("Difference", "الفرق")
        case .evaluatorsCounted: ("evaluators: {1}", "المقيِّمون: {1}")
        case .effectZero: ("scores 0 without it", "يُحتسب 0 دونه")
        case .effectCap: ("capped at {1} without it", "بحد أقصى {1} دونه")
        case .changeSupplyEvidence: ("supply the required evidence", "قدّم الدليل المطلوب")
        case .changeAnswer: ("answer it: {1}", "أجب عنه: {1}")
        case .changeRaise: ("raise from {1} to {2}", "ارفع من {1} إلى {2}")
        case .changeLower: ("lower from {1} to {2}", "اخفض من {1} إلى {2}")
        case .changeTick: ("also tick {1}", "أضف الخيار {1}")
        case .bestNote: ("(the best it allows)", "(أفضل قيمة ممكنة)")
        case .explainHeader: ("{1}  {2}: total {3} / {4}", "{1}  {2}: المجموع {3} / {4}")
        case .explainProfile: ("profile {1}", "الملف {1}")
        case .explainAnswer: ("answer: {1}", "الإجابة: {1}")
        case .explainConsensus: ("evaluators' consensus answer: {1}", "الإجابة الغالبة لدى المقيِّمين: {1}")
        case .explainDerived: ("value = {1} = {2}", "القيمة = {1} = {2}")
        case .explainDerivedMissing: ("value = {1} cannot be computed (an input is unanswered)", "القيمة = {1} لا تُحسب (أحد المدخلات دون إجابة)")
        case .explainUnanswered: ("unanswered → scored 0", "دون إجابة ← تُحتسب 0")
        case .explainUnansweredLeftOut: ("unanswered → left out (missing answers are excluded)", "دون إجابة ← مستبعد (الإجابات الناقصة تُستبعد)")
        case .explainNotApplicableAnswered: ("not applicable (answered so)", "لا ينطبق (بحسب الإجابة)")
        case .explainNotApplicableCondition: ("not applicable: applicable-when {1} is false", "لا ينطبق: شرط الانطباق {1} غير متحقق")
        case .explainNotApplicableParent: ("not applicable (its parent does not count)", "لا ينطبق (أصله غير محتسب)")
        case .explainNotApplicableEmpty: ("not applicable (nothing below it counts)", "لا ينطبق (لا شيء تحته محتسب)")
        case .explainExcluded: ("excluded by profile {1}", "مستبعد بالملف {1}")
        case .explainEvidenceZero: ("missing required evidence → 0", "دليل مطلوب ناقص ← 0")
        case .explainEvidenceCap: ("missing required evidence → capped at {1}", "دليل مطلوب ناقص ← بحد أقصى {1}")
        case .explainEvidenceJury: ("missing required evidence (already counted in the score)", "دليل مطلوب ناقص (محتسب في الدرجة)")
        case .explainJury: ("jury {1} of the evaluators' scores", "{1} درجات المقيِّمين (اللجنة)")
        case .explainNormalised: ("normalised ({1}) across agencies", "مُطبَّع ({1}) عبر الجهات")
        case .explainWeighted: ("× weight {1} = {2} of {3}", "× الوزن {1} = {2} من {3}")
        case .explainMean: ("weighted mean of {1}", "المتوسط الموزون لـ {1}")
        case .explainAreaPoints: ("= {1} points of the total", "= {1} نقطة من المجموع")
        case .explainRule: ("rule {1} ({2}) on {3}: {4} → {5}", "القاعدة {1} ({2}) على {3}: {4} ← {5}")
        case .explainRuleNote: ("rule {1} ({2}): {3}", "القاعدة {1} ({2}): {3}")
        case .explainTotal: ("total: {1} × {2} = {3} → {4}", "المجموع: {1} × {2} = {3} ← {4}")
        case .explainBand: ("band {1} (from {2})", "المستوى {1} (من {2})")
        }
    }
}

/// How the reports write numbers: fixed decimals for people, trimmed decimals for machines,
/// always from the rounded value (half away from zero, as ``Precision`` ranks), never `-0`,
/// never NaN or infinity.
public enum ReportNumber {
    /// `value` with exactly `places` decimals: `fixed(68.45, 1)` is `68.5`, `fixed(2, 2)` `2.00`.
    /// A value that is not finite prints as `—`.
    public static func fixed(_ value: Double, places: Int) -> String {
        digits(value, places: places, trim: false) ?? "—"
    }

    /// `value` with at most `places` decimals, trailing zeros trimmed: `trimmed(0.5, 6)` is
    /// `0.5`, `trimmed(70, 6)` `70`, `trimmed(1/3, 6)` `0.333333`. Not finite: `null`.
    public static func trimmed(_ value: Double, places: Int) -> String {
        digits(value, places: places, trim: true) ?? "null"
    }

    /// At least `minimum` and at most `maximum` decimals: `0.5` → `0.50`, `0.125` → `0.125`.
    public static func between(_ value: Double, minimum: Int, maximum: Int) -> String {
        guard let text = digits(value, places: maximum, trim: true) else { return "—" }
        let decimals = text.split(separator: ".", maxSplits: 1).dropFirst().first?.count ?? 0
        guard decimals < minimum else { return text }
        return text + (decimals == 0 ? "." : "") + String(repeating: "0", count: minimum - decimals)
    }

    /// A score in [0, 1] as a percentage at `places` decimals: `percent(0.685, 1)` is `68.5%`.
    public static func percent(_ fraction: Double, places: Int) -> String {
        fixed(fraction * 100, places: places) + "%"
    }

    /// Western digits replaced by Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩) and the decimal point by the
    /// Arabic decimal separator (٫).
    public static func arabicIndic(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30, scalar.value <= 0x39 {
                result.append(Unicode.Scalar(0x660 + scalar.value - 0x30)!)
            } else if scalar == "." {
                result.append("\u{066B}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The decimal digits of `value` rounded at `places`, without Foundation: the rounded value
    /// is scaled to an integer count of 10^-places units and printed from that integer.
    private static func digits(_ value: Double, places: Int, trim: Bool) -> String? {
        guard value.isFinite else { return nil }
        let places = max(0, min(places, 9))
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (Precision.round(value, places: places) * Double(scale)).rounded()
        guard scaled.magnitude < 9e18 else { return value.description }
        let units = Int64(scaled)
        var fraction = units.magnitude % scale
        var decimals = places
        if trim {
            while decimals > 0, fraction % 10 == 0 {
                fraction /= 10
                decimals -= 1
            }
        }
        // No sign on zero: -0.04 at one decimal is "0.0", not "-0.0".
        var text = units < 0 ? "-" : ""
        text += String(units.magnitude / scale)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }
}
