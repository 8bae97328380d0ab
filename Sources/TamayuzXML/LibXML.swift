import Clibxml2

/// One-time set-up of libxml2, and the parser options this module allows.
enum LibXML {
    /// `xmlInitParser` and `xmlSchemaInitTypes` are not safe to run concurrently with other
    /// libxml2 calls the first time; a global `let` runs them exactly once, thread-safely.
    private static let initialised: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        // Nothing reaches standard error behind the diagnostics' back (see the shim).
        tamayuz_silence_generic_errors()
        return true
    }()

    /// Makes sure libxml2 is initialised; cheap after the first call.
    static func initialise() {
        precondition(initialised)
    }

    /// The only options ever passed to the parser. `NONET` forbids network access; `BIG_LINES`
    /// keeps line numbers above 65535. Options that load or substitute (`NOENT`, `DTDLOAD`,
    /// `DTDATTR`, `DTDVALID`, `XINCLUDE`) and `HUGE`, which lifts the size and depth limits, are
    /// never set.
    static let parserOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
}
