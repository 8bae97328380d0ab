import TamayuzCore
import Testing

/// Random texts made of the language's own pieces: the parser must answer every one with a tree
/// or an error inside the text, and every tree must survive printing, checking and evaluating.
@Suite("Expression robustness")
struct ExpressionRobustnessTests {
    static let pieces = [
        "(", ")", "(", ")", ",", "-", "+", "*", "/", "==", "!=", "<", "<=", ">", ">=", " and ", " or ", "not ",
        "1", "0", "2.5", "1e3", "\"yes\"", "\"a\\\"b\"", "true", "false", "online", "total", "A1.1", "A1.2",
        "A1.3", "A9", "min(", "max(", "avg(", "sum(", "count(", "if(", "abs(", "round(", "score(", "level(",
        "answered(", "applicable(", "has(", "mean(", " ", "\n", "#", "=", "\"", "1.", "é", "%",
    ]

    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix64 {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test("random texts never crash and round-trip", arguments: 0..<4)
    func randomTexts(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        let context = ExpressionTestContext(
            answers: ["online": .number(13), "total": .number(0), "A1.1": .boolean(true), "A1.3": .number(2)])
        var parsed = 0
        for _ in 0..<2_500 {
            let count = 1 + random.next(below: 12)
            let source = (0..<count).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined()
            let length = source.unicodeScalars.count
            let expression: Expression
            do throws(ExpressionError) {
                expression = try ExpressionParser.parse(source)
            } catch {
                #expect(
                    0 <= error.span.start && error.span.start <= error.span.end && error.span.end <= length, "\(source)"
                )
                continue
            }
            parsed += 1
            #expect(expression.span.start >= 0 && expression.span.end <= length)
            let reparsed = try ExpressionParser.parse(expression.description)
            #expect(reparsed.description == expression.description, "\(source)")
            _ = try? ExpressionChecker.check(expression, symbols: ExpressionTestSymbols.framework)
            if case .number(let value)? = try? expression.evaluate(in: context) {
                #expect(value.isFinite)
            }
        }
        #expect(parsed > 30)
    }

    /// A random well-formed text of at most `depth` levels; parentheses around operands are
    /// sometimes dropped, which may change the tree or make the text invalid.
    static func randomText(_ random: inout SplitMix64, depth: Int) -> String {
        func operand(_ random: inout SplitMix64) -> String {
            let text = randomText(&random, depth: depth - 1)
            return random.next(below: 3) == 0 ? text : "(\(text))"
        }
        let leaves = [
            "1", "0.5", "1e3", "online", "total", "A1.1", "A1.3", "true", "\"yes\"", "score(A1)", "level(A1.2)",
        ]
        guard depth > 0, random.next(below: 4) != 0 else { return leaves[random.next(below: leaves.count)] }
        switch random.next(below: 4) {
        case 0:
            return (random.next(below: 2) == 0 ? "-" : "not ") + operand(&random)
        case 1, 2:
            let ops = ["or", "and", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/"]
            return operand(&random) + " " + ops[random.next(below: ops.count)] + " " + operand(&random)
        default:
            let functions = ["min", "max", "avg", "sum", "count", "abs", "round"]
            let count = 1 + random.next(below: 3)
            let arguments = (0..<count).map { _ in randomText(&random, depth: depth - 1) }
            return functions[random.next(below: functions.count)] + "(" + arguments.joined(separator: ", ") + ")"
        }
    }

    @Test("random well-formed texts print to their own tree", arguments: 0..<4)
    func generatedTexts(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        var parsed = 0
        for _ in 0..<1_000 {
            let source = Self.randomText(&random, depth: 6)
            guard let expression = try? ExpressionParser.parse(source) else { continue }
            parsed += 1
            let reparsed = try ExpressionParser.parse(expression.description)
            #expect(fullyParenthesised(reparsed) == fullyParenthesised(expression), "\(source)")
        }
        #expect(parsed > 500)
    }
}
