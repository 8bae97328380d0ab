import TamayuzCore
import Testing

@Suite("Expression evaluation")
struct ExpressionEvaluationTests {
    /// A filled-in assessment: A1.1 yes, A1.2 at level 3 ("advanced"), A1.3 = 7.5, checklist A1.4
    /// with portal and app ticked (2 points), 13 online of 19 transactions, A2.1 not answered,
    /// A2 not applicable, A1 scored 0.4.
    static let context = ExpressionTestContext(
        answers: [
            "A1.1": .boolean(true), "A1.2": .string("advanced"), "A1.3": .number(7.5), "A1.4": .number(2),
            "online": .number(13), "total": .number(19), "zero": .number(0), "huge": .number(1e308),
        ],
        scores: ["A1": 0.4, "A1.3": 0.75],
        notApplicable: ["A2", "A2.1"],
        levels: ["A1.2": 3],
        ticked: ["A1.4": ["portal", "app"]])

    static let values: [(String, ExpressionValue)] = [
        ("online / total * 100", .number(13.0 / 19.0 * 100)),
        ("1 + 2 * 3 - 4 / 8", .number(6.5)),
        ("-A1.3", .number(-7.5)),
        ("A1.1 and A1.3 > 5", .boolean(true)),
        ("A1.2 == \"advanced\"", .boolean(true)),
        ("A1.2 != \"advanced\"", .boolean(false)),
        ("score(A1) < 0.5", .boolean(true)),
        ("score(A1.3) * 4", .number(3)),
        ("level(A1.2) >= 3", .boolean(true)),
        ("has(A1.4, \"app\")", .boolean(true)),
        ("has(A1.4, \"sms\")", .boolean(false)),
        ("A1.4", .number(2)),
        ("answered(A1.1)", .boolean(true)),
        ("applicable(A1)", .boolean(true)),
        ("min(3, online, 20)", .number(3)),
        ("max(3, online, 20)", .number(20)),
        ("avg(online, total)", .number(16)),
        ("sum(online, total, 1)", .number(33)),
        ("count(A1.1, online > total, true, has(A1.4, \"portal\"))", .number(3)),
        ("if(total == 0, 0, online / total)", .number(13.0 / 19.0)),
        ("if(zero == 0, 0, online / zero)", .number(0)),
        ("if(A1.1, \"yes\", \"no\")", .string("yes")),
        ("abs(1 - online)", .number(12)),
        ("round(online / total * 100)", .number(68)),
        ("round(online / total * 100, 2)", .number(68.42)),
        ("round(2.5)", .number(3)),
        ("round(-2.5)", .number(-3)),
        ("round(2.675, 2)", .number(2.68)),
        ("round(1.005, 2)", .number(1.01)),
        ("round(-1.005, 2)", .number(-1.01)),
        ("round(0.0004, 3)", .number(0)),
        ("round(9.995, 2)", .number(10)),
        ("round(1234.5, -2)", .number(1200)),
        ("round(1250, -2)", .number(1300)),
        ("round(1e-7, 15)", .number(1e-7)),
        ("round(123456789.123, 1)", .number(123456789.1)),
        ("round(huge, 2)", .number(1e308)),
        ("huge + huge / 1e308", .number(1e308)),
        ("2 == 2.0", .boolean(true)),
        ("true == (not false)", .boolean(true)),
    ]

    @Test("evaluates", arguments: values)
    func value(source: String, expected: ExpressionValue) throws {
        #expect(try evaluate(source, in: Self.context) == expected)
    }

    @Test("online / total * 100 with 13 and 19")
    func worksTheRatio() throws {
        guard case .number(let ratio) = try evaluate("online / total * 100", in: Self.context) else {
            Issue.record("not a number")
            return
        }
        #expect((ratio - 68.421_052_631_578_95).magnitude < 1e-12)
    }

    /// What `.missing` gives: `A2.1` and `gone` are missing, `A1.1` is true.
    static let missing: [(String, ExpressionValue)] = [
        ("gone + 1", .missing),
        ("1 - gone", .missing),
        ("gone * 0", .missing),
        ("gone / 0", .missing),
        ("-gone", .missing),
        ("gone == 1", .missing),
        ("A2.1 == \"yes\"", .missing),
        ("A2.1 != \"yes\"", .missing),
        ("gone < 1", .missing),
        ("abs(gone)", .missing),
        ("round(gone, 2)", .missing),
        ("round(1, gone)", .missing),
        ("min(gone, 4, 2)", .number(2)),
        ("max(gone, 4, 2)", .number(4)),
        ("avg(gone, 4, 2)", .number(3)),
        ("sum(gone, 4, 2)", .number(6)),
        ("min(gone)", .missing),
        ("sum(gone, gone)", .missing),
        ("count(gone == 1, true, gone)", .number(1)),
        ("if(gone, 1, 2)", .missing),
        ("if(true, gone, 2)", .missing),
        ("if(false, gone, 2)", .number(2)),
        ("answered(A2.1)", .boolean(false)),
        ("answered(gone)", .boolean(false)),
        ("applicable(A2)", .boolean(false)),
        ("applicable(A2.1)", .boolean(false)),
        ("has(gone, \"x\")", .boolean(false)),
        ("score(A2)", .missing),
        ("level(A2.1)", .missing),
        ("not gone", .missing),
    ]

    @Test("missing propagates", arguments: missing)
    func missingValues(source: String, expected: ExpressionValue) throws {
        #expect(try evaluate(source, in: Self.context) == expected)
    }

    /// `and`, `or` and `not` over true, false and missing (`m`).
    static let truthTable: [(String, ExpressionValue)] = [
        ("true and true", .boolean(true)), ("true and false", .boolean(false)), ("true and m", .missing),
        ("false and true", .boolean(false)), ("false and false", .boolean(false)), ("false and m", .boolean(false)),
        ("m and true", .missing), ("m and false", .boolean(false)), ("m and m", .missing),
        ("true or true", .boolean(true)), ("true or false", .boolean(true)), ("true or m", .boolean(true)),
        ("false or true", .boolean(true)), ("false or false", .boolean(false)), ("false or m", .missing),
        ("m or true", .boolean(true)), ("m or false", .missing), ("m or m", .missing),
        ("not true", .boolean(false)), ("not false", .boolean(true)), ("not m", .missing),
    ]

    @Test("three-valued logic", arguments: truthTable)
    func logic(source: String, expected: ExpressionValue) throws {
        #expect(try evaluate(source, in: ExpressionTestContext()) == expected)
    }

    /// Source with `¦` where the failing expression starts, its text, and the message.
    static let failures: [(String, String, String)] = [
        ("1 + ¦online / zero", "online / zero", "division by zero"),
        ("¦(online - 13) / (total - 19)", "(online - 13) / (total - 19)", "division by zero"),
        ("¦0 / zero", "0 / zero", "division by zero"),
        ("¦huge * 10", "huge * 10", "result is not a finite number"),
        ("¦huge + huge", "huge + huge", "result is not a finite number"),
        ("¦-huge - huge", "-huge - huge", "result is not a finite number"),
        ("¦sum(huge, huge)", "sum(huge, huge)", "result is not a finite number"),
        ("1 < ¦1e300 * 1e300", "1e300 * 1e300", "result is not a finite number"),
        ("round(1, ¦0.5)", "0.5", "'round' needs a whole number of digits from -15 to 15, got 0.5"),
        ("round(1, ¦16)", "16", "'round' needs a whole number of digits from -15 to 15, got 16"),
    ]

    @Test("fails at the operator", arguments: failures)
    func failure(marked: String, failing: String, message: String) throws {
        let (source, offset) = unmarked(marked)
        let expression = try ExpressionParser.parse(source)
        do throws(EvaluationError) {
            let value = try expression.evaluate(in: Self.context)
            Issue.record("evaluated to \(value)")
        } catch {
            #expect(error.message == message)
            #expect(error.span == span(offset, offset + failing.unicodeScalars.count))
        }
    }

    @Test("average does not overflow where the sum would")
    func averageOfHuge() throws {
        #expect(try evaluate("avg(huge, huge)", in: Self.context) == .number(1e308))
    }

    @Test("and, or and if skip what cannot change the result")
    func laziness() throws {
        for source in [
            "zero > 0 and online / zero > 0.5",
            "zero == 0 or online / zero > 0.5",
            "if(zero == 0, 0, online / zero) == 0",
            "not (false and 1 / zero > 0)",
        ] {
            #expect(try evaluate(source, in: Self.context) == .boolean(source.hasPrefix("zero > 0") ? false : true))
        }
        // A missing left operand cannot decide, so the right one is evaluated.
        #expect(throws: EvaluationError.self) { try evaluate("gone and online / zero > 0.5", in: Self.context) }
    }

    @Test("a context's non-finite number is an error, not a result")
    func nonFiniteInputs() throws {
        let context = ExpressionTestContext(answers: ["x": .number(.nan)], scores: ["A1": .infinity])
        #expect(throws: EvaluationError("the answer of 'x' is not a finite number", span: span(0, 1))) {
            try evaluate("x + 1", in: context)
        }
        #expect(throws: EvaluationError("the score of 'A1' is not a finite number", span: span(0, 9))) {
            try evaluate("score(A1)", in: context)
        }
    }

    @Test("values of the wrong type are errors in unchecked expressions")
    func wrongTypes() throws {
        #expect(throws: EvaluationError("'+' needs numbers, got string", span: span(0, 8))) {
            try evaluate("A1.2 + 1", in: Self.context)
        }
        #expect(
            throws: EvaluationError("'==' needs operands of the same type, got string and number", span: span(0, 9))
        ) {
            try evaluate("A1.2 == 1", in: Self.context)
        }
    }
}
