/// A 64-bit FNV-1a digest, fed piece by piece: a cheap, stable name for content (a corpus
/// folder, a pair of lemmas). Not cryptographic; it only has to tell contents apart.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    mutating func add(_ text: String) { add(text.utf8) }

    /// The digest as 16 hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
