import Foundation

/// A number that Versus's JSON shows rounded to a few decimal places (a score to 4, a time in
/// milliseconds to 3): more digits than that are noise, and they would make the output differ
/// from run to run. The value itself is kept whole; `$name` is the rounded value.
@propertyWrapper
public struct Rounded: Encodable, Sendable, Equatable {
    public var wrappedValue: Double
    /// 10 to the number of decimal places kept.
    let scale: Double

    public init(wrappedValue: Double, places: Int) {
        self.wrappedValue = wrappedValue
        scale = pow(10, Double(places))
    }

    /// The value as JSON shows it.
    public var projectedValue: Double { (wrappedValue * scale).rounded() / scale }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(projectedValue)
    }
}
