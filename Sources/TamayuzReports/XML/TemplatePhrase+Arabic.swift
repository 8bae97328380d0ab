/// The template's words in Modern Standard Arabic.
extension TemplatePhrase {
    public var arabic: String {
        switch self {
        case .heading: "نموذج تقييم تميّز: {1}"
        case .fillIn: "املأ القيمة value لكل مؤشر، وأرفق الشواهد المطلوبة، واحذف الإجابات التي لا تعرفها (تُحسب ناقصة)."
        case .check: "للتحقق: الأمر tamayuz validate مع خيار criteria وملف المعايير ثم هذا الملف."
        case .affiliation: "اذكر في affiliation معرّفات الجهات التي تنتمي إليها (تعارض المصالح)."
        case .consensusTeam: "اذكر فريق التوافق، لكل عضو <member id=…/>، واكتب <rationale> لكل إجابة غيّرها الفريق."
        case .siteVisitTeam: "اذكر فريق الزيارة، لكل عضو <member id=…/>؛ وأبقِ المؤشرات التي غيّرتها الزيارة وحدها، ولكلٍّ منها <rationale> يبيّن ما تُحقِّق منه."
        case .appliesWhen: "ينطبق فقط عندما: {1}"
        case .answerYesNo: "الإجابة: value=\"yes\" (نعم) أو value=\"no\" (لا)"
        case .answerLevels: "الإجابة: أحد المستويات التالية:"
        case .answerNumber: "الإجابة: رقم"
        case .atLeast: "، لا يقل عن {1}"
        case .atMost: "، لا يزيد على {1}"
        case .answerPercentage: "الإجابة: نسبة مئوية من 0 إلى 100"
        case .answerChecklist: "الإجابة: معرّفات الخيارات المتحققة مفصولة بمسافات، أو none إن لم يتحقق أي منها، من:"
        case .answerRadar: "الإجابة: كل سمة بنسبتها المئوية، بخطوات من 5 بين 0 و100، تفصل بينها فواصل ({1})؛ ثم إن حددتها: overall بنسبة لا تبعد أكثر من 10 نقاط عن متوسطها (إن تُركت: متوسطها مقربًا إلى 5)"
        case .answerSeries: "الإجابة: كل سنة بقيمتها (سنتان على الأقل)، ثم target وcomparator بقيمتيهما، مثل value=\"2023 61, 2024 66; target 70; comparator 64\""
        case .computed: "يُحسب تلقائيًا: {1}"
        case .guidance: "إرشاد: {1}"
        case .evidenceOptional: "الشواهد: اختيارية. {1}"
        case .evidenceRequired: "الشواهد: مطلوبة ({1}). {2}"
        case .effectZero: "بدونها تكون الدرجة صفرًا"
        case .effectCap: "بدونها لا تتجاوز الدرجة {1}٪"
        case .notApplicableAllowed: "يجوز: not-applicable=\"true\" مع <justification> تبيّن السبب (بدل value)."
        }
    }
}
