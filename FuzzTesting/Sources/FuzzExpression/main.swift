import FuzzSupport
import TamayuzCore

/// A small framework's names: one indicator of each answer type, an ordinal with levels and a
/// checklist with options, so the checker's every rule can be reached.
struct Symbols: ExpressionSymbols {
    func answerType(of id: String) -> ExpressionType? {
        switch id {
        case "yes", "flag": .boolean
        case "level1", "maturity": .string
        case "n", "m", "share", "options": .number
        default: nil
        }
    }
    func nodeExists(_ id: String) -> Bool { answerType(of: id) != nil || id == "area" }
    func isOrdinal(_ id: String) -> Bool { id == "maturity" || id == "level1" }
    func checklistHasOption(_ id: String, _ option: String) -> Bool? {
        id == "options" ? ["a", "b", "c"].contains(option) : nil
    }
}

/// Answers for evaluation: numbers at the edges of the finite range, a missing one, and so on.
struct Context: ExpressionContext {
    func answer(_ id: String) -> ExpressionValue {
        switch id {
        case "yes": .boolean(true)
        case "flag": .missing
        case "level1": .string("initial")
        case "maturity": .string("managed")
        case "n": .number(1e308)
        case "m": .number(-0.0)
        case "share": .number(Double.leastNonzeroMagnitude)
        case "options": .number(3)
        default: .missing
        }
    }
    func score(_ nodeID: String) -> Double? { nodeID == "area" ? 0.5 : nil }
    func isApplicable(_ nodeID: String) -> Bool { nodeID != "flag" }
    func level(_ indicatorID: String) -> Int? { indicatorID == "maturity" ? 3 : nil }
    func isTicked(_ indicatorID: String, _ option: String) -> Bool? { indicatorID == "options" ? option == "a" : nil }
}

/// One input: expression text. Parsing gives a tree or a located syntax error; the canonical
/// text of a tree parses to the same canonical text (as `Expression.description` promises); a
/// checked expression evaluates to a value, `.missing` or a located error, never NaN or ±∞.
///
/// The canonical text puts a space around every binary operator, so it can outgrow
/// `ExpressionLimits.maximumLength` (fuzzing found a 2,824-character expression whose canonical
/// text has 4,113: `Hostile/fuzz-expression-canonical-too-long.xml`); that case is skipped.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let source = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    guard let expression = try? ExpressionParser.parse(source) else { return 0 }
    let canonical = expression.description
    guard canonical.unicodeScalars.count <= ExpressionLimits.maximumLength else { return 0 }
    do {
        let reparsed = try ExpressionParser.parse(canonical)
        if reparsed.description != canonical {
            fuzzFailure("canonical text \(canonical) reparses as \(reparsed.description)")
        }
    } catch {
        fuzzFailure("canonical text \(canonical) of \(source) does not parse: \(error)")
    }
    guard (try? ExpressionChecker.check(expression, symbols: Symbols())) != nil else { return 0 }
    if case .number(let value)? = try? expression.evaluate(in: Context()), !value.isFinite {
        fuzzFailure("\(source) evaluates to \(value)")
    }
    return 0
}

runFuzzer(fuzzExpression)
