/// Panel's version, as `panel --version` prints it and packets record it.
public enum PanelVersion {
    public static let current = "0.1.0"
}
