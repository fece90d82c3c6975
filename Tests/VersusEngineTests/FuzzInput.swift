import Foundation
@testable import VersusEngine
@testable import VersusTooling

/// Seeded random inputs for the property tests: random bytes and text, mutations of the real
/// articles in `Corpus/`, and queries made of corpus words, FTS5 syntax and awkward Unicode.
///
/// Every input comes from its own seed (the run's seed mixed with the input's number), so a
/// failure message that names the seed and the number is enough to make that input again:
/// `FuzzInput(seed: FuzzInput.seed(run: S, case: N))`.
struct FuzzInput: RandomNumberGenerator {
    /// The run's seed: `VERSUS_FUZZ_SEED` (decimal or 0x-hex) when set, a fixed one otherwise,
    /// so that the normal test run is reproducible.
    static let runSeed: UInt64 = {
        guard let text = ProcessInfo.processInfo.environment["VERSUS_FUZZ_SEED"] else { return 0x5EED_0006 }
        return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) ?? 0x5EED_0006 : UInt64(text) ?? 0x5EED_0006
    }()

    /// The seed of input number `number` of a run.
    static func seed(run: UInt64, case number: Int) -> UInt64 {
        var mixer = FuzzInput(seed: run ^ (UInt64(number) &* 0x9E37_79B9_7F4A_7C15))
        return mixer.next()
    }

    /// The engine's SplitMix64: tiny, fast, and good enough to drive mutations.
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    // MARK: - Pieces

    /// Text that is awkward for a tokenizer, a parser or FTS5.
    static let awkward: [String] = [
        "\u{301}", "e\u{301}", "\u{0308}\u{0308}\u{0308}", "🎉", "👩‍👩‍👧", "🇫🇷", "\u{200D}", "\u{200B}", "\u{FEFF}",
        "\u{200F}", "\u{202E}", "שלום", "مرحبا", "日本語", "한국어", "Ünïcödé", "ß", "İ", "ǅ", "ﬁ", "Ⅻ", "²", "٣",
        "\u{E000}", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "\u{7F}", "\u{1}", "\u{2}", "\u{3}", "\u{1B}[31m",
        "\t", " ", "  ", "\u{A0}", "\u{3000}", "\u{FFFD}", "\u{10FFFF}", "<mark>", "</mark>", "<script>", "&amp;", "&",
        "<", ">", "'", "\\", "%", "_", "`",
    ]

    /// FTS5 query syntax and SQL that must stay plain text.
    static let syntax: [String] = [
        "\"", "\"\"", "*", "^", ":", "(", ")", "{", "}", "-", "+", "AND", "OR", "NOT", "NEAR", "NEAR(", ",", "body:",
        "heading:", "context:", "terms:", "kind:", "{body heading}:", "'; DROP TABLE article; --", "?", "vs", "vs.",
        "versus", "rank", "bm25(passage_fts)", "MATCH", "NULL", "0", "-1", "1e999",
    ]

    /// Words of a query that steer the analyzer.
    static let markers: [String] = [
        "what", "is", "the", "difference", "between", "meaning", "of", "in", "a", "sentence", "example", "as", "verb",
        "noun", "adjective", "define", "definition", "how", "do", "i", "use", "when", "should", "which", "who",
    ]

    mutating func awkwardPiece() -> String { pick(Self.awkward) }

    /// A word of `length` random letters, sometimes outside ASCII.
    mutating func word(length: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éøçñßüİ")
        return String((0..<length).map { _ in pick(letters) })
    }

    /// `count` random bytes, any values, eight from each draw.
    mutating func bytes(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count { withUnsafeBytes(of: next()) { bytes += $0 } }
        return Array(bytes.prefix(count))
    }

    // MARK: - Queries

    /// A random query: corpus words, markers, FTS5 syntax and awkward text, in random order.
    mutating func query(words: [String]) -> String {
        switch int(0..<20) {
        case 0: return ""
        case 1: return pick(["   ", "\t\n", "\u{3000}", "\u{200B}\u{200B}", "\r\n"])
        case 2: return String(repeating: pick(["a", "é", "🎉", "\"", "*", "email "]), count: int(100...5_000))
        case 3: return word(length: int(200...3_000))
        default: break
        }
        var parts: [String] = []
        for _ in 0..<int(1...12) {
            switch int(0..<10) {
            case 0...3: parts.append(pick(words))
            case 4, 5: parts.append(pick(Self.markers))
            case 6: parts.append(pick(Self.syntax))
            case 7: parts.append(awkwardPiece())
            case 8: parts.append(word(length: int(1...12)))
            default: parts.append(pick(words).uppercased())
            }
        }
        var text = ""
        for part in parts {
            text += part
            text += pick([" ", " ", " ", "", "-", "\"", ":", "*", "\u{0}", "\n", ", "])
        }
        if chance(0.3) { text += "?" }
        return text
    }

    /// A real query bent by a few character-level edits.
    mutating func mutated(query: String) -> String {
        var scalars = Array(query.unicodeScalars)
        for _ in 0..<int(1...4) {
            switch int(0..<7) {
            case 0 where !scalars.isEmpty: scalars.remove(at: int(0..<scalars.count))
            case 1: scalars.insert(contentsOf: awkwardPiece().unicodeScalars, at: int(0...scalars.count))
            case 2: scalars.insert(contentsOf: pick(Self.syntax).unicodeScalars, at: int(0...scalars.count))
            case 3 where scalars.count > 1:
                let i = int(0..<scalars.count - 1)
                scalars.swapAt(i, i + 1)
            case 4: scalars += scalars.prefix(int(0...scalars.count))
            case 5 where !scalars.isEmpty:
                scalars.removeLast(int(0...scalars.count))
            default:
                scalars.insert(Unicode.Scalar(UInt8.random(in: 0...127, using: &self)), at: int(0...scalars.count))
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    // MARK: - Articles

    /// Text from pieces of the article format, separators and awkward characters.
    mutating func articleishText(lines: [String]) -> [UInt8] {
        var text = ""
        for _ in 0..<int(0...120) {
            switch int(0..<12) {
            case 0...4: text += pick(lines)
            case 5:
                text += pick([
                    "Key Differences", "Comparison Chart", "Definitions", "FAQ", "About Author", "Written by",
                    "Edited by", "Trending Comparisons", "Tea vs. Coffee: What's the Difference?", "A vs B", " vs. ",
                    "By Ann || Edited by Bo || Published on May 5", "Is it?", "?", "Tea and Coffee Definitions",
                ])
            case 6, 7: text += pick(["\n", "\n", "\r\n", "\r", "\n\n", "\n\n\n"])
            case 8: text += awkwardPiece()
            case 9: text += word(length: int(1...20))
            case 10: text += pick(Self.syntax)
            default: text += " "
            }
        }
        return Array(text.utf8)
    }

    /// A real article bent by one to five edits of its bytes or lines.
    mutating func mutated(article: [UInt8]) -> [UInt8] {
        var bytes = article
        for _ in 0..<int(1...5) {
            let operation = int(0..<15)
            // Lines only for the edits that work on lines: splitting costs more than most edits.
            var lines = [1, 2, 3, 7, 9, 10, 11].contains(operation)
                ? bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init) : []
            switch operation {
            case 0 where !bytes.isEmpty:  // flip bits of one byte
                bytes[int(0..<bytes.count)] ^= UInt8.random(in: 1...255, using: &self)
            case 1 where lines.count > 1:  // delete lines
                let start = int(0..<lines.count)
                lines.removeSubrange(start..<min(lines.count, start + int(1...3)))
                bytes = Self.join(lines)
            case 2 where !lines.isEmpty:  // duplicate lines
                let start = int(0..<lines.count)
                let run = lines[start..<min(lines.count, start + int(1...4))]
                lines.insert(contentsOf: run, at: int(0...lines.count))
                bytes = Self.join(lines)
            case 3 where lines.count > 1:  // swap two lines
                lines.swapAt(int(0..<lines.count), int(0..<lines.count))
                bytes = Self.join(lines)
            case 4:  // a NUL byte
                bytes.insert(0, at: int(0...bytes.count))
            case 5:  // a control character
                bytes.insert(UInt8(pick(Array(1...31) + [127])), at: int(0...bytes.count))
            case 6:  // Unicode, anywhere: possibly inside another character's bytes
                bytes.insert(contentsOf: Array(awkwardPiece().utf8), at: int(0...bytes.count))
            case 7 where chance(0.05):  // a huge line: just under or over the limit
                let length = SourceText.maximumLineBytes + pick([-1, 0, 1, 5_000])
                let line = [UInt8](repeating: pick([0x61, 0x20, 0x3F]), count: length)
                lines.insert(line, at: int(0...lines.count))
                bytes = Self.join(lines)
            case 8 where !bytes.isEmpty:  // truncation
                bytes.removeLast(int(0...bytes.count))
            case 9:  // another line ending
                bytes = Self.join(lines, separator: pick([[0x0D, 0x0A], [0x0D], [0x0A, 0x0A], [0x0A, 0x0D]]))
            case 10 where !lines.isEmpty:  // a line that opens or closes a section
                lines[int(0..<lines.count)] = Array(
                    pick([
                        "Key Differences", "Comparison Chart", "FAQ", "About Author", "Written by", "", " ", "Definitions",
                        "Is it one or the other?", "A vs. B", "Trending Comparisons",
                    ]).utf8)
                bytes = Self.join(lines)
            case 11 where !lines.isEmpty:  // a line made a question
                let i = int(0..<lines.count)
                lines[i] += Array("?".utf8)
                bytes = Self.join(lines)
            case 12:  // a byte-order mark, at the start or inside
                bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: chance(0.5) ? 0 : int(0...bytes.count))
            case 13:  // a random byte run
                bytes.insert(contentsOf: self.bytes(count: int(1...16)), at: int(0...bytes.count))
            default:  // an invalid UTF-8 byte
                bytes.insert(pick([0x80, 0xBF, 0xC0, 0xC1, 0xE0, 0xED, 0xF4, 0xF5, 0xFF]), at: int(0...bytes.count))
            }
        }
        return bytes
    }

    static func join(_ lines: [[UInt8]], separator: [UInt8] = [0x0A]) -> [UInt8] {
        Array(lines.joined(separator: separator))
    }
}
