/// Fixture text with its location markers (such as `📍` or `1️⃣`) taken out, and where each
/// marker stood: 1-based lines and columns, columns counted in Unicode scalars, so that no test
/// counts columns by hand.
public struct MarkedText {
    /// The text without markers.
    public let text: String
    /// Where each marker stood in `text`.
    public let positions: [Character: (line: Int, column: Int)]

    /// Takes `markers` out of `marked`; each may stand once at most.
    public init(_ marked: String, markers: Set<Character>) {
        var text = ""
        var positions: [Character: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if markers.contains(character) {
                precondition(positions[character] == nil, "marker \(character) used twice")
                positions[character] = (line, column)
                continue
            }
            text.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.positions = positions
    }
}
