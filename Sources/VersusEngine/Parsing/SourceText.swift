/// The lines of a file, decoded and checked before any structure is read from them.
///
/// Accepts UTF-8 with or without a byte-order mark and any of LF, CRLF or CR line endings;
/// trims surrounding white space from each line. Rejects empty, binary, non-UTF-8 and
/// oversized input with a ``ParseError`` that names the line.
struct SourceText {
    /// The largest file read as an article: real articles are a few kilobytes.
    static let maximumBytes = 4 << 20
    /// The longest line accepted: a paragraph is a few hundred bytes.
    static let maximumLineBytes = 64 << 10

    struct Line {
        var number: Int
        var text: Substring
        var isBlank: Bool { text.isEmpty }
    }

    var lines: [Line]

    init(bytes: some Collection<UInt8>, file: String) throws(ParseError) {
        var bytes = Array(bytes)
        if bytes.count > Self.maximumBytes {
            throw ParseError(file: file, line: nil, reason: .tooLarge(bytes: bytes.count, limit: Self.maximumBytes))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw ParseError(file: file, line: Self.lineNumber(at: nul, in: bytes), reason: .binary)
        }
        if let bad = Self.firstInvalidUTF8Offset(in: bytes) {
            throw ParseError(file: file, line: Self.lineNumber(at: bad, in: bytes), reason: .invalidUTF8)
        }
        var lines: [Line] = []
        var start = 0
        var i = 0
        func addLine(endingAt end: Int) throws(ParseError) {
            let number = lines.count + 1
            if end - start > Self.maximumLineBytes {
                throw ParseError(file: file, line: number, reason: .lineTooLong(length: end - start, limit: Self.maximumLineBytes))
            }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            lines.append(Line(number: number, text: Substring(text).trimmingWhitespace()))
        }
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A:
                try addLine(endingAt: i)
                start = i + 1
            case 0x0D:
                try addLine(endingAt: i)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            default:
                break
            }
            i += 1
        }
        if start < bytes.count { try addLine(endingAt: bytes.count) }
        if lines.allSatisfy(\.isBlank) {
            throw ParseError(file: file, line: nil, reason: .empty)
        }
        self.lines = lines
    }

    /// The 1-based line of the byte at `offset`, counting line endings as the splitter does:
    /// LF, CRLF and a lone CR each end one line.
    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
            } else if bytes[i] == 0x0D {
                line += 1
                if i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return line
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < lower || bytes[i + 1] > upper { return i }
            for k in 2..<length where bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return i }
            i += length
        }
        return nil
    }
}

extension Substring {
    /// The substring without leading and trailing spaces, tabs and other white space.
    func trimmingWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return self[first...last]
    }
}
