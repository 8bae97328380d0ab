import TamayuzCore
import Testing

@Suite("Expression syntax errors")
struct ExpressionSyntaxErrorTests {
    /// Source with `¦` where the error's span starts, and the message.
    static let errors: [(String, String)] = [
        // Ends and operands
        ("¦", "expression is empty"),
        ("¦  \n ", "expression is empty"),
        ("1 +¦", "unexpected end of expression"),
        ("not¦", "unexpected end of expression"),
        ("1 + ¦)", "unexpected ')'"),
        ("¦* 2", "unexpected '*'"),
        ("¦+1", "unexpected '+'"),
        ("¦and", "unexpected 'and'"),
        ("a and ¦or b", "unexpected 'or'"),
        ("1 ¦2", "expected an operator before '2'"),
        ("a ¦b", "expected an operator before 'b'"),
        ("a ¦\"b\"", "expected an operator before string \"b\""),
        ("1 ¦(b)", "expected an operator before '('"),
        ("¦a (b)", "unknown function 'a'"),
        ("a¦, b", "unexpected ','"),
        ("(a)¦)", "unmatched ')'"),
        // Parentheses and calls
        ("(1 + 2¦", "expected ')' to close '(' at 0"),
        ("a * (b ¦c)", "expected ')' to close '(' at 4"),
        ("((a)¦", "expected ')' to close '(' at 0"),
        ("(¦)", "unexpected ')'"),
        ("min(1, 2¦", "expected ')' to close 'min(' at 0"),
        ("x + min(1 ¦2)", "expected ',' or ')' to close 'min(' at 4"),
        ("min(1, ¦)", "unexpected ')'"),
        ("¦min()", "'min' needs at least one number"),
        ("¦count()", "'count' needs at least one condition"),
        ("¦if(a, b)", "'if' takes three arguments: if(condition, then, else)"),
        ("¦abs(1, 2)", "'abs' takes one number"),
        ("¦round(1, 2, 3)", "'round' takes a number and optionally a number of digits: round(n) or round(n, digits)"),
        ("¦if + 1", "'if' is a reserved word; write if(condition, then, else)"),
        // Unknown functions
        ("¦frobnicate(1)", "unknown function 'frobnicate'"),
        ("1 + ¦mean(a, b)", "unknown function 'mean'; did you mean 'avg'?"),
        ("¦scroe(A1)", "unknown function 'scroe'; did you mean 'score'?"),
        ("¦MAX(1)", "unknown function 'MAX'; did you mean 'max'?"),
        // Reference functions
        ("score(¦1)", "'score' takes one node id"),
        ("¦score(A1, A2)", "'score' takes one node id"),
        ("¦score()", "'score' takes one node id"),
        ("score(¦(A1))", "'score' takes one node id"),
        ("applicable(¦true)", "'applicable' takes one node id"),
        ("level(¦A1 + 1)", "'level' takes one indicator id"),
        ("answered(¦\"A1\")", "'answered' takes one indicator id"),
        ("has(A1.4, ¦portal)", "'has' takes an indicator id and an option in quotes, e.g. has(A1.2, \"online\")"),
        ("¦has(A1.4)", "'has' takes an indicator id and an option in quotes, e.g. has(A1.2, \"online\")"),
        ("has(¦\"A1.4\", \"app\")", "'has' takes an indicator id and an option in quotes, e.g. has(A1.2, \"online\")"),
        // Comparisons
        ("a < b ¦< c", "comparison operators cannot be chained; join two comparisons with 'and'"),
        ("a == b ¦!= c", "comparison operators cannot be chained; join two comparisons with 'and'"),
        ("a == ¦not b", "'not' cannot be an operand here; put it in parentheses, as in a == (not b)"),
        // Strings
        ("x == ¦\"abc", "unterminated string"),
        (#"x == ¦"abc\""#, "unterminated string"),
        (#"x == ¦"abc\"#, "unterminated string"),
        (#"x == "a¦\n""#, #"unknown escape '\n' in string; only \" and \\ are allowed"#),
        // Characters
        ("1 + ¦# 2", "unexpected character '#'"),
        ("a ¦= b", "unexpected character '='; use '==' to compare"),
        ("¦!a", "unexpected character '!'; use 'not' to negate, '!=' to compare"),
        ("a ¦&& b", "unexpected character '&'; use 'and'"),
        ("a ¦|| b", "unexpected character '|'; use 'or'"),
        ("10 ¦% 3", "unexpected character '%'; there is no '%' operator"),
        ("x == ¦'yes'", "unexpected character '''; strings use double quotes"),
        ("x == ¦“yes”", "unexpected character '“' (U+201C); strings use straight double quotes (\")"),
        ("x ¦\u{A0}+ 1", "unexpected character U+00A0"),
        ("¦مؤشر", "unexpected character 'م' (U+0645)"),
        // Numbers
        ("¦1e309", "number '1e309' is out of range"),
        ("2 * ¦1.2.3", "malformed number '1.2.3'"),
        ("¦12abc", "malformed number '12abc'"),
        ("¦1.", "malformed number '1.'"),
        ("¦1e", "malformed number '1e'"),
        ("¦1e+", "malformed number '1e'"),
        ("¦" + String(repeating: "1", count: 65), "number is too long (more than 64 characters)"),
    ]

    @Test("reports the message at the marker", arguments: errors)
    func syntaxError(marked: String, message: String) throws {
        let (source, offset) = unmarked(marked)
        let error = try #require(parseError(source))
        #expect(error.message == message)
        #expect(error.span.start == offset)
    }

    /// Whole spans, where their ends matter too.
    static let spans: [(String, SourceSpan)] = [
        ("(1 + 2", span(6, 6)),
        ("x == \"abc", span(5, 9)),
        ("a && b", span(2, 4)),
        ("a & b", span(2, 3)),
        (#""a\tb""#, span(2, 4)),
        ("score(A1, A2)", span(0, 13)),
        ("1.2.3 + 1", span(0, 5)),
        ("   ", span(0, 3)),
        ("a < b < c", span(6, 7)),
    ]

    @Test("spans cover the offending text", arguments: spans)
    func errorSpan(source: String, expected: SourceSpan) throws {
        #expect(try #require(parseError(source)).span == expected)
    }

    @Test("a string of 1,001 characters is an error")
    func stringTooLong() throws {
        let error = try #require(parseError("x == \"" + String(repeating: "a", count: 1_001) + "\""))
        #expect(error.message == "string is too long (more than 1,000 characters)")
        #expect(error.span.start == 5)
    }

    @Test("a text longer than 4,096 characters is an error at 4,096")
    func textTooLong() throws {
        for source in [
            "sum(" + String(repeating: "1, ", count: 2_000) + "1)",
            "x == \"" + String(repeating: "a", count: 900) + "\"" + String(repeating: " ", count: 5_000),
            "x" + String(repeating: "1", count: 4_095) + " + 1",
        ] {
            let error = try #require(parseError(source))
            #expect(error.message == "expression is too long (more than 4,096 characters)")
            #expect(error.span == span(4_096, source.unicodeScalars.count))
        }
    }

    @Test("an earlier error wins over the length")
    func earlierErrorFirst() throws {
        let error = try #require(parseError("1 + # " + String(repeating: "1", count: 5_000)))
        #expect(error.message == "unexpected character '#'")
    }
}
