import Foundation

/// The one JSON form Panel writes and prints (`--json`, report files): pretty, keys sorted, slashes unescaped.
public enum PanelJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
