/// Placeholder until the process layer lands.
public enum SandboxPlaceholder {}
