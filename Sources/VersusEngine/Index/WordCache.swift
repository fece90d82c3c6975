/// The words a parsing worker has met, each numbered once with its stem, and the per-article
/// marks that ``WordCount`` keeps by those numbers. One worker's at a time: `@unchecked
/// Sendable` only so that the indexer can hand each worker its own.
///
/// It grows with the corpus's vocabulary (about 100 bytes a word, so at most about 50 MB a
/// worker by default); past `maximumWords` it starts over, so that a corpus of endless distinct
/// words cannot exhaust memory.
final class WordCache: @unchecked Sendable {
    private let maximumWords: Int

    init(maximumWords: Int = 500_000) {
        self.maximumWords = maximumWords
    }

    private var table = PackedWordTable()
    private var otherWords: [String: Int32] = [:]
    private(set) var words: [String] = []
    private(set) var stemOfEntry: [Int32] = []
    private var stemNumbers: [String: Int32] = [:]
    private(set) var stems: [String] = []
    /// The article that last saw each word.
    var wordStamp: [Int64] = []
    /// Article and passage (`article << 24 | passage + 1`) that last counted each stem, and the
    /// stem's passage count in that article.
    var stemStamp: [Int64] = []
    var stemCount: [Int32] = []
    /// The current article's number, from 1.
    private(set) var article: Int64 = 0
    /// Since the last ``takeBatchTally()``: per word, the articles that contain it; per stem,
    /// the passages; and which words and stems have counts.
    private var batchArticles: [Int32] = []
    private var batchPassages: [Int32] = []
    private var batchWords: [Int32] = []
    private var batchStems: [Int32] = []

    func startArticle() {
        article += 1
    }

    /// Adds an article's distinct words and its stems' passage counts to the batch's.
    func addToBatch(words: [Int32], stems: [Int32]) {
        for entry in words {
            if batchArticles[Int(entry)] == 0 { batchWords.append(entry) }
            batchArticles[Int(entry)] += 1
        }
        for stem in stems {
            if batchPassages[Int(stem)] == 0 { batchStems.append(stem) }
            batchPassages[Int(stem)] += stemCount[Int(stem)]
        }
    }

    /// The words and stems counted since the last call, as a tally to add to the index, and a
    /// fresh start for the next batch; the cache starts over when it has grown past its limit.
    func takeBatchTally() -> WordTally {
        var tally = WordTally()
        tally.deltas.reserveCapacity(batchWords.count)
        for entry in batchWords {
            let word = words[Int(entry)]
            if word.utf8.count <= Lexicon.maximumWordLength { tally.deltas[word] = Int(batchArticles[Int(entry)]) }
            batchArticles[Int(entry)] = 0
        }
        tally.stemDeltas.reserveCapacity(batchStems.count)
        for stem in batchStems {
            tally.stemDeltas[stems[Int(stem)]] = Int(batchPassages[Int(stem)])
            batchPassages[Int(stem)] = 0
        }
        batchWords.removeAll(keepingCapacity: true)
        batchStems.removeAll(keepingCapacity: true)
        if words.count > maximumWords { reset() }
        return tally
    }

    private func reset() {
        table = PackedWordTable()
        otherWords = [:]
        words = []
        stemOfEntry = []
        stemNumbers = [:]
        stems = []
        wordStamp = []
        stemStamp = []
        stemCount = []
        batchArticles = []
        batchPassages = []
    }

    /// The number of a folded word.
    func entry(of word: String) -> Int32 {
        if let key = PackedWord(folded: word) { return entry(of: key, word: word) }
        if let entry = otherWords[word] { return entry }
        let entry = add(word)
        otherWords[word] = entry
        return entry
    }

    /// The number of a packed word; `word` makes its string the first time it is met.
    private func entry(of key: PackedWord, word: @autoclosure () -> String) -> Int32 {
        let slot = table.slot(of: key)
        if let entry = table.entry(at: slot) { return entry }
        let entry = add(word())
        table.insert(key, entry: entry, at: slot)
        return entry
    }

    /// Calls `body` with the number of each word of ASCII text and returns how many words
    /// there were; nil, having called nothing, when the text is not all ASCII.
    func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) -> Int? {
        var total = 0
        let ascii = WordTokenizer.forEachASCIIWord(in: bytes) { range in
            total += 1
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            if let key = PackedWord(folding: word) {
                body(entry(of: key, word: WordTokenizer.folded(word)))
            } else {
                body(entry(of: WordTokenizer.folded(word)))
            }
        }
        return ascii ? total : nil
    }

    /// Numbers a word met for the first time, with its stem.
    private func add(_ word: String) -> Int32 {
        let entry = Int32(words.count)
        words.append(word)
        wordStamp.append(0)
        batchArticles.append(0)
        let stem = PorterStemmer.stem(word)
        if let known = stemNumbers[stem] {
            stemOfEntry.append(known)
        } else {
            let number = Int32(stems.count)
            stemNumbers[stem] = number
            stems.append(stem)
            stemStamp.append(0)
            stemCount.append(0)
            batchPassages.append(0)
            stemOfEntry.append(number)
        }
        return entry
    }
}

/// A folded ASCII word of 1 to 16 letters or digits, its bytes packed into two integers (no
/// byte of a word is 0, so the zero padding is unambiguous).
struct PackedWord: Equatable {
    var low: UInt64
    var high: UInt64

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    /// Packs the word's bytes, folding ASCII capitals; nil for longer words.
    init?(folding word: UnsafeBufferPointer<UInt8>) {
        guard word.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in word.enumerated() {
            let value = UInt64(Self.fold(byte))
            if index < 8 { low |= value << (8 * UInt64(index)) } else { high |= value << (8 * UInt64(index - 8)) }
        }
        self.low = low
        self.high = high
    }

    /// Packs an already folded word; nil when it is longer than 16 bytes or not ASCII.
    init?(folded word: String) {
        var word = word
        guard let packed = word.withUTF8({ bytes -> PackedWord? in
            guard !bytes.isEmpty, !bytes.contains(where: { $0 >= 0x80 || $0 == 0 }) else { return nil }
            return PackedWord(folding: bytes)
        }) else { return nil }
        self = packed
    }

    /// A multiplicative hash: the table's index bits are taken from its top.
    var hash: UInt64 {
        let mixed = (high &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
        return (low &* 0x9E37_79B9_7F4A_7C15) ^ (mixed << 29 | mixed >> 35)
    }
}

/// An open-addressing table from ``PackedWord`` to a number, with linear probing; it doubles
/// when half full.
struct PackedWordTable {
    private var keys: [PackedWord]
    private var entries: [Int32]
    private var shift: UInt64
    private var count = 0

    init(capacity: Int = 4096) {
        var size = 16
        while size < capacity { size *= 2 }
        keys = Array(repeating: PackedWord(low: 0, high: 0), count: size)
        entries = Array(repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The slot that holds `key`, or the empty slot where it belongs.
    func slot(of key: PackedWord) -> Int {
        let mask = entries.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while entries[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    func entry(at slot: Int) -> Int32? {
        entries[slot] >= 0 ? entries[slot] : nil
    }

    /// Stores `key` at `slot`, as ``slot(of:)`` returned it for that key.
    mutating func insert(_ key: PackedWord, entry: Int32, at slot: Int) {
        keys[slot] = key
        entries[slot] = entry
        count += 1
        if count * 2 > entries.count { grow() }
    }

    private mutating func grow() {
        let old = zip(keys, entries).filter { $0.1 >= 0 }
        self = PackedWordTable(capacity: entries.count * 2)
        for (key, entry) in old {
            let slot = slot(of: key)
            keys[slot] = key
            entries[slot] = entry
            count += 1
        }
    }
}
