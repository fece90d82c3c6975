/// The word statistics of one article that the index keeps beside FTS5: each passage's token
/// count, the article's distinct words (for the spelling vocabulary) and, for each stem, how many
/// of its passages contain it (for IDF without `fts5vocab`).
///
/// Every word occurrence of every article passes through here, about 25 million at 100,000
/// articles, so a word costs no `String` and no SipHash: an ASCII word of up to 16 letters
/// (nearly all) is folded and packed into two integers as it is scanned, and looked up in the
/// worker's ``WordCache``, which numbers each word and its stem once for all the articles the
/// worker parses. Per article, arrays indexed by those numbers, stamped with the article, mark
/// the words seen and the passages that counted each stem; the same numbers add up the counts
/// of a whole batch of articles, which the writer then merges once (``WordCache/takeBatchTally()``).
struct WordCount {
    /// Each passage's tokens over its heading, text, sense and the article's terms.
    private(set) var lengths: [Int] = []
    /// The distinct words, folded.
    private(set) var words: [String] = []
    /// Each stem, with the number of passages that contain it.
    private(set) var stemCounts: [(stem: String, passages: Int)] = []

    /// ``stemCounts`` as a dictionary.
    var stems: [String: Int] { Dictionary(uniqueKeysWithValues: stemCounts.map { ($0.stem, $0.passages) }) }

    /// Counts `passages`, each made of its texts, with `terms` (the article's two terms) counted
    /// in every passage as FTS5 indexes them.
    init(passages: [[String?]], terms: String, cache: WordCache = WordCache()) {
        cache.startArticle()
        let termWords = WordTokenizer.words(in: terms).map { cache.entry(of: $0) }
        var counted: [Int32] = []
        var wordsSeen: [Int32] = []
        func count(_ entry: Int32, passage: Int) {
            let index = Int(entry)
            if cache.wordStamp[index] != cache.article {
                cache.wordStamp[index] = cache.article
                wordsSeen.append(entry)
            }
            let stem = Int(cache.stemOfEntry[index])
            let stamp = cache.article << 24 | Int64(passage + 1)
            if cache.stemStamp[stem] != stamp {
                if cache.stemStamp[stem] >> 24 != cache.article {
                    cache.stemCount[stem] = 0
                    counted.append(Int32(stem))
                }
                cache.stemStamp[stem] = stamp
                cache.stemCount[stem] += 1
            }
        }
        lengths.reserveCapacity(passages.count)
        for (index, texts) in passages.enumerated() {
            var length = termWords.count
            for entry in termWords { count(entry, passage: index) }
            for text in texts {
                guard var text else { continue }
                let ascii = text.withUTF8 { bytes in
                    cache.forEachASCIIWord(in: bytes) { count($0, passage: index) }
                }
                if let ascii {
                    length += ascii
                } else {
                    let found = WordTokenizer.words(in: text)
                    for word in found { count(cache.entry(of: word), passage: index) }
                    length += found.count
                }
            }
            lengths.append(length)
        }
        // With no passage, the terms are still the article's words.
        if passages.isEmpty {
            for entry in termWords where cache.wordStamp[Int(entry)] != cache.article {
                cache.wordStamp[Int(entry)] = cache.article
                wordsSeen.append(entry)
            }
        }
        words = wordsSeen.map { cache.words[Int($0)] }
        stemCounts = counted.map { (cache.stems[Int($0)], Int(cache.stemCount[Int($0)])) }
        cache.addToBatch(words: wordsSeen, stems: counted)
    }
}
