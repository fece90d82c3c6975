import Foundation

/// Splits text into lowercase, diacritic-free words the way SQLite's `unicode61` tokenizer
/// with `remove_diacritics 2` does: letters, digits and private-use characters are word
/// characters; everything else (spaces, punctuation, symbols, emoji) separates words.
///
/// The query analyzer uses it so that the words it reasons about are the words FTS5 indexed.
public enum WordTokenizer {
    /// The words of `text`, lowercased and folded, at most `limit` of them.
    public static func words(in text: String, limit: Int = .max) -> [String] {
        var text = text
        if let words = text.withUTF8({ asciiWords(in: $0, limit: limit) }) { return words }
        return unicodeWords(in: text, limit: limit)
    }

    /// The word scanner of the ASCII fast paths (the tokenizer's, the passage matcher's, the
    /// indexer's word count): calls `body` with the byte range of each word (ASCII letters and
    /// digits) in order and returns true; returns false, having called nothing, when the text is
    /// not all ASCII.
    @inline(__always)
    static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
        var start = -1
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) {
                if start < 0 { start = index }
            } else if start >= 0 {
                body(start..<index)
                start = -1
            }
        }
        if start >= 0 { body(start..<bytes.count) }
        return true
    }

    /// An ASCII word's bytes lowercased, as a string.
    static func folded(_ word: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: word.count) { buffer in
            for (i, byte) in word.enumerated() { buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
            return word.count
        }
    }

    /// The fast path for ASCII text (nearly all of it): bytes in, words out; nil when the text
    /// is not all ASCII.
    private static func asciiWords(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [String]? {
        var words: [String] = []
        let ascii = forEachASCIIWord(in: bytes) { range in
            if words.count < limit { words.append(folded(UnsafeBufferPointer(rebasing: bytes[range]))) }
        }
        return ascii ? words : nil
    }

    private static func unicodeWords(in text: String, limit: Int) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                appendFolded(scalar, to: &current)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty, words.count < limit { words.append(String(current)) }
        return words
    }

    /// A word of a text and where it stands, as UTF-8 offsets.
    public struct Span: Sendable, Equatable {
        public var word: String
        public var start: Int
        public var end: Int
    }

    /// The words of `text` with their positions, tokenized as ``words(in:limit:)`` does.
    public static func spans(in text: String) -> [Span] {
        var text = text
        if let spans = text.withUTF8({ asciiSpans(in: $0) }) { return spans }
        return unicodeSpans(in: text)
    }

    private static func asciiSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span]? {
        var spans: [Span] = []
        let ascii = forEachASCIIWord(in: bytes) { range in
            spans.append(Span(word: folded(UnsafeBufferPointer(rebasing: bytes[range])), start: range.lowerBound, end: range.upperBound))
        }
        return ascii ? spans : nil
    }

    private static func unicodeSpans(in text: String) -> [Span] {
        var spans: [Span] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                appendFolded(scalar, to: &current)
            } else if !current.isEmpty {
                spans.append(Span(word: String(current), start: start, end: offset))
                current = String.UnicodeScalarView()
            }
            offset += width
        }
        if !current.isEmpty { spans.append(Span(word: String(current), start: start, end: offset)) }
        return spans
    }

    /// Whether a scalar belongs to a word: Unicode categories L*, N*, Co, and combining marks
    /// (which folding then drops).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Appends the lowercase form of `scalar` without its diacritics (`É` → `e`).
    private static func appendFolded(_ scalar: Unicode.Scalar, to word: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let v = scalar.value
            word.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        let folded = String(scalar).lowercased().decomposedStringWithCanonicalMapping
        for part in folded.unicodeScalars where !isMark(part) {
            word.append(part)
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
