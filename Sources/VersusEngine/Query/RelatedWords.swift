import Foundation

/// For a word, the stems of the words that explain it or are linked to it in WordNet: "angry" →
/// anger, enrage, …; "mining" → extract, ore, coal, …. Read when a request for a meaning or an
/// example qualifies its term with a word the sense's text does not hold ("simmer meaning
/// angry": the sense says "filled with anger"), so that the sense holding a related word wins.
///
/// Read from `Sources/VersusEngine/Resources/related-words.txt`, derived from WordNet 3.0 by
/// `versus related-words` and carrying WordNet's licence notice: one line a word,
/// `word<TAB>stem stem …`, in byte order of the words, `#` lines first. The file is kept as bytes
/// and searched by halves, so loading it costs one read and a scan for line starts.
public struct RelatedWords: Sendable {
    private let bytes: [UInt8]
    /// Where each word's line starts, in the file's (sorted) order.
    private let lineStarts: [Int]

    public static let none = RelatedWords(text: "")

    /// Parses the file format; lines must be in byte order of their words.
    public init(text: String) {
        bytes = Array(text.utf8)
        var starts: [Int] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if end > start, bytes[start] != UInt8(ascii: "#") { starts.append(start) }
            start = end + 1
        }
        lineStarts = starts
    }

    /// The file bundled with Versus, read on first use.
    public static let bundled: RelatedWords = {
        guard let url = Bundle.module.url(forResource: "related-words", withExtension: "txt"),
            let data = try? Data(contentsOf: url)
        else { return .none }
        return RelatedWords(text: String(decoding: data, as: UTF8.self))
    }()

    /// The stems related to `word` (folded), empty when the file does not have it.
    public func stems(of word: String) -> [String] {
        let key = Array(word.utf8)
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            let start = lineStarts[middle]
            let tab = bytes[start...].firstIndex(of: 0x09) ?? start
            let order = compare(bytes[start..<tab], key)
            if order == 0 {
                let end = bytes[tab...].firstIndex(of: 0x0A) ?? bytes.count
                return bytes[(tab + 1)..<end].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return []
    }

    private func compare(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Int {
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
