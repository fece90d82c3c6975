/// An optional that Versus's JSON always shows: `null` when empty, where Swift's synthesized
/// `Encodable` would leave the key out. Every key of a response is present, so that clients
/// never have to tell a missing key from an empty value.
@propertyWrapper
public struct AlwaysEncoded<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension AlwaysEncoded: Equatable where Value: Equatable {}

extension AlwaysEncoded: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}
