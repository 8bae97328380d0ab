import TamayuzTestSupport
import TamayuzXML
import Testing

/// `Testing` has a `SourceLocation` too.
typealias Location = TamayuzXML.SourceLocation

/// A test fixture with location markers (`1️⃣` … `9️⃣`) stripped out, and where each marker was,
/// so tests assert positions without hand-counted columns.
struct MarkedSource {
    static let markers: [Character] = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without markers.
    let text: String
    let fileName: String
    private let positions: [Character: (line: Int, column: Int)]

    init(_ marked: String, fileName: String = "test.xml") {
        let stripped = MarkedText(marked, markers: Set(Self.markers))
        self.text = stripped.text
        self.fileName = fileName
        self.positions = stripped.positions
    }

    /// Where `marker` was, as a location in `fileName`.
    subscript(marker: Character) -> Location {
        guard let position = positions[marker] else { preconditionFailure("no marker \(marker)") }
        return Location(file: fileName, line: position.line, column: position.column)
    }

    var bytes: [UInt8] { Array(text.utf8) }

    func parse(schema: XMLSchema? = nil) throws(DiagnosticError) -> XMLElement {
        try XMLReader.parse(bytes, fileName: fileName, schema: schema)
    }

    /// The diagnostics of a parse that must fail; empty (and a test failure) if it succeeds.
    func failure(schema: XMLSchema? = nil) -> [Diagnostic] {
        XMLTesting.failure { () throws(DiagnosticError) in _ = try parse(schema: schema) }
    }
}

enum XMLTesting {
    /// The diagnostics `body` throws; records an issue and returns none if it does not throw.
    static func failure(
        _ body: () throws(DiagnosticError) -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        do {
            try body()
            Issue.record("expected a DiagnosticError", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
