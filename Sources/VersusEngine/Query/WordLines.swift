import Foundation

/// A word list file of the shape Versus bundles its WordNet-derived resources in: `#` lines
/// first, then one line a word, `word<TAB>item item …`, in byte order of the words. Kept as bytes
/// and searched by halves, so loading it costs one read and a scan for line starts.
struct WordLines: Sendable {
    private let bytes: [UInt8]
    /// Where each word's line starts, in the file's (sorted) order.
    private let lineStarts: [Int]

    static let none = WordLines(text: "")

    /// Parses the format; lines must be in byte order of their words.
    init(text: String) {
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

    /// A file bundled with Versus (`Sources/VersusEngine/Resources/NAME.txt`); empty when missing.
    static func bundled(_ name: String) -> WordLines {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
            let data = try? Data(contentsOf: url)
        else { return .none }
        return WordLines(text: String(decoding: data, as: UTF8.self))
    }

    /// The items of `word`'s line, empty when the file does not have it.
    func items(of word: String) -> [String] {
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
