import Testing
import TamayuzCore
import TamayuzReports

@Suite struct TableRendererTests {
    /// A5: UC.2 transactional with evidence, UC.3 60 → UC = (1 + 1.5 + 0.6) / 4 = 0.775; TE.1 sms
    /// (0.25) and TE.2 3 days (0.5) → TE = 0.375; total = (3·0.775 + 0.375) / 4 = 0.675 → 67.5,
    /// the same as A1, ahead of it on the tie-break (UC 0.775 > 0.65).
    static let a5Answers = """
        <answer indicator="UC.1" value="yes"/>
        <answer indicator="UC.2" value="transactional">\(ReportFixtures.evidence)</answer>
        <answer indicator="UC.3" value="60"/>
        <answer indicator="TE.1" value="sms"/>
        <answer indicator="TE.2" value="3"/>
        """

    /// A5 and A1 tie at 67.5, UC breaks it; A2 and A4 (same answers) stay tied at 21.3 → `=3`.
    static func tiedRanking() throws -> CycleComparison {
        try ReportFixtures.selfRanking(extra: [
            ("A4", "Jeddah Municipality", "أمانة جدة", ReportFixtures.a2Answers),
            ("A5", "Ministry of Health", "وزارة الصحة", a5Answers),
        ])
    }

    @Test func rankingTableWithTiesAndNotes() throws {
        let text = TableRenderer().render(try Self.tiedRanking(), options: ReportOptions())
        #expect(text.reportLines == [
            "Rank  Agency  Name                                  Total  Band       Change  Eligible  Complete      UC     TE",
            "----  ------  ------------------------------------  -----  ---------  ------  --------  --------  ------  -----",
            "1     A5      Ministry of Health                     67.5  Available          ✓           100.0%   77.5%  37.5%",
            "2     A1      Ministry of Interior                   67.5  Available          ✓           100.0%   65.0%  75.0%",
            "=3    A2      Makkah Municipality                    21.3  Beginning          ✓            75.0%   20.0%  25.0%",
            "=3    A4      Jeddah Municipality                    21.3  Beginning          ✓            75.0%   20.0%  25.0%",
            #"—     A3      =HYPERLINK("http://x.example","a,b")   87.5  Advanced           ✗           100.0%  100.0%  50.0%"#,
            // The reason sits below the table, not in a column; then the area codes.
            "",
            "ineligible: A3: no service channel",
            "",
            "Areas:",
            "  UC  User centricity",
            "  TE  Technology",
            "",
            "warning: A2, A4 share rank 3 after every tie-break rule",
            // A5 and A1 tie at 67.5; UC (77.5 % against 65.0 %) decides.
            "tie-break: A5 is ranked 1; its tie on the total was decided by the score in 'User centricity'",
            "tie-break: A1 is ranked 2; its tie on the total was decided by the score in 'User centricity'",
            "flag: A5: Online share below 90% (R_share)",
            "flag: A1: Online share below 90% (R_share)",
        ])
    }

    /// Arabic names, headers and bands: columns padded by displayed width (the shadda in
    /// التغيّر takes no column), rank changes against the previous cycle, a new agency.
    @Test func arabicTableIsAlignedByDisplayedWidth() throws {
        let text = TableRenderer().render(try ReportFixtures.selfRanking(previous: true), options: ReportOptions(language: .ar))
        let lines = text.reportLines
        #expect(Array(lines.prefix(5)) == [
            "الترتيب  الجهة  الاسم                                 المجموع  المستوى  التغيّر  الأهلية  الاكتمال      UC     TE",
            "-------  -----  ------------------------------------  -------  -------  ------  -------  --------  ------  -----",
            "1        A1     وزارة الداخلية                           67.5  متاح     ↑1      ✓          100.0%   65.0%  75.0%",
            "2        A2     أمانة العاصمة المقدسة                    21.3  مبتدئ    ↓1      ✓           75.0%   20.0%  25.0%",
            #"—        A3     =HYPERLINK("http://x.example","a,b")     87.5  متقدم    جديدة   ✗          100.0%  100.0%  50.0%"#,
        ])
        // Every row is as wide as the rule under the header.
        let rule = lines[1].unicodeScalars.count
        for line in lines[0...4] {
            let width = line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
            #expect(width == rule)
        }
    }

    @Test func colourOnlyWhenAsked() throws {
        let comparison = try ReportFixtures.selfRanking(previous: true)
        let plain = TableRenderer().render(comparison, options: ReportOptions())
        #expect(!plain.contains("\u{1B}["))
        let coloured = TableRenderer().render(comparison, options: ReportOptions(colour: true))
        #expect(coloured.hasPrefix("\u{1B}[1mRank\u{1B}[0m  \u{1B}[1mAgency\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32m↑1\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[31m↓1\u{1B}[0m"))
        // Colour codes do not shift the columns: without them the text is the plain table.
        #expect(coloured.replacing(/\x1B\[[0-9]+m/, with: "") == plain)
    }

    @Test func scoreBlocksForAssessmentsScoredOneByOne() throws {
        let framework = try ReportFixtures.framework()
        let scorer = Scorer(framework: framework)
        let assessment = try ReportFixtures.assessment(
            framework, agency: "A2", en: "Makkah Municipality", ar: "أمانة العاصمة المقدسة",
            assessor: ReportFixtures.evaluator("E1"), answers: ReportFixtures.a2Answers)
        let comparison = CycleComparison.unranked([try scorer.score(assessment, profile: nil)], profiles: [nil], framework: framework)
        #expect(TableRenderer().render(comparison, options: ReportOptions()).reportLines == [
            "Agency            A2  Makkah Municipality",
            "Assessor          evaluator E1",
            "Total             21.3 / 100",
            "Band              Beginning",
            "Eligible          ✓",
            "Complete          75.0%",
            "Missing evidence  UC.2",
            "Unanswered        UC.3",
            "Areas",
            "  UC  User centricity  20.0%",
            "  TE  Technology       25.0%",
            "Rules fired",
            "  rule R_gate (cap 0.50) on UC: 0.200 → 0.200",
        ])
    }

    /// A1 judged by E1 and E2; E3 (affiliated with A1) is excluded and said so; the agreement
    /// block lists the widest disagreements: TE.2 (E1 2 days → 1, E2 6 days → 0), TE.1 (web 0.5
    /// against web + app 1), UC.2 (0.75 against 0.5), UC.3 (0.5 against 0.7).
    @Test func juryNotes() throws {
        let lines = TableRenderer().render(try ReportFixtures.juryComparison(), options: ReportOptions()).reportLines
        #expect(lines[2] == "1     A1      Ministry of Interior   69.1  Available          ✓           100.0%  71.3%  62.5%")
        #expect(lines.contains("excluded: evaluator E3 from agency A1 (conflict of interest: affiliated), A1-eval.xml:1:1"))
        #expect(lines.contains("Evaluators' agreement and consistency:"))
        // α below 0.667 is marked; the units are the pairable ones (5 overall, 3 in UC).
        #expect(lines.contains { $0.hasPrefix("  overall    -0.252 !   -0.186 !") && $0.hasSuffix("      5") })
        #expect(lines.contains { $0.hasPrefix("  UC          0.661 !    0.571 !") && $0.hasSuffix("      3") })
        // E1 − E2 on the five shared units: +1 (TE.2), −0.5 (TE.1), +0.25 (UC.2), −0.2 (UC.3), 0:
        // mean +0.11 for E1 and −0.11 for E2, mean absolute 1.95 / 5 = 0.39; both beyond ±0.05.
        #expect(lines.contains("  E1              5         5       +11.0          39.0  lenient"))
        #expect(lines.contains("  E2              5         5       -11.0          39.0  harsh"))
        let disagreements = lines.drop { $0 != "Widest disagreements:" }.dropFirst()
        #expect(Array(disagreements.prefix(4)) == [
            "  A1 TE.2: spread 1.000 (E1 1.000, E2 0.000)",
            "  A1 TE.1: spread 0.500 (E1 0.500, E2 1.000)",
            "  A1 UC.2: spread 0.250 (E1 0.750, E2 0.500)",
            "  A1 UC.3: spread 0.200 (E1 0.500, E2 0.700)",
        ])
    }

    /// With a sensitivity analysis the rank range column and its note appear; an ineligible
    /// agency has no range.
    @Test func robustnessColumn() throws {
        let comparison = try ReportFixtures.selfRanking(sensitivity: SensitivityOptions(draws: 400, range: 0.2, seed: 7))
        let lines = TableRenderer().render(comparison, options: ReportOptions()).reportLines
        #expect(lines[0].contains("Rank 5–95%"))
        // A1 (67.5) and A2 (21.3) are far apart: the weights cannot swap them.
        #expect(lines[2].hasPrefix("1     A1") && lines[2].contains("  1  "))
        #expect(lines[4].hasPrefix("—     A3") && lines[4].contains("  —  "))
        #expect(lines.contains("Rank 5–95%: the ranks an agency held in 90% of 400 weight draws (±20%)"))
    }
}
