/// Finds the query's words in a passage's text, in Swift, the way FTS5 would match them:
/// same tokenizer, same stemmer. Used instead of FTS5's `highlight()` and `snippet()`, which
/// need a `MATCH` and, with frequent words, seek through huge doclists for every row.
struct PassageMatcher {
    let query: AnalyzedQuery
    private let stems: Set<String>
    private let alternativeStems: Set<String>
    private let prefixes: [String]
    /// The first two bytes of every form that can match (stems, alternatives, prefixes): a word
    /// that starts otherwise cannot match, so most words are skipped without being stemmed.
    /// (A Porter stem keeps its word's first two letters.)
    private let openings: Openings
    /// Each term's alternatives as sets of stems, for ``termBits(word:stem:)``.
    private let alternativeStemSets: [[Set<String>]]
    /// Each word is stemmed, and its terms found, once per query. A reference, so that copying the
    /// matcher (which Swift may do around the nested function of ``asciiMatches(in:)``) never
    /// copies the cache.
    private let stemCache = StemCache()

    private final class StemCache {
        var entries: [String: (stem: String, terms: UInt64)] = [:]
    }

    init(query: AnalyzedQuery) {
        self.query = query
        stems = Set(query.terms.map(\.stem))
        alternativeStems = Set(query.terms.flatMap { $0.alternatives.joined() }.map(PorterStemmer.stem))
        prefixes = query.terms.filter(\.isPrefix).map(\.word)
        alternativeStemSets = query.terms.map { term in term.alternatives.map { Set($0.map(PorterStemmer.stem)) } }
        var openings = Openings()
        for form in stems.union(alternativeStems).union(prefixes) { openings.insert(Self.opening(Array(form.utf8))) }
        self.openings = openings
    }

    /// A set of two-byte openings as a 64 Kib bitmap: a lookup per word, with no hashing.
    struct Openings {
        private var bits = [UInt64](repeating: 0, count: 1 << 10)

        mutating func insert(_ opening: UInt16) {
            bits[Int(opening >> 6)] |= 1 << UInt64(opening & 63)
        }

        func contains(_ opening: UInt16) -> Bool {
            bits[Int(opening >> 6)] & (1 << UInt64(opening & 63)) != 0
        }
    }

    private static func opening(_ bytes: some Collection<UInt8>) -> UInt16 {
        var iterator = bytes.makeIterator()
        let first = iterator.next() ?? 0
        let second = iterator.next() ?? 0
        return UInt16(first) << 8 | UInt16(second)
    }

    func stem(_ word: String) -> String {
        entry(word).stem
    }

    /// The word's stem and the query terms it matches, computed once per query.
    private func entry(_ word: String) -> (stem: String, terms: UInt64) {
        if let cached = stemCache.entries[word] { return cached }
        let stem = PorterStemmer.stem(word)
        let entry = (stem: stem, terms: termBits(word: word, stem: stem))
        stemCache.entries[word] = entry
        return entry
    }

    /// Bit `t` is set when the word counts for query term `t` in bm25: it has the term's stem, the
    /// term is the prefix being typed and the word starts with it, or the word is a word of one of
    /// the term's alternatives. Only the first 64 terms have a bit (queries keep at most 32).
    private func termBits(word: String, stem: String) -> UInt64 {
        var bits: UInt64 = 0
        for (t, term) in query.terms.prefix(64).enumerated() {
            if stem == term.stem || (term.isPrefix && word.hasPrefix(term.word))
                || alternativeStemSets[t].contains(where: { $0.contains(stem) })
            {
                bits |= 1 << UInt64(t)
            }
        }
        return bits
    }

    /// Whether a word (with its stem) matches a query term or a word of an alternative.
    func isMatch(word: String, stem: String) -> Bool {
        stems.contains(stem) || alternativeStems.contains(stem) || prefixes.contains { word.hasPrefix($0) }
    }

    /// Whether a folded word matches, stemming it only when its opening could match.
    func isMatch(word: String) -> Bool {
        var word = word
        let opening = word.withUTF8 { bytes in
            (Self.opening(bytes), UInt16(bytes.first ?? 0) << 8)
        }
        guard openings.contains(opening.0) || openings.contains(opening.1) else { return false }
        return isMatch(word: word, stem: stem(word))
    }

    /// The matching words of a text.
    func matches(in text: String) -> [MatchedWord] {
        var text = text
        if let found = text.withUTF8({ asciiMatches(in: $0) }) { return found }
        var found: [MatchedWord] = []
        for (position, word) in WordTokenizer.words(in: text).enumerated() {
            let entry = entry(word)
            if isMatch(word: word, stem: entry.stem) {
                found.append(MatchedWord(word: word, stem: entry.stem, position: position, terms: entry.terms))
            }
        }
        return found
    }

    /// The fast path for ASCII text: each word's opening is checked where it lies, and only the
    /// words whose opening could match are folded into strings; nil when the text is not all ASCII.
    private func asciiMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [MatchedWord]? {
        var found: [MatchedWord] = []
        var position = 0
        let ascii = WordTokenizer.forEachASCIIWord(in: bytes) { range in
            check(UnsafeBufferPointer(rebasing: bytes[range]), at: position, into: &found)
            position += 1
        }
        return ascii ? found : nil
    }

    /// Adds an ASCII word to `found` if it matches.
    private func check(_ word: UnsafeBufferPointer<UInt8>, at position: Int, into found: inout [MatchedWord]) {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
        let first = UInt16(folded(word[0])) << 8
        let opening = first | UInt16(word.count > 1 ? folded(word[1]) : 0)
        guard openings.contains(opening) || openings.contains(first) else { return }
        let text = WordTokenizer.folded(word)
        let entry = entry(text)
        if isMatch(word: text, stem: entry.stem) {
            found.append(MatchedWord(word: text, stem: entry.stem, position: position, terms: entry.terms))
        }
    }

    /// The best fragment of `text` — the window of ``Snippet/maximumWords`` words with the most
    /// matches — with the matches marked and `…` where the text was cut.
    func snippet(of text: String) -> Snippet {
        let spans = WordTokenizer.spans(in: text)
        guard !spans.isEmpty else { return Snippet(segments: text.isEmpty ? [] : [.init(text: text, isMatch: false)]) }
        let matched = spans.map { isMatch(word: $0.word) }
        let width = Snippet.maximumWords
        var bestStart = 0
        if spans.count > width {
            var count = matched.prefix(width).filter { $0 }.count
            var best = count
            for start in 1...(spans.count - width) {
                count += (matched[start + width - 1] ? 1 : 0) - (matched[start - 1] ? 1 : 0)
                if count > best {
                    best = count
                    bestStart = start
                }
            }
        }
        let last = min(bestStart + width, spans.count) - 1
        let bytes = Array(text.utf8)
        let from = bestStart == 0 ? 0 : spans[bestStart].start
        let to = last == spans.count - 1 ? bytes.count : spans[last].end
        var segments: [Snippet.Segment] = []
        if from > 0 { segments.append(.init(text: "…", isMatch: false)) }
        var cursor = from
        for index in bestStart...last where matched[index] {
            let span = spans[index]
            if span.start > cursor {
                segments.append(.init(text: String(decoding: bytes[cursor..<span.start], as: UTF8.self), isMatch: false))
            }
            segments.append(.init(text: String(decoding: bytes[span.start..<span.end], as: UTF8.self), isMatch: true))
            cursor = span.end
        }
        if to > cursor { segments.append(.init(text: String(decoding: bytes[cursor..<to], as: UTF8.self), isMatch: false)) }
        if to < bytes.count { segments.append(.init(text: "…", isMatch: false)) }
        return Snippet(segments: Snippet.merged(segments))
    }
}
