import TamayuzCore
import Testing

@Suite("Expression type checker")
struct ExpressionCheckerTests {
    static let welltyped: [(String, ExpressionType)] = [
        ("1 + 2", .number),
        ("A1.3", .number),
        ("A1.1", .boolean),
        ("A1.2", .string),
        ("online / total * 100", .number),
        ("A1.1 and not A1.1 or true", .boolean),
        ("A1.2 == \"advanced\"", .boolean),
        ("A1.1 != false", .boolean),
        ("score(A1) < 0.5 and A2.1 == \"yes\"", .boolean),
        ("score(A1.3) + score(A2)", .number),
        ("applicable(A2)", .boolean),
        ("answered(A1.2)", .boolean),
        ("level(A1.2) >= 3", .boolean),
        ("has(A1.4, \"sms\")", .boolean),
        ("min(A1.3, 2, online)", .number),
        ("count(A1.1, online > 3, has(A1.4, \"app\"))", .number),
        ("if(A1.1, \"x\", A2.1)", .string),
        ("if(total == 0, 0, online / total)", .number),
        ("round(avg(online, total) / 3, 2) + abs(-1) + sum(1)", .number),
        ("-A1.4", .number),
    ]

    @Test("gives the type", arguments: welltyped)
    func wellTyped(source: String, type: ExpressionType) throws {
        let expression = try ExpressionParser.parse(source)
        #expect(try ExpressionChecker.check(expression, symbols: ExpressionTestSymbols.framework) == type)
    }

    /// Source with `¦` at the start of the error, and the message.
    static let errors: [(String, String)] = [
        ("1 + ¦A9", "unknown indicator 'A9'"),
        ("score(¦A9)", "unknown node 'A9'"),
        ("applicable(¦C7)", "unknown node 'C7'"),
        ("answered(¦A1)", "unknown indicator 'A1'"),
        ("level(¦A9)", "unknown indicator 'A9'"),
        ("has(¦A9, \"x\")", "unknown indicator 'A9'"),
        ("1 + ¦true", "'+' needs numbers, got boolean"),
        ("¦A1.2 * 2", "'*' needs numbers, got string"),
        ("¦A1.3 and true", "'and' needs booleans, got number"),
        ("false or ¦\"x\"", "'or' needs booleans, got string"),
        ("not ¦A1.3", "'not' needs a boolean, got number"),
        ("-¦A1.1", "'-' needs a number, got boolean"),
        ("¦A1.3 == \"5\"", "'==' needs operands of the same type, got number and string"),
        ("¦true != 1", "'!=' needs operands of the same type, got boolean and number"),
        ("¦A1.2 > 2", "'>' needs numbers, got string; to compare levels of 'A1.2', use level(A1.2)"),
        ("¦A1.2 > \"basic\"", "'>' needs numbers, got string and string; to compare levels of 'A1.2', use level(A1.2)"),
        ("¦true + \"x\"", "'+' needs numbers, got boolean and string"),
        ("1 < ¦true", "'<' needs numbers, got boolean"),
        ("level(¦A1.1)", "'level' needs an ordinal indicator; 'A1.1' is not one (its answer is a boolean)"),
        ("level(¦A1.3) > 1", "'level' needs an ordinal indicator; 'A1.3' is not one (its answer is a number)"),
        ("has(A1.4, ¦\"foo\")", "checklist 'A1.4' has no option 'foo'"),
        ("has(¦A1.3, \"foo\")", "'has' needs a checklist indicator; 'A1.3' is not one"),
        ("¦if(A1.1, 1, \"one\")", "if branches must have the same type, got number and string"),
        ("if(¦A1.3, 1, 2)", "'if' needs a boolean condition, got number"),
        ("min(1, ¦A1.1)", "'min' needs numbers, got boolean"),
        ("round(1, ¦\"2\")", "'round' needs numbers, got string"),
        ("count(A1.1, ¦A1.3)", "'count' needs booleans, got number"),
        ("online / ¦0", "division by zero"),
    ]

    @Test("reports the error at the marker", arguments: errors)
    func typeError(marked: String, message: String) throws {
        let (source, offset) = unmarked(marked)
        let errors = try checkErrors(source)
        #expect(errors.map(\.message) == [message])
        #expect(errors.first?.span.start == offset)
    }

    @Test("reports every error, in source order")
    func allErrors() throws {
        let errors = try checkErrors(#"A9 + true > score(X) and level(A1.1) == 1 or has(A1.4, "fax")"#)
        #expect(
            errors.map(\.message) == [
                "unknown indicator 'A9'",
                "'+' needs numbers, got boolean",
                "unknown node 'X'",
                "'level' needs an ordinal indicator; 'A1.1' is not one (its answer is a boolean)",
                "checklist 'A1.4' has no option 'fax'",
            ])
        #expect(errors.map(\.span.start) == [0, 5, 18, 31, 55])
    }

    @Test("an error does not cascade into the expressions around it")
    func noCascade() throws {
        #expect(
            try checkErrors("(A9 + 1) * 2 > 3 and not A9").map(\.message) == [
                "unknown indicator 'A9'", "unknown indicator 'A9'",
            ])
        #expect(try checkErrors("if(A1.1, A9, 1) + 1").map(\.message) == ["unknown indicator 'A9'"])
        #expect(try checkErrors("-true * 2").map(\.message) == ["'-' needs a number, got boolean"])
    }

    @Test("checks the result type when asked")
    func expectedType() throws {
        let expression = try ExpressionParser.parse("online / total")
        #expect(throws: Never.self) {
            try ExpressionChecker.check(expression, symbols: ExpressionTestSymbols.framework, expecting: .number)
        }
        do throws(ExpressionErrors) {
            try ExpressionChecker.check(expression, symbols: ExpressionTestSymbols.framework, expecting: .boolean)
            Issue.record("a number is not a condition")
        } catch {
            #expect(Array(error) == [ExpressionError("expected a boolean expression, got number", span: span(0, 14))])
        }
    }
}

@Suite("Expression references")
struct ExpressionReferenceTests {
    static let cases: [(String, Set<String>, Set<String>)] = [
        ("1 + 2", [], []),
        ("online / total * 100", ["online", "total"], []),
        ("score(A1) < 0.5 and A2.1 == \"yes\"", ["A2.1"], ["A1"]),
        ("answered(A1.1) and level(A1.2) > 1 or has(A1.4, \"app\")", ["A1.1", "A1.2", "A1.4"], []),
        ("applicable(A2) and score(A2) > score(A1.3)", [], ["A2", "A1.3"]),
        ("if(x, min(y, z), count(w))", ["x", "y", "z", "w"], []),
        ("not -a == b", ["a", "b"], []),
    ]

    @Test("lists answer and score references", arguments: cases)
    func references(source: String, answers: Set<String>, scores: Set<String>) throws {
        let expression = try ExpressionParser.parse(source)
        #expect(expression.answerReferences == answers)
        #expect(expression.scoreReferences == scores)
    }
}
