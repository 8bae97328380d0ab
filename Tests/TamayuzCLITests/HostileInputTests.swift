import Foundation
import Testing

/// The hostile corpus (`Hostile/`, plus cases generated here that would bloat the repository) run
/// through the real binary: `validate`, `score` and `report` each refuse the file with the right
/// exit code and a located `file:line:column: error:` message, or accept it where it is
/// legitimately fine; no secret from a local file leaks into any output; nothing is written
/// outside the run's own folder. docs/security.md maps each case to the threat it stands for.
///
/// Inputs that would explode if expanded are a few kilobytes on disk, so a suite that finishes at
/// all shows they were not expanded.
@Suite struct HostileInputTests {
    /// What one command should do with one file.
    struct Expectation: Sendable {
        var status: Int32
        /// `line:column` of the first error, "" when it is about the file as a whole (`file: error:`),
        /// or nil when the file is accepted.
        var place: String?
        var message: String?

        static func refused(_ place: String, _ message: String, status: Int32 = 65) -> Expectation {
            Expectation(status: status, place: place, message: message)
        }
        static let accepted = Expectation(status: 0)
    }

    /// One file of the corpus and what each command does with it.
    struct Case: Sendable, CustomTestStringConvertible {
        enum Kind: Sendable { case criteria, assessment }
        var file: String
        var kind: Kind
        var expected: Expectation
        /// `validate` where it differs from `score` and `report`.
        var validate: Expectation?

        init(_ file: String, _ expected: Expectation, kind: Kind = .assessment, validate: Expectation? = nil) {
            self.file = file
            self.kind = kind
            self.expected = expected
            self.validate = validate
        }

        var testDescription: String { file }
    }

    static let doctype = "DOCTYPE is not allowed (no DTDs or entities in Tamayuz files)"

    static let corpus: [Case] = [
        // XML attacks: the DOCTYPE is refused where it starts, before any entity is read.
        Case("xxe-file.xml", .refused("3:1", doctype)),
        Case("xxe-http.xml", .refused("3:1", doctype)),
        Case("parameter-entity.xml", .refused("3:1", doctype)),
        Case("external-dtd.xml", .refused("3:1", doctype)),
        Case("billion-laughs.xml", .refused("3:1", doctype)),
        Case("quadratic-blowup.xml", .refused("3:1", doctype)),
        // XInclude is not processed: the include elements stay elements, which the schema refuses.
        Case("xinclude.xml", .refused("7:5", "element 'comment': Element content is not allowed")),
        // Encodings.
        Case("invalid-utf8.xml", .refused("4:71", "Input is not proper UTF-8")),
        Case("utf16-bom.xml", .accepted),
        Case("utf16-no-bom.xml", .refused("1:2", "NUL character (U+0000) is not allowed in XML")),
        // Found by the assessment fuzzer: answers reach the reader before the XSD has judged the
        // document, so an answer without its indicator (here a UTF-16 file) must be the XSD's error.
        Case(
            "fuzz-assessment-answer-without-indicator.xml",
            .refused("7:3", "element 'answer': The attribute 'indicator' is required but missing")),
        // UTF-7 named after 600 spaces: markup hidden in it would slip past the attribute count.
        Case("late-encoding-utf7.xml", .refused("1:630", "encoding 'UTF-7' is not supported")),
        Case("lying-encoding.xml", .refused("1:31", "starts with a UTF-8 byte-order mark but declares encoding 'windows-1256'")),
        Case("nul-byte.xml", .refused("4:75", "NUL character (U+0000) is not allowed in XML")),
        // Wrong documents.
        Case(
            "wrong-root.xml", .refused("3:1", "element 'results': No matching global declaration")),
        Case(
            "wrong-namespace.xml", .refused("3:1", "No matching global declaration"),
            validate: .refused("1:1", "not a Tamayuz file")),
        Case("empty.xml", .refused("1:1", "Document is empty")),
        // A comment naming the other namespace must not decide which schema `validate` uses.
        Case("namespace-in-comment.xml", .accepted),
        Case("truncated.xml", .refused("7:35", "Specification mandates value for attribute value")),
        // Numbers and duplicates that would make a score silently wrong.
        Case("duplicate-answers.xml", .refused("8:3", "a second answer to 'IF.1.1' (the first is at line 6)")),
        Case("nan.xml", .refused("6:37", "'IF.1.2' needs a finite number, not 'NaN'")),
        Case("inf.xml", .refused("6:37", "'IF.1.2' needs a finite number, not 'INF'")),
        Case("overflow-1e309.xml", .refused("6:37", "'IF.1.2' needs a finite number, not '1e309'")),
        Case("negative-zero.xml", .accepted),
        Case("huge-integer.xml", .refused("6:37", "is out of range for 'IF.1.2' (allowed: 0 to 365)")),
        Case("evidence-path-traversal.xml", .accepted),
        Case(
            "wrong-criteria-version.xml",
            .refused("3:91", "this assessment answers version 1.0.0 of 'quality_track', but the criteria are version 2.0.0")),
        // Criteria.
        Case("duplicate-ids.xml", .refused("8:20", "duplicate id 'A1': already used at line 6"), kind: .criteria),
        Case("negative-weight.xml", .refused("6:24", "attribute 'weight'"), kind: .criteria),
        Case("expression-deep.xml", .refused("7:95", "attribute 'expression': [facet 'maxLength']"), kind: .criteria),
        Case(
            "expression-deep-1000.xml",
            .refused("7:105", "in 'applicable-when': expression is nested too deeply (more than 64 levels)"), kind: .criteria),
        Case(
            "expression-huge-literal.xml",
            .refused("7:112", "in 'expression': number is too long (more than 64 characters)"), kind: .criteria),
    ]

    @Test(arguments: corpus) func corpusFile(_ hostile: Case) throws {
        let bytes = try HostileWorkspace.contents(of: HostileWorkspace.hostileFolder.appendingPathComponent(hostile.file))
        #expect(bytes.count <= 64 * 1024, "hostile files stay small: \(hostile.file) has \(bytes.count) bytes")
        for command in HostileWorkspace.Command.allCases {
            let expectation = command == .validate ? hostile.validate ?? hostile.expected : hostile.expected
            let workspace = try HostileWorkspace()
            try workspace.add(hostile.file, bytes)
            let run = try workspace.run(command, input: hostile.file, asCriteria: hostile.kind == .criteria)
            workspace.check(run, expectation, file: hostile.file, command: command)
        }
    }

    /// Inputs the fuzzers (scripts/fuzz.sh) found crashing, leaking, hanging or breaking an oracle,
    /// kept as `Hostile/fuzz-TARGET-*.xml` (an expression finding wrapped in criteria): each must
    /// be accepted or refused with located errors, by every command, never crash.
    static let fuzzFindings: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: HostileWorkspace.hostileFolder.path)) ?? []
        return names.filter { $0.hasPrefix("fuzz-") && $0.hasSuffix(".xml") }.sorted()
    }()

    @Test(arguments: fuzzFindings) func fuzzFinding(_ file: String) throws {
        let bytes = try Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent(file))
        for command in HostileWorkspace.Command.allCases {
            let workspace = try HostileWorkspace()
            try workspace.add(file, bytes)
            let isCriteria = String(decoding: bytes.prefix(4096), as: UTF8.self).contains("urn:tamayuz:criteria:1")
            let run = try workspace.run(command, input: file, asCriteria: isCriteria)
            #expect([0, 65].contains(run.status), "\(command) \(file): exit \(run.status)\n\(run.stderr.prefix(4000))")
            #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Swift runtime failure"))
            if run.status == 65 {
                let located = run.stderr.split(separator: "\n").contains {
                    $0.firstMatch(of: #/^[^:]+:\d+:\d+: error: /#) != nil
                }
                #expect(located, "\(command) \(file): no located error in \(run.stderr.prefix(4000))")
            }
            workspace.expectNothingElseWritten("\(command) \(file)", allowing: command == .report ? ["report.html"] : [])
        }
    }

    // MARK: - What accepted files turn into

    @Test func utf16WithAByteOrderMarkScoresLikeUTF8() throws {
        let workspace = try HostileWorkspace()
        try workspace.add("utf16-bom.xml", Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent("utf16-bom.xml")))
        let run = try workspace.tamayuz(["score", "--criteria", "criteria.xml", "utf16-bom.xml", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("mun_hostile,Municipality of Wadi Al-Noor,municipality"))
    }

    @Test func negativeZeroScoresAsZeroAndNeverPrintsAsMinusZero() throws {
        let workspace = try HostileWorkspace()
        try workspace.add("negative-zero.xml", Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent("negative-zero.xml")))
        for format in ["json", "csv", "csv-long", "table"] {
            let run = try workspace.tamayuz(["score", "--criteria", "criteria.xml", "negative-zero.xml", "--format", format])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.range(of: #"(^|[^0-9A-Za-z.])-0(\.0+)?([^0-9.]|$)"#, options: .regularExpression) == nil, "\(format): \(run.stdout)")
        }
        let json = try workspace.tamayuz(["score", "--criteria", "criteria.xml", "negative-zero.xml", "--format", "json"])
        #expect(json.stdout.contains(#""id": "IF.1.2", "parent": "IF.1", "level": "indicator", "status": "scored", "raw": 0, "score": 0"#))
        #expect(json.stdout.contains(#""answered": 1, "expected": 1, "value": 0,"#))
    }

    @Test func evidenceReferencesAreTextAndNeverOpenedOrLinked() throws {
        let workspace = try HostileWorkspace()
        try workspace.add(
            "evidence.xml",
            Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent("evidence-path-traversal.xml")))
        for format in ["json", "csv-long", "table"] {
            let run = try workspace.tamayuz(["score", "--criteria", "criteria.xml", "evidence.xml", "--format", format, "--explain"])
            #expect(run.status == 0, "\(run.stderr)")
            workspace.expectNoSecrets(run, "score --format \(format)")
        }
        let html = try workspace.tamayuz([
            "report", "--criteria", "criteria.xml", "evidence.xml", "--format", "html", "-o", "report.html",
        ])
        #expect(html.status == 0, "\(html.stderr)")
        let report = try workspace.text("report.html")
        workspace.expectNoSecrets(html, "report --format html", outputs: [report])
        #expect(!report.contains("href=\"file:"), "no link to a local file")
        #expect(!report.contains("href=\"../"), "no link to a relative path")
        #expect(!report.contains("href=\"\\\\"), "no link to a UNC path")
    }

    // MARK: - Generated inputs

    @Test func nestingOneHundredThousandLevelsDeepIsRefusedWithoutCrashing() throws {
        let workspace = try HostileWorkspace()
        let depth = 100_000
        let text = "<assessment xmlns=\"urn:tamayuz:assessment:1\">\n" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</assessment>\n"
        try workspace.add("deep.xml", Data(text.utf8))
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "deep.xml")
            workspace.check(run, .refused("2:", "Excessive depth in document: 256"), file: "deep.xml", command: command)
        }
    }

    /// A byte the declared encoding does not map: libxml2 would print its own "encoding error"
    /// lines to standard error besides the located diagnostic; nothing but Tamayuz's lines may
    /// appear there.
    @Test func anUnmappedByteGivesOnlyTamayuzsOwnLines() throws {
        let workspace = try HostileWorkspace()
        var bytes = Data(#"<?xml version="1.0" encoding="ISO-8859-6"?>"#.utf8) + Data("\n".utf8)
        bytes += Data(#"<assessment xmlns="urn:tamayuz:assessment:1" framework="quality_track" framework-version="2.0.0">"#.utf8)
        bytes += Data("\n  <agency id=\"x\"><name xml:lang=\"ar\">".utf8) + Data([0xA1, 0xA2])
        bytes += Data("</name></agency>\n  <assessor role=\"self\"/>\n</assessment>\n".utf8)
        try workspace.add("unmapped.xml", bytes)
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "unmapped.xml")
            workspace.check(run, .refused("3:", "Premature end of data"), file: "unmapped.xml", command: command)
            let foreign = run.stderr.split(separator: "\n").filter {
                !$0.hasPrefix("unmapped.xml:") && !$0.hasPrefix("INVALID ") && !$0.hasPrefix("ok ") && !$0.contains("checked:")
            }
            #expect(foreign.isEmpty, "\(command.rawValue): \(foreign)")
        }
    }

    @Test func twentyMegabyteAttributeIsRefused() throws {
        let workspace = try HostileWorkspace()
        var bytes = Data(HostileWorkspace.assessmentHead.utf8)
        bytes += Data("  <agency id=\"mun_hostile\"><name xml:lang=\"en\" note=\"".utf8)
        bytes += Data(repeating: UInt8(ascii: "x"), count: 20 * 1024 * 1024)
        bytes += Data("\">Hostile</name></agency>\n  <assessor role=\"self\"/>\n</assessment>\n".utf8)
        try workspace.add("huge-attribute.xml", bytes)
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "huge-attribute.xml")
            workspace.check(run, .refused("3:", "AttValue length too long"), file: "huge-attribute.xml", command: command)
        }
    }

    @Test func twelveMegabyteTextNodeIsRefusedAtTheElement() throws {
        let workspace = try HostileWorkspace()
        var bytes = Data(HostileWorkspace.assessmentHead.utf8)
        bytes += Data("  <agency id=\"mun_hostile\"><name xml:lang=\"en\">".utf8)
        bytes += Data(repeating: UInt8(ascii: "x"), count: 12 * 1024 * 1024)
        bytes += Data("</name></agency>\n  <assessor role=\"self\"/>\n</assessment>\n".utf8)
        try workspace.add("huge-text.xml", bytes)
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "huge-text.xml")
            workspace.check(
                run, .refused("3:28", "text of element 'name' is longer than 10000000 bytes"), file: "huge-text.xml",
                command: command)
        }
    }

    @Test func fiftyMegabyteTextNodeIsRefusedBeforeParsing() throws {
        let workspace = try HostileWorkspace()
        var bytes = Data(HostileWorkspace.assessmentHead.utf8)
        bytes += Data("  <agency id=\"mun_hostile\"><name xml:lang=\"en\">".utf8)
        bytes += Data(repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024)
        bytes += Data("</name></agency>\n  <assessor role=\"self\"/>\n</assessment>\n".utf8)
        try workspace.add("fifty-megabytes.xml", bytes)
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "fifty-megabytes.xml")
            workspace.check(
                run, .refused("", "file is too large (\(bytes.count) bytes): the limit is 33554432 bytes", status: 66),
                file: "fifty-megabytes.xml", command: command)
        }
    }

    /// A sparse file: a terabyte by its size, nothing on disk. Refused by its size before a byte
    /// is read, as criteria and as an assessment, as an input that cannot be read (66), by every
    /// command.
    @Test func fileOverTheSizeLimitIsRefusedByItsSize() throws {
        let workspace = try HostileWorkspace()
        let path = workspace.made("terabyte.xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<".utf8)))
        #expect(truncate(path, 1 << 40) == 0)
        for command in HostileWorkspace.Command.allCases {
            for asCriteria in [false, true] {
                let run = try workspace.run(command, input: "terabyte.xml", asCriteria: asCriteria)
                workspace.check(
                    run,
                    .refused("", "file is too large (1099511627776 bytes): the limit is 33554432 bytes", status: 66),
                    file: "terabyte.xml", command: command)
            }
        }
    }

    /// A FIFO would block a reader that opens it for reading until a writer appears: it is
    /// refused before it is opened, as an unreadable input (66), by every command.
    @Test func fifoIsRefusedWithoutBlocking() throws {
        let workspace = try HostileWorkspace()
        #expect(mkfifo(workspace.made("pipe.xml").path, 0o600) == 0)
        for command in HostileWorkspace.Command.allCases {
            for asCriteria in [false, true] {
                let run = try workspace.run(command, input: "pipe.xml", asCriteria: asCriteria)
                workspace.check(
                    run, .refused("", "is a named pipe (FIFO), not a regular file", status: 66), file: "pipe.xml",
                    command: command)
            }
        }
    }

    /// A folder named like a file, given where a file is expected (`--criteria`), or found inside
    /// a folder of assessments: an unreadable input (66), by every command.
    @Test func directoryIsRefusedAsUnreadable() throws {
        let workspace = try HostileWorkspace()
        try FileManager.default.createDirectory(
            at: workspace.made("folder.xml"), withIntermediateDirectories: false)
        for command in [HostileWorkspace.Command.score, .report] {
            let run = try workspace.run(command, input: "folder.xml", asCriteria: true)
            workspace.check(run, .refused("", "is a directory, not a file", status: 66), file: "folder.xml", command: command)
        }
        try FileManager.default.createDirectory(
            at: workspace.made("inbox").appendingPathComponent("trap.xml"), withIntermediateDirectories: true)
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "inbox")
            workspace.check(
                run, .refused("", "is a directory, not a file", status: 66), file: "inbox/trap.xml", command: command)
        }
    }

    /// A folder with no assessments in it (a typo, files named `.XML`, a folder not yet copied)
    /// must not give an empty ranking and success.
    @Test func folderWithoutAssessmentsIsNotSuccess() throws {
        let workspace = try HostileWorkspace()
        try FileManager.default.createDirectory(
            at: workspace.made("inbox"), withIntermediateDirectories: false)
        try workspace.add("inbox/notes.txt", Data("not an assessment".utf8))
        for command in HostileWorkspace.Command.allCases {
            let run = try workspace.run(command, input: "inbox")
            #expect(run.status == 66, "\(command) of a folder without .xml files: \(run.status) \(run.stderr)")
            #expect(run.stderr.contains("inbox"), "\(command): \(run.stderr)")
        }
    }

    // MARK: - Previous results

    /// A previous cycle's results (`--previous`) are JSON that passed through other hands: a rank
    /// that is not a positive whole number must be refused, not turned into a rank change (1e30
    /// became Int.min, and `before - rank` trapped: the tool crashed).
    @Test func previousResultsWithImpossibleRanksAreRefused() throws {
        let workspace = try HostileWorkspace()
        try workspace.add(
            "previous.json", Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent("previous-bad-ranks.json")))
        try workspace.add("wadi.xml", Data(contentsOf: CLI.repository.appendingPathComponent("samples/quality-track/mun_wadi_alnoor.self.xml")))
        for format in ["csv", "json", "html"] {
            let run = try workspace.tamayuz([
                "report", "--criteria", "criteria.xml", "wadi.xml", "--previous", "previous.json", "--format", format,
            ])
            #expect(run.status == 65, "\(format): exit \(run.status)\n\(run.stderr.prefix(2000))")
            #expect(run.stderr.hasPrefix("previous.json:"), "\(format): \(run.stderr.prefix(2000))")
            #expect(run.stderr.contains("rank"), "\(format): \(run.stderr.prefix(2000))")
            #expect(!run.stderr.contains("Swift runtime failure"))
        }
    }

    /// The same agency twice in the previous results: which rank it had is ambiguous (today the
    /// last entry silently wins).
    @Test func previousResultsNamingAnAgencyTwiceAreRefused() throws {
        let workspace = try HostileWorkspace()
        try workspace.add(
            "previous.json",
            Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent("previous-duplicate-agency.json")))
        try workspace.add("wadi.xml", Data(contentsOf: CLI.repository.appendingPathComponent("samples/quality-track/mun_wadi_alnoor.self.xml")))
        let run = try workspace.tamayuz([
            "report", "--criteria", "criteria.xml", "wadi.xml", "--previous", "previous.json", "--format", "csv",
        ])
        #expect(run.status == 65, "exit \(run.status): \(run.stdout)\n\(run.stderr)")
        #expect(run.stderr.contains("previous.json:") && run.stderr.contains("mun_wadi_alnoor"), "\(run.stderr)")
    }

    /// Previous results scored with another version of the criteria: rank changes then compare
    /// different things, which the jury must be told.
    @Test func previousResultsOfAnotherCriteriaVersionAreFlagged() throws {
        let workspace = try HostileWorkspace()
        try workspace.add(
            "previous.json",
            Data(contentsOf: HostileWorkspace.hostileFolder.appendingPathComponent("previous-other-version.json")))
        try workspace.add("wadi.xml", Data(contentsOf: CLI.repository.appendingPathComponent("samples/quality-track/mun_wadi_alnoor.self.xml")))
        let run = try workspace.tamayuz([
            "report", "--criteria", "criteria.xml", "wadi.xml", "--previous", "previous.json", "--format", "csv",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: "), "\(run.stderr)")
        #expect(run.stderr.contains("version 1.0.0") && run.stderr.contains("version 2.0.0"), "\(run.stderr)")
    }

    /// Text from a CSV answer table reaches the terminal (in error messages and the table
    /// format): control characters in it could rewrite the jury's screen (ESC sequences clear it,
    /// retitle the window, hide lines). XML cannot carry them; CSV can.
    @Test func terminalControlSequencesFromATableNeverReachTheTerminal() throws {
        let workspace = try HostileWorkspace()
        try workspace.add("criteria-mini.xml", Data(OutputFixtures.criteria.utf8))
        try workspace.add("answers.csv", Data("id,name,A1,A2\nx,Evil\u{1B}]0;PWNED\u{07}Name\u{1B}[2J,maybe\u{1B}[31m,50\ny,Plain,yes,40\n".utf8))
        let invalid = try workspace.tamayuz(["report", "--criteria", "criteria-mini.xml", "--answers", "answers.csv"])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("answers.csv:2:"), "\(invalid.stderr)")
        #expect(!invalid.stderr.contains("\u{1B}") && !invalid.stdout.contains("\u{1B}"), "ESC reached the terminal: \(invalid.stderr.debugDescription)")

        try workspace.add("names.csv", Data("id,name,A1,A2\nx,Evil\u{1B}]0;PWNED\u{07}Name\u{1B}[2J,yes,50\n".utf8))
        let named = try workspace.tamayuz(["report", "--criteria", "criteria-mini.xml", "--answers", "names.csv"])
        #expect(!named.stdout.contains("\u{1B}") && !named.stderr.contains("\u{1B}"), "ESC reached the terminal: \(named.stdout.debugDescription)")
        #expect(!named.stdout.contains("\u{07}"), "BEL reached the terminal")
    }
}
