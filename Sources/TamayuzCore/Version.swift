/// The tool's version, recorded in every result.
public enum TamayuzVersion {
    public static let current = "0.1.0"
}
