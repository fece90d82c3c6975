/// A cursor over the space-separated fields of one line.
struct FieldCursor {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// The next field, or `nil` at the end of the line or at the gloss's `|`.
    mutating func field() -> ArraySlice<UInt8>? {
        while position < bytes.endIndex, bytes[position] == 0x20 { position += 1 }
        guard position < bytes.endIndex, bytes[position] != UInt8(ascii: "|") else { return nil }
        let start = position
        while position < bytes.endIndex, bytes[position] != 0x20 { position += 1 }
        return bytes[start..<position]
    }

    mutating func decimal() -> Int? { number(radix: 10) }
    mutating func hexadecimal() -> Int? { number(radix: 16) }

    private mutating func number(radix: Int) -> Int? {
        guard let field = field(), !field.isEmpty else { return nil }
        var value = 0
        for byte in field {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            value = value * radix + digit
        }
        return value
    }

    /// A word field: underscores read as spaces, an adjective's syntactic marker (`(a)`,
    /// `(p)`, `(ip)`) dropped.
    mutating func word() -> String? {
        guard var field = field() else { return nil }
        if field.last == UInt8(ascii: ")"), let open = field.lastIndex(of: UInt8(ascii: "(")), open > field.startIndex {
            field = field[..<open]
        }
        return String(decoding: field.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }, as: UTF8.self)
    }

    /// The gloss: the text after `| `, without trailing spaces.
    mutating func gloss() -> String? {
        guard let bar = bytes[position...].firstIndex(of: UInt8(ascii: "|")) else { return nil }
        var end = bytes.endIndex
        while end > bar + 1, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[(bar + 1)..<end], as: UTF8.self).trimming([" "])
    }
}
