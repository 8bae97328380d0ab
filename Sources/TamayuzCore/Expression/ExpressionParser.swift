/// Parses the text of an expression into an ``Expression``.
///
/// ## Grammar
///
/// In ISO 14977 EBNF, lowest precedence first. Tokens may be separated by whitespace (space,
/// tab, line feed, carriage return).
///
/// ```ebnf
/// expression     = disjunction ;
/// disjunction    = conjunction , { "or" , conjunction } ;
/// conjunction    = negation , { "and" , negation } ;
/// negation       = "not" , negation | comparison ;
/// comparison     = additive , [ comparator , additive ] ;   (* a < b < c is an error *)
/// comparator     = "==" | "!=" | "<" | "<=" | ">" | ">=" ;
/// additive       = multiplicative , { ( "+" | "-" ) , multiplicative } ;
/// multiplicative = unary , { ( "*" | "/" ) , unary } ;
/// unary          = "-" , unary | primary ;
/// primary        = number | string | "true" | "false" | reference | call
///                | "(" , expression , ")" ;
/// reference      = identifier ;                    (* the answer of an indicator *)
/// call           = value-call | query-call ;
/// value-call     = value-function , "(" , expression , { "," , expression } , ")" ;
/// value-function = "min" | "max" | "avg" | "sum"   (* one or more numbers *)
///                | "count"                         (* one or more booleans *)
///                | "if"                            (* exactly three arguments *)
///                | "abs"                           (* one number *)
///                | "round" ;                       (* one or two numbers *)
/// query-call     = ( "score" | "applicable" ) , "(" , identifier , ")"   (* any node *)
///                | ( "answered" | "level" ) , "(" , identifier , ")"     (* an indicator *)
///                | "has" , "(" , identifier , "," , string , ")" ;       (* a checklist *)
///
/// identifier     = letter , { letter | digit | "." } ;   (* other than a keyword *)
/// keyword        = "and" | "or" | "not" | "true" | "false" | "if" ;
/// letter         = "A" | … | "Z" | "a" | … | "z" | "_" ;
/// digit          = "0" | … | "9" ;
/// number         = digit , { digit } , [ "." , digit , { digit } ] ,
///                  [ ( "e" | "E" ) , [ "+" | "-" ] , digit , { digit } ] ;
/// string         = '"' , { character - ( '"' | "\" ) | "\" , '"' | "\" , "\" } , '"' ;
/// ```
///
/// Operators are left-associative, except comparisons, which do not associate. A call is a
/// function name followed by `(` (whitespace between them is allowed); function names are not reserved, so an indicator may
/// be called `min`. The arguments of `score`, `applicable`, `answered`, `level` and `has` are
/// written as they are, without parentheses around them: they name a node and are not evaluated.
///
/// ## Limits
/// A number has at most 64 characters and must be finite (`1e309` is an error); a string holds
/// at most 1,000 characters; the text at most 4,096; nesting at most 64 levels (see
/// ``ExpressionLimits``). Each is a syntax error, so hostile files cannot exhaust the stack.
///
/// Spans and the offsets in messages count Unicode scalars from 0.
public enum ExpressionParser: Sendable {
    /// Parses `source`, or throws the first syntax error with its span.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        var parser = ExpressionRecursiveDescent(lexer: ExpressionLexer(source))
        return try parser.parseWhole()
    }
}

/// A subtree and its height in nesting levels (a literal or reference is 0).
private struct ParsedSubexpression {
    var expression: Expression
    var height: Int

    init(_ expression: Expression, height: Int) {
        self.expression = expression
        self.height = height
    }

    var span: SourceSpan { expression.span }
}

/// The parser proper: one method per grammar rule.
///
/// `depth` counts the levels open around the rule being parsed; every method returns a subtree
/// whose height, added to `depth`, is at most ``ExpressionLimits/maximumDepth``. Opening a
/// level checks the limit before recursing, so the recursion itself stays shallow.
private struct ExpressionRecursiveDescent {
    var lexer: ExpressionLexer
    /// Tokens lexed and not yet consumed: the current one first, then the lookahead.
    var buffer: [ExpressionToken] = []
    var depth = 0

    init(lexer: ExpressionLexer) {
        self.lexer = lexer
    }

    /// The token `ahead` places after the current one (0: the current one).
    mutating func peek(_ ahead: Int = 0) throws(ExpressionError) -> ExpressionToken {
        while buffer.count <= ahead {
            if let last = buffer.last, last.kind == .end { return last }
            buffer.append(try lexer.next())
        }
        return buffer[ahead]
    }

    @discardableResult
    mutating func advance() throws(ExpressionError) -> ExpressionToken {
        let token = try peek()
        if token.kind != .end { buffer.removeFirst() }
        return token
    }

    mutating func openLevel(at span: SourceSpan) throws(ExpressionError) {
        depth += 1
        if depth > ExpressionLimits.maximumDepth { throw .tooDeep(span) }
    }

    mutating func closeLevel() {
        depth -= 1
    }

    // MARK: Rules

    mutating func parseWhole() throws(ExpressionError) -> Expression {
        let first = try peek()
        if first.kind == .end { throw .empty(SourceSpan(start: 0, end: first.span.end)) }
        let result = try disjunction()
        let token = try peek()
        switch token.kind {
        case .end: return result.expression
        case .symbol(.closeParenthesis): throw .unmatchedClose(token.span)
        case .number, .string, .identifier, .keyword(.true), .keyword(.false), .keyword(.if), .keyword(.not),
            .symbol(.openParenthesis):
            throw .expectedOperator(before: token)
        default: throw .unexpected(token)
        }
    }

    mutating func disjunction() throws(ExpressionError) -> ParsedSubexpression {
        try leftAssociative(
            { $0.isKeyword(.or) ? .or : nil },
            operand: { parser throws(ExpressionError) in
                try parser.conjunction()
            })
    }

    mutating func conjunction() throws(ExpressionError) -> ParsedSubexpression {
        try leftAssociative(
            { $0.isKeyword(.and) ? .and : nil },
            operand: { parser throws(ExpressionError) in
                try parser.negation()
            })
    }

    mutating func negation() throws(ExpressionError) -> ParsedSubexpression {
        guard try peek().isKeyword(.not) else { return try comparison() }
        let keyword = try advance()
        try openLevel(at: keyword.span)
        let operand = try negation()
        closeLevel()
        return ParsedSubexpression(
            .unary(.not, operand.expression, span: keyword.span.union(operand.span)), height: operand.height + 1)
    }

    mutating func comparison() throws(ExpressionError) -> ParsedSubexpression {
        let lhs = try additive()
        guard let op = try peek().comparisonOperator else { return lhs }
        let opToken = try advance()
        let result = try binary(op, opToken, lhs, operand: { parser throws(ExpressionError) in try parser.additive() })
        if try peek().comparisonOperator != nil { throw .chainedComparison(try peek().span) }
        return result
    }

    mutating func additive() throws(ExpressionError) -> ParsedSubexpression {
        try leftAssociative(
            { $0.isSymbol(.plus) ? .add : $0.isSymbol(.minus) ? .subtract : nil },
            operand: { parser throws(ExpressionError) in try parser.multiplicative() })
    }

    mutating func multiplicative() throws(ExpressionError) -> ParsedSubexpression {
        try leftAssociative(
            { $0.isSymbol(.star) ? .multiply : $0.isSymbol(.slash) ? .divide : nil },
            operand: { parser throws(ExpressionError) in try parser.unary() })
    }

    mutating func unary() throws(ExpressionError) -> ParsedSubexpression {
        guard try peek().isSymbol(.minus) else { return try primary() }
        let minus = try advance()
        try openLevel(at: minus.span)
        let operand = try unary()
        closeLevel()
        return ParsedSubexpression(
            .unary(.negate, operand.expression, span: minus.span.union(operand.span)), height: operand.height + 1)
    }

    mutating func primary() throws(ExpressionError) -> ParsedSubexpression {
        let token = try peek()
        switch token.kind {
        case .number(let value):
            try advance()
            return ParsedSubexpression(.number(value, span: token.span), height: 0)
        case .string(let value):
            try advance()
            return ParsedSubexpression(.string(value, span: token.span), height: 0)
        case .keyword(.true), .keyword(.false):
            try advance()
            return ParsedSubexpression(.boolean(token.isKeyword(.true), span: token.span), height: 0)
        case .keyword(.if):
            guard try peek(1).isSymbol(.openParenthesis) else { throw .reservedIf(token.span) }
            return try call()
        case .identifier(let id):
            if try peek(1).isSymbol(.openParenthesis) { return try call() }
            try advance()
            return ParsedSubexpression(.answer(id, span: token.span), height: 0)
        case .symbol(.openParenthesis):
            try advance()
            try openLevel(at: token.span)
            let inner = try disjunction()
            guard try peek().isSymbol(.closeParenthesis) else {
                throw .expectedClose(opening: token, found: try peek())
            }
            let closing = try advance()
            closeLevel()
            return ParsedSubexpression(
                inner.expression.with(span: token.span.union(closing.span)), height: inner.height + 1)
        case .keyword(.not):
            throw .notAsOperand(token.span)
        case .end:
            throw .unexpectedEnd(token.span)
        default:
            throw .unexpected(token)
        }
    }

    /// `name ( arguments )`, the name being the current token and `(` the next.
    mutating func call() throws(ExpressionError) -> ParsedSubexpression {
        let name = try advance()
        let function = Expression.Function(rawValue: name.text)
        guard function != nil || Expression.Query.functionNames.contains(name.text) else {
            throw .unknownFunction(name.text, name.span)
        }
        let opening = try advance()
        try openLevel(at: name.span.union(opening.span))
        var arguments: [(parsed: ParsedSubexpression, first: ExpressionToken)] = []
        if try !peek().isSymbol(.closeParenthesis) {
            while true {
                let first = try peek()
                arguments.append((try disjunction(), first))
                if try peek().isSymbol(.comma) {
                    try advance()
                } else if try peek().isSymbol(.closeParenthesis) {
                    break
                } else {
                    throw .expectedArgumentEnd(function: name, found: try peek())
                }
            }
        }
        let closing = try advance()
        closeLevel()
        let span = name.span.union(closing.span)
        let height = (arguments.map(\.parsed.height).max() ?? 0) + 1

        if let function {
            guard function.arity.contains(arguments.count) else {
                throw ExpressionError(function.arityMessage, span: span)
            }
            return ParsedSubexpression(.call(function, arguments.map(\.parsed.expression), span: span), height: height)
        }
        let shapeError = { (span: SourceSpan) in
            ExpressionError(Expression.Query.shapeMessage(for: name.text), span: span)
        }
        let isHas = name.text == "has"
        guard arguments.count == (isHas ? 2 : 1) else { throw shapeError(span) }
        let (nodeArgument, nodeFirst) = arguments[0]
        // Written bare: an identifier token that is the whole argument, not `(A1)`.
        guard case .answer(let id, let idSpan) = nodeArgument.expression, nodeFirst.span == idSpan else {
            throw shapeError(nodeArgument.span)
        }
        var option: Expression.Name?
        if isHas {
            let (optionArgument, optionFirst) = arguments[1]
            guard case .string(let text, let textSpan) = optionArgument.expression, optionFirst.span == textSpan else {
                throw shapeError(optionArgument.span)
            }
            option = Expression.Name(text, span: textSpan)
        }
        guard let query = Expression.Query.make(name.text, node: Expression.Name(id, span: idSpan), option: option)
        else {
            throw shapeError(span)
        }
        return ParsedSubexpression(.query(query, span: span), height: 1)
    }

    // MARK: Operators

    /// `operand { op operand }`, building a left-nested tree.
    mutating func leftAssociative(
        _ operatorOf: (ExpressionToken) -> Expression.BinaryOperator?,
        operand: (inout ExpressionRecursiveDescent) throws(ExpressionError) -> ParsedSubexpression
    ) throws(ExpressionError) -> ParsedSubexpression {
        var lhs = try operand(&self)
        while let op = operatorOf(try peek()) {
            let opToken = try advance()
            lhs = try binary(op, opToken, lhs, operand: operand)
        }
        return lhs
    }

    /// The right operand of `lhs op`, and the node joining them.
    mutating func binary(
        _ op: Expression.BinaryOperator, _ opToken: ExpressionToken, _ lhs: ParsedSubexpression,
        operand: (inout ExpressionRecursiveDescent) throws(ExpressionError) -> ParsedSubexpression
    ) throws(ExpressionError) -> ParsedSubexpression {
        try openLevel(at: opToken.span)
        let rhs = try operand(&self)
        closeLevel()
        let height = Swift.max(lhs.height, rhs.height) + 1
        // A long chain deepens the tree on the left, beyond what openLevel saw.
        if depth + height > ExpressionLimits.maximumDepth { throw .tooDeep(opToken.span) }
        return ParsedSubexpression(
            .binary(op, lhs.expression, rhs.expression, span: lhs.span.union(rhs.span)), height: height)
    }
}

// MARK: - Messages

extension ExpressionError {
    static func empty(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("expression is empty", span: span)
    }

    static func tooDeep(_ span: SourceSpan) -> ExpressionError {
        ExpressionError(
            "expression is nested too deeply (more than \(ExpressionLimits.maximumDepth) levels)", span: span)
    }

    static func unexpectedEnd(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("unexpected end of expression", span: span)
    }

    static func unexpected(_ token: ExpressionToken) -> ExpressionError {
        ExpressionError("unexpected \(token.quoted)", span: token.span)
    }

    static func unmatchedClose(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("unmatched ')'", span: span)
    }

    static func expectedOperator(before token: ExpressionToken) -> ExpressionError {
        ExpressionError("expected an operator before \(token.quoted)", span: token.span)
    }

    static func expectedClose(opening: ExpressionToken, found: ExpressionToken) -> ExpressionError {
        ExpressionError("expected ')' to close '(' at \(opening.span.start)", span: found.span)
    }

    static func expectedArgumentEnd(function name: ExpressionToken, found: ExpressionToken) -> ExpressionError {
        let expected = found.kind == .end ? "')'" : "',' or ')'"
        return ExpressionError("expected \(expected) to close '\(name.text)(' at \(name.span.start)", span: found.span)
    }

    static func chainedComparison(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("comparison operators cannot be chained; join two comparisons with 'and'", span: span)
    }

    static func reservedIf(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("'if' is a reserved word; write if(condition, then, else)", span: span)
    }

    static func notAsOperand(_ span: SourceSpan) -> ExpressionError {
        ExpressionError("'not' cannot be an operand here; put it in parentheses, as in a == (not b)", span: span)
    }

    static func unknownFunction(_ name: String, _ span: SourceSpan) -> ExpressionError {
        ExpressionError(ExpressionFunctionSuggestion.unknownFunctionMessage(name), span: span)
    }
}
