/// A 64-bit FNV-1a digest of a file's bytes, to tell a changed file from an unchanged one.
///
/// Not cryptographic: it only has to notice edits, and it runs on every file of every run.
enum ContentHash {
    static func of(_ bytes: some Collection<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // nil when the bytes are not stored contiguously: then they are walked one by one.
        let walked: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        if walked == nil {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
