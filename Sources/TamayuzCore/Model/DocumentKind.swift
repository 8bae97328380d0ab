/// What a Tamayuz XML file holds, told from its root element's namespace.
public enum DocumentKind: String, Sendable {
    case criteria
    case assessment
}
