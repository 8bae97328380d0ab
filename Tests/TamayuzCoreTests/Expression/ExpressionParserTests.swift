import TamayuzCore
import Testing

@Suite("Expression parser")
struct ExpressionParserTests {
    /// Source text and its canonical printing.
    static let canonicalForms: [(String, String)] = [
        ("1 + 2 * 3", "1 + 2 * 3"),
        ("(1 + 2) * 3", "(1 + 2) * 3"),
        ("1 - 2 - 3", "1 - 2 - 3"),
        ("1 - (2 - 3)", "1 - (2 - 3)"),
        ("x / y / z", "x / y / z"),
        ("x / (y * z)", "x / (y * z)"),
        ("a or b and c", "a or b and c"),
        ("(a or b) and c", "(a or b) and c"),
        ("a and (b and c)", "a and (b and c)"),
        ("not a and b", "not a and b"),
        ("not (a and b)", "not (a and b)"),
        ("not a == b", "not a == b"),
        ("not (a == b)", "not a == b"),
        ("not not a", "not not a"),
        ("(not a) == b", "(not a) == b"),
        ("a == (b == c)", "a == (b == c)"),
        ("(a < b) == c", "(a < b) == c"),
        ("-x * y", "-x * y"),
        ("-(x * y)", "-(x * y)"),
        ("- - 1", "--1"),
        ("2 - -3", "2 - -3"),
        ("((((x))))", "x"),
        ("1e3", "1000"),
        ("0.5", "0.5"),
        ("1.5E-3", "0.0015"),
        ("12e+20", "1.2e+21"),
        ("007", "7"),
        ("true or false", "true or false"),
        (#""a \" b \\ c""#, #""a \" b \\ c""#),
        ("score(A1) < 0.5 and A2.1 == \"yes\"", "score(A1) < 0.5 and A2.1 == \"yes\""),
        ("min( 1 ,2,3 )", "min(1, 2, 3)"),
        ("if(a,1,2)", "if(a, 1, 2)"),
        ("round(x / 3, 2)", "round(x / 3, 2)"),
        ("count(a, not b, c == 1)", "count(a, not b, c == 1)"),
        ("sum(A1.3, online) / avg(total)", "sum(A1.3, online) / avg(total)"),
        ("has( A1.4 ,\"portal\" )", "has(A1.4, \"portal\")"),
        ("answered(A1.1) or not applicable(A2)", "answered(A1.1) or not applicable(A2)"),
        ("level(A1.2) >= 3", "level(A1.2) >= 3"),
        ("online / total * 100", "online / total * 100"),
        ("min", "min"),
        ("A1.2.3 + online_tx + _x", "A1.2.3 + online_tx + _x"),
        ("a\n\tand\r\nb", "a and b"),
    ]

    @Test("prints the canonical form", arguments: canonicalForms)
    func canonicalForm(source: String, canonical: String) throws {
        let expression = try ExpressionParser.parse(source)
        #expect(expression.description == canonical)
        // The canonical form parses to the same tree.
        let reparsed = try ExpressionParser.parse(canonical)
        #expect(fullyParenthesised(reparsed) == fullyParenthesised(expression))
        #expect(reparsed.description == canonical)
    }

    /// Source text and its tree, every operator parenthesised.
    static let precedence: [(String, String)] = [
        ("a or b and c", "(a or (b and c))"),
        ("a and b or c", "((a and b) or c)"),
        ("a or b or c", "((a or b) or c)"),
        ("a and b and c", "((a and b) and c)"),
        ("not a or b", "((not a) or b)"),
        ("not a and not b", "((not a) and (not b))"),
        ("not x < 1", "(not (x < 1))"),
        ("not not a", "(not (not a))"),
        ("x < 1 and y >= 2", "((x < 1) and (y >= 2))"),
        ("x + 1 == y * 2", "((x + 1) == (y * 2))"),
        ("1 - 2 + 3", "((1 - 2) + 3)"),
        ("1 + 2 - 3", "((1 + 2) - 3)"),
        ("1 / 2 * 3", "((1 / 2) * 3)"),
        ("1 + 2 * 3 - 4 / 5", "((1 + (2 * 3)) - (4 / 5))"),
        ("-2 * 3", "((-2) * 3)"),
        ("2 * -3", "(2 * (-3))"),
        ("--x", "(-(-x))"),
        ("-x - -y", "((-x) - (-y))"),
        ("a != b or c <= d", "((a != b) or (c <= d))"),
        ("min(a + 1, b) * 2", "(min((a + 1), b) * 2)"),
    ]

    @Test("precedence and associativity", arguments: precedence)
    func precedenceAndAssociativity(source: String, tree: String) throws {
        #expect(fullyParenthesised(try ExpressionParser.parse(source)) == tree)
    }

    @Test("builds the tree with spans")
    func treeWithSpans() throws {
        let expression = try ExpressionParser.parse("(a + 2) * min(b, -1)")
        let expected = Expression.binary(
            .multiply,
            .binary(.add, .answer("a", span: span(1, 2)), .number(2, span: span(5, 6)), span: span(0, 7)),
            .call(
                .min,
                [
                    .answer("b", span: span(14, 15)),
                    .unary(.negate, .number(1, span: span(18, 19)), span: span(17, 19)),
                ],
                span: span(10, 20)),
            span: span(0, 20))
        #expect(expression == expected)
    }

    @Test("reference functions keep the spans of their arguments")
    func queryArguments() throws {
        let expression = try ExpressionParser.parse(#"has(A1.4, "app") and score(A1) > 0"#)
        guard
            case .binary(.and, .query(let has, let hasSpan), .binary(.greater, .query(let score, _), _, _), _) =
                expression
        else {
            Issue.record("unexpected tree \(expression)")
            return
        }
        #expect(
            has == .has(Expression.Name("A1.4", span: span(4, 8)), option: Expression.Name("app", span: span(10, 15))))
        #expect(hasSpan == span(0, 16))
        #expect(score == .score(Expression.Name("A1", span: span(27, 29))))
    }

    @Test("spans count Unicode scalars")
    func scalarOffsets() throws {
        // "e" + U+0301 is one Character but two scalars; the emoji flag is two scalars.
        let expression = try ExpressionParser.parse("\"e\u{301}🇸🇦\" == x")
        guard case .binary(.equal, .string(let text, let textSpan), .answer(_, let xSpan), _) = expression else {
            Issue.record("unexpected tree \(expression)")
            return
        }
        #expect(text == "e\u{301}🇸🇦")
        #expect(textSpan == span(0, 6))
        #expect(xSpan == span(10, 11))
    }

    @Test("a function name without parentheses is a reference")
    func functionNameAsReference() throws {
        #expect(
            try ExpressionParser.parse("min + score")
                == .binary(
                    .add, .answer("min", span: span(0, 3)), .answer("score", span: span(6, 11)), span: span(0, 11)))
    }

    @Test("keywords are whole words only")
    func keywordPrefixes() throws {
        #expect(
            fullyParenthesised(try ExpressionParser.parse("android and order or notice"))
                == "((android and order) or notice)")
        #expect(try ExpressionParser.parse("and.x") == .answer("and.x", span: span(0, 5)))
    }

    @Test("number literals", arguments: [("12", 12.0), ("0.5", 0.5), ("1e3", 1000), ("2.5E+2", 250), ("1e-400", 0)])
    func numbers(source: String, value: Double) throws {
        #expect(try ExpressionParser.parse(source) == .number(value, span: span(0, source.unicodeScalars.count)))
    }

    @Test("a string of 1,000 characters and an expression of 4,096 are accepted")
    func longestAccepted() throws {
        let text = String(repeating: "a", count: 1_000)
        #expect(try ExpressionParser.parse("\"\(text)\"") == .string(text, span: span(0, 1_002)))
        let padded = "1" + String(repeating: " ", count: 4_094) + "2"
        #expect(padded.unicodeScalars.count == 4_096)
        #expect(parseError(padded)?.message == "expected an operator before '2'")
    }
}

func span(_ start: Int, _ end: Int) -> SourceSpan {
    SourceSpan(start: start, end: end)
}
