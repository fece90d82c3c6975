import Foundation

/// JSON as Versus prints it, from the CLI and the server alike: keys sorted (stable from run
/// to run), slashes unescaped.
public enum VersusJSON {
    public static func encode(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        if !pretty, let writable = value as? any JSONWritable {
            var json = JSONWriter()
            writable.write(to: &json)
            return Data(json.bytes)
        }
        return try encodeThroughFoundation(value, pretty: pretty)
    }

    /// The same JSON through `JSONEncoder`, for every type (and to check ``JSONWritable``).
    public static func encodeThroughFoundation(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
