import Testing
import TamayuzCore
import TamayuzReports

@Suite struct CSVCellTests {
    /// Text cells: formula starts get an apostrophe, then RFC 4180 quoting.
    @Test(arguments: [
        (#"=HYPERLINK("http://x","a")"#, #""'=HYPERLINK(""http://x"",""a"")""#),
        ("=1+2", "'=1+2"),
        ("+966500000000", "'+966500000000"),
        ("-3.5", "'-3.5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindent", "'\tindent"),
        ("\rcarriage", "\"'\rcarriage\""),
        ("a,b", "\"a,b\""),
        (#"say "hi""#, #""say ""hi""""#),
        ("two\nlines", "\"two\nlines\""),
        ("a=b", "a=b"),
        (" =padded", " =padded"),
        ("وزارة الداخلية", "وزارة الداخلية"),
        ("", ""),
    ])
    func textCells(text: String, expected: String) {
        #expect(CSVCell.text(text).encoded == expected)
    }

    /// Numbers the tool formatted are written as they are, a minus sign included.
    @Test func numbersAreNotNeutralised() {
        #expect(CSVCell.number("-3.5").encoded == "-3.5")
        #expect(CSVCell.fixed(-2, places: 1).encoded == "-2.0")
        #expect(CSVCell.trimmed(-0.25).encoded == "-0.25")
        #expect(CSVCell.trimmed(.nan).encoded == "")
        #expect(CSVCell.empty.encoded == "")
    }
}

@Suite struct CSVRendererTests {
    /// A1 67.5 (rank 1, was 2), A2 21.3 (rank 2, was 1), A3 87.5 ineligible and new; area
    /// scores as percentages: A1 UC 65, TE 75; A2 20, 25; A3 100, 50.
    @Test func wideCSVWithBOMCRLFQuotingAndNeutralisation() throws {
        let comparison = try ReportFixtures.selfRanking(previous: true)
        let csv = CSVWideRenderer().render(comparison, options: ReportOptions())
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(csv == "\u{FEFF}"
            + "rank,agency_id,agency_name,kind,total,band,eligible,completeness,UC,TE,rank_change\r\n"
            + "1,A1,Ministry of Interior,ministry,67.5,Available,yes,100.0,65.0,75.0,1\r\n"
            + "2,A2,Makkah Municipality,municipality,21.3,Beginning,yes,75.0,20.0,25.0,-1\r\n"
            + #",A3,"'=HYPERLINK(""http://x.example"",""a,b"")",,87.5,Advanced,no,100.0,100.0,50.0,new"# + "\r\n")
    }

    @Test func wideCSVInArabic() throws {
        let comparison = try ReportFixtures.selfRanking()
        let lines = CSVWideRenderer().render(comparison, options: ReportOptions(language: .ar)).split(separator: "\r\n")
        #expect(lines[1] == "1,A1,وزارة الداخلية,ministry,67.5,متاح,yes,100.0,65.0,75.0,")
        #expect(lines[2] == "2,A2,أمانة العاصمة المقدسة,municipality,21.3,مبتدئ,yes,75.0,20.0,25.0,")
    }

    /// A2's rows: UC.2 transactional capped at 0.4 (weight 2/4), UC.3 unanswered, TE.2 not
    /// applicable so TE.1 takes the whole of TE.
    @Test func longCSVRows() throws {
        let comparison = try ReportFixtures.selfRanking()
        let csv = CSVLongRenderer().render(comparison, options: ReportOptions())
        #expect(csv.hasPrefix("\u{FEFF}agency_id,node_id,parent_id,level,status,score,weight,contribution,value\r\n"))
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 1 + 3 * 8)
        #expect(Array(rows[9...16]) == [
            "A2,total,,framework,scored,21.3,1,21.25,",
            "A2,UC,total,area,scored,20.0,0.75,15,",
            "A2,UC.1,UC,indicator,scored,0.0,0.25,0,no",
            "A2,UC.2,UC,indicator,scored,40.0,0.5,20,transactional",
            "A2,UC.3,UC,indicator,scored,0.0,0.25,0,",
            "A2,TE,total,area,scored,25.0,0.25,6.25,",
            "A2,TE.1,TE,indicator,scored,25.0,1,25,sms",
            "A2,TE.2,TE,indicator,not-applicable,,0,0,not-applicable",
        ])
        #expect(rows[7] == "A1,TE.1,TE,indicator,scored,100.0,0.5,50,web app")
        #expect(rows[5] == "A1,UC.3,UC,indicator,scored,60.0,0.25,15,60")
        #expect(rows[23] == "A3,TE.1,TE,indicator,scored,0.0,0.5,0,none")
        #expect(csv.hasSuffix("A3,TE.2,TE,indicator,scored,100.0,0.5,50,1\r\n"))
    }
}
