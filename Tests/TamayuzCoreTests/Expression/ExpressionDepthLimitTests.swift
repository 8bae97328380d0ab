import TamayuzCore
import Testing

@Suite("Expression nesting limit")
struct ExpressionDepthLimitTests {
    static let message = "expression is nested too deeply (more than 64 levels)"

    /// A builder of an expression nested `n` levels deep, and the offset of the token that opens
    /// level `n` (the one that fails when `n` is 65).
    struct Nesting: CustomTestStringConvertible, Sendable {
        var name: String
        var build: @Sendable (Int) -> String
        var opener: @Sendable (Int) -> Int
        var testDescription: String { name }
    }

    static let nestings: [Nesting] = [
        Nesting(
            name: "parentheses", build: { String(repeating: "(", count: $0) + "1" + String(repeating: ")", count: $0) },
            opener: { $0 - 1 }),
        Nesting(name: "minus", build: { String(repeating: "-", count: $0) + "1" }, opener: { $0 - 1 }),
        Nesting(name: "not", build: { String(repeating: "not ", count: $0) + "true" }, opener: { 4 * ($0 - 1) }),
        Nesting(
            name: "calls", build: { String(repeating: "abs(", count: $0) + "1" + String(repeating: ")", count: $0) },
            opener: { 4 * ($0 - 1) }),
        Nesting(name: "chain", build: { "1" + String(repeating: " + 1", count: $0) }, opener: { 4 * $0 - 2 }),
        // Each `1 + (` opens two levels: the `+` and the parenthesis.
        Nesting(
            name: "right-nested",
            build: {
                String(repeating: "1 + (", count: ($0 + 1) / 2) + "1" + String(repeating: ")", count: ($0 + 1) / 2)
            },
            opener: { 5 * (($0 + 1) / 2 - 1) + 2 }),
    ]

    @Test("64 levels parse", arguments: nestings)
    func sixtyFourLevels(nesting: Nesting) throws {
        let expression = try ExpressionParser.parse(nesting.build(64))
        // Printing, checking and evaluating a maximal tree is fine too.
        _ = expression.description
        _ = try? ExpressionChecker.check(expression, symbols: ExpressionTestSymbols.framework)
        _ = try expression.evaluate(in: ExpressionTestContext())
    }

    @Test("65 levels are an error at the 65th opener", arguments: nestings)
    func sixtyFiveLevels(nesting: Nesting) throws {
        let error = try #require(parseError(nesting.build(65)))
        #expect(error.message == Self.message)
        #expect(error.span.start == nesting.opener(65))
    }

    @Test("10,000 levels are an error, not a crash", arguments: nestings)
    func tenThousandLevels(nesting: Nesting) throws {
        let error = try #require(parseError(nesting.build(10_000)))
        #expect(error.message == Self.message)
        #expect(error.span.start == nesting.opener(65))
    }

    @Test("levels of different kinds add up")
    func mixedLevels() throws {
        // 41 levels of parentheses and minus signs around a chain `1 + 1 + …` of at most 23 more.
        let prefix = String(repeating: "(", count: 20) + String(repeating: "-", count: 20) + "("
        let suffix = ")" + String(repeating: ")", count: 20)
        let fits = prefix + "1" + String(repeating: " + 1", count: 23) + suffix
        #expect(parseError(fits) == nil)
        let deep = prefix + "1" + String(repeating: " + 1", count: 24) + suffix
        let error = try #require(parseError(deep))
        #expect(error.message == Self.message)
        #expect(error.span.start == 41 + 1 + 4 * 23 + 1)
    }
}
