import Testing
@testable import VersusEngine

/// ``WordCount`` (packed words, a cache shared across articles) gives what the plain way gives:
/// every passage's words tokenized as FTS5 does, sets of words and of stems per passage.
@Suite struct WordCountTests {
    /// The plain way: strings, sets and dictionaries.
    static func reference(_ passages: [[String?]], terms: String) -> (lengths: [Int], words: Set<String>, stems: [String: Int]) {
        let termWords = WordTokenizer.words(in: terms)
        var lengths: [Int] = []
        var words = Set(termWords)
        var stems: [String: Int] = [:]
        for texts in passages {
            var passageWords = termWords
            for text in texts.compactMap({ $0 }) { passageWords += WordTokenizer.words(in: text) }
            lengths.append(passageWords.count)
            words.formUnion(passageWords)
            for stem in Set(passageWords.map(PorterStemmer.stem)) { stems[stem, default: 0] += 1 }
        }
        return (lengths, words, stems)
    }

    static let articles: [(passages: [[String?]], terms: String)] = [
        ([["Is email asynchronous?", "Yes. Email is asynchronous: messages WAIT in the inbox.", nil]], "Synchronous Asynchronous"),
        ([[nil, "Running runners ran; the runner runs.", "Run: to move fast."], ["", nil, nil]], "Run Walk"),
        // Words longer than 16 letters, digits, and non-ASCII text (folded as FTS5 folds it).
        ([["Internationalization", "counterrevolutionaries and 2,500 psi at 28 days", nil],
          [nil, "Café CRÈME brûlée, naïve façade", "Ça va"]], "Café Tea"),
        ([], "Affect Effect"),
        ([["a", "b c d", nil], [nil, "one two three two one", nil]], "X Y"),
    ]

    @Test(arguments: articles.indices)
    func matchesThePlainCount(_ index: Int) {
        let article = Self.articles[index]
        let count = WordCount(passages: article.passages, terms: article.terms)
        let expected = Self.reference(article.passages, terms: article.terms)
        #expect(count.lengths == expected.lengths)
        #expect(Set(count.words) == expected.words)
        #expect(count.words.count == expected.words.count)
        #expect(count.stems == expected.stems)
    }

    /// One cache through every article, in two rounds, and a cache that starts over every few
    /// words: the same counts as a fresh cache each time.
    @Test(arguments: [1_000_000, 3])
    func aSharedCacheChangesNothing(_ maximumWords: Int) {
        let cache = WordCache(maximumWords: maximumWords)
        for article in Self.articles + Self.articles {
            let shared = WordCount(passages: article.passages, terms: article.terms, cache: cache)
            let fresh = WordCount(passages: article.passages, terms: article.terms)
            #expect(shared.lengths == fresh.lengths)
            #expect(Set(shared.words) == Set(fresh.words))
            #expect(shared.stems == fresh.stems)
        }
    }

    /// Packed words are equal exactly when the folded words are; the table finds every word back
    /// after growing.
    @Test func packedWordsAndTheirTable() {
        let words = (0..<5_000).map { "w\($0)x" } + ["a", "abcdefghijklmnop", "ABCDEFGHIJKLMNOP", "z9"]
        var table = PackedWordTable(capacity: 16)
        var entries: [String: Int32] = [:]
        for word in words {
            var bytes = Array(word.utf8)
            let key = bytes.withUnsafeMutableBufferPointer { PackedWord(folding: UnsafeBufferPointer($0))! }
            let folded = word.lowercased()
            let slot = table.slot(of: key)
            if let found = table.entry(at: slot) {
                #expect(entries[folded] == found)
            } else {
                #expect(entries[folded] == nil)
                let entry = Int32(entries.count)
                entries[folded] = entry
                table.insert(key, entry: entry, at: slot)
            }
        }
        for (word, entry) in entries {
            let key = PackedWord(folded: word)!
            #expect(table.entry(at: table.slot(of: key)) == entry)
        }
        #expect(PackedWord(folded: "abcdefghijklmnopq") == nil)
        #expect(PackedWord(folded: "café") == nil)
    }
}
