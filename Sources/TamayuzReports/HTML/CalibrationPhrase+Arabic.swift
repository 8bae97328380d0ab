/// The consistency and calibration phrases in Arabic.
extension CalibrationPhrase {
    var arabic: String {
        switch self {
        case .alphaThresholds: "القيم المعلَّمة بـ ! دون 0.667، وعندها لا يستخلص كريبندورف من البيانات حكمًا؛ ومن 0.667 إلى 0.800 لا تصح إلا أحكام مبدئية؛ ومن 0.800 فأعلى يُعتمد عليها."
        case .alphaBelow: "{1} !"
        case .consistencyHeading: "اتساق المقيِّمين"
        case .consistencyIntro: "تحسب ألفا تشدد المقيِّم اختلافًا. أما معاملات الارتباط داخل الفئة (شراوت وفلايس 1979) ومعامل كندال W فتسأل أيضًا هل يرتّب المقيِّمون المؤشرات الترتيب نفسه أيًّا كان مستواهم. الوحدات: جهة × مؤشر قيّمه كل مقيِّمي الجهة المحتسَبين. لكل جهة مقيِّموها، فصيغة الاتفاق أحادية الاتجاه ICC(1,·)، وصيغة الاتساق ICC(3,·) تنزع مستوى كل مقيِّم داخل كل جهة. k متوسط عدد المقيِّمين للوحدة."
        case .consistencyCaption: "معاملات الارتباط داخل الفئة ومعامل كندال W، إجمالًا ولكل محور"
        case .columnScope: "النطاق"
        case .overall: "الإجمالي"
        case .undefined: "غير معرَّف"
        case .columnICC11: "ICC(1,1)"
        case .columnICC1k: "ICC(1,k)"
        case .columnICC31: "ICC(3,1)"
        case .columnICC3k: "ICC(3,k)"
        case .columnW: "معامل كندال W"
        case .columnUnits: "الوحدات"
        case .readingICC1: "ICC(1,1) وICC(1,k): نصيب الجهة من درجة المقيِّم الواحد ومن متوسط اللجنة، والتشدد محسوب خطأً (كو ولي: دون 0.5 ضعيف، 0.5–0.75 متوسط، 0.75–0.9 جيد، فوق 0.9 ممتاز)."
        case .readingICC3: "ICC(3,1) وICC(3,k): المقياس نفسه بعد نزع مستوى كل مقيِّم؛ إن زادا كثيرًا على ألفا فالمقيِّمون يختلفون في التشدد أكثر مما يختلفون في الحكم."
        case .readingW: "W كندال (متوسط الجهات): هل يرتّب مقيِّمو الجهة مؤشراتها الترتيب نفسه؛ 1 توافق تام و0 لا توافق."
        case .calibrationHeading: "معايرة المقيِّمين"
        case .calibrationIntro: "لكل مؤشر قيّمه المقيِّم وقيّمه مقيِّم محتسَب آخر للجهة نفسها: درجته ناقص متوسط درجات الآخرين، بالنقاط من كل 100 من المقياس. إذا تجاوز المتوسط ±{1} نقطة نُبِّه إلى المقيِّم بأنه متشدد أو متساهل: نصف فئة من عشر نقاط، وهو ما يكفي لتغيير مرتبة."
        case .calibrationCaption: "متوسط فرق كل مقيِّم عن بقية المقيِّمين"
        case .columnEvaluator: "المقيِّم"
        case .columnScores: "الدرجات"
        case .columnCompared: "المقارَنة"
        case .columnMean: "متوسط الفرق"
        case .columnMeanAbsolute: "متوسط الفرق المطلق"
        case .columnFlag: "تنبيه"
        case .harsh: "متشدد"
        case .lenient: "متساهل"
        }
    }
}
