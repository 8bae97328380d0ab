import Foundation
import Testing

/// Hostile criteria whose graphs are deep rather than whose files are large: chains of derived
/// indicators thousands long once overflowed the stack in every command. Generated here (the
/// files are far over the corpus's 64 kB).
@Suite struct HostileGraphTests {
    static let chainLength = 6_000

    /// Criteria with `chainLength` derived indicators, each reading the next; the last reads the
    /// answered `base`, or, with `cycle`, the first.
    static func derivedChain(cycle: Bool) -> String {
        var text = """
            <framework xmlns="urn:tamayuz:criteria:1" id="chain" version="1" precision="1">
              <title xml:lang="en">Chain</title>
              <area id="A" weight="1"><title xml:lang="en">A</title>
                <indicator id="base"><title xml:lang="en">base</title><number><ramp floor="0" target="1"/></number></indicator>

            """
        for index in 0..<chainLength {
            let next = index + 1 < chainLength ? "d\(index + 1)" : cycle ? "d0" : "base"
            text += """
                    <indicator id="d\(index)"><title xml:lang="en">d</title>\
                <derived expression="\(next) + 1"><ramp floor="0" target="1"/></derived></indicator>

                """
        }
        return text + "  </area>\n</framework>\n"
    }

    static func workspace(cycle: Bool) throws -> URL {
        let folder = try CLI.temporaryFolder()
        try Data(derivedChain(cycle: cycle).utf8).write(to: folder.appendingPathComponent("criteria.xml"))
        try Data("id,name,base\na,Agency A,5\n".utf8).write(to: folder.appendingPathComponent("answers.csv"))
        return folder
    }

    @Test func sixThousandChainedDerivedIndicatorsValidateAndScore() throws {
        let folder = try Self.workspace(cycle: false)
        let validate = try CLI.run(["validate", "criteria.xml"], in: folder)
        #expect(validate.status == 0, "\(validate.stderr.prefix(2000))")
        let report = try CLI.run(["report", "--criteria", "criteria.xml", "--answers", "answers.csv", "--format", "json", "--explain"], in: folder)
        #expect(report.status == 0, "\(report.stderr.prefix(2000))")
        // d0 = base + 6,000 = 6,005: the chain was evaluated to its end, in order.
        #expect(report.stdout.contains(#""id": "d0", "parent": "A", "level": "indicator", "status": "scored", "raw": 1, "score": 1,"#) && report.stdout.contains(#""derived": 6005}"#), "\(report.stdout.prefix(3000))")
    }

    @Test func sixThousandDerivedIndicatorsInACycleAreALocatedError() throws {
        let folder = try Self.workspace(cycle: true)
        for arguments in [["validate", "criteria.xml"], ["report", "--criteria", "criteria.xml", "--answers", "answers.csv"]] {
            let run = try CLI.run(arguments, in: folder)
            #expect(run.status == 65, "\(arguments[0]): \(run.stderr.prefix(2000))")
            let first = run.stderr.split(separator: "\n").first { $0.contains("error:") } ?? ""
            #expect(first.hasPrefix("criteria.xml:5:"), "\(first.prefix(300))")
            #expect(first.contains("error: derived indicators form a cycle: d0 → d1 → d2"), "\(first.prefix(300))")
            #expect(first.hasSuffix("d5998 → d5999 → d0"), "\(first.suffix(300))")
        }
    }
}
