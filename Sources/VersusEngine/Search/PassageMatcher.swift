/// Finds the query's words in a passage's text, in Swift, the way FTS5 would match them:
/// same tokenizer, same stemmer. Used instead of FTS5's `highlight()` and `snippet()`, which
/// need a `MATCH` and, with frequent words, seek through huge doclists for every row.
struct PassageMatcher {
    let query: AnalyzedQuery
    /// The stems the query can match, numbered: a matched word is known by its stem's number.
    let vocabulary: QueryVocabulary
    /// The terms being typed, by position, with their words.
    private let prefixes: [(term: Int, word: String)]
    /// Each term's alternatives' words, as one set of stems: a word of any of them counts for the
    /// term in bm25.
    private let alternativeWords: [StemSet]
    /// The first two bytes of every form that can match (stems, alternatives, prefixes): a word
    /// that starts otherwise cannot match, so most words are skipped without being stemmed.
    /// (A Porter stem keeps its word's first two letters, but for a final "y" made "i".)
    private let openings: Openings
    /// Each word is stemmed, and its terms found, once per query. A reference, so that copying the
    /// matcher (which Swift may do around the nested function of ``asciiMatches(in:)``) never
    /// copies the cache.
    private let cache = WordCache()

    /// What a word of a passage is to the query.
    fileprivate struct Entry {
        /// The number of its stem in the vocabulary; nil when the query cannot match the stem.
        var stem: Int?
        /// Bit `t` set when the word counts for term `t` in bm25 (see ``MatchedWord/terms``).
        var terms: UInt64
        /// Bit `t` set when the word is term `t` as typed.
        var typed: UInt64
        /// Bit `t` set when term `t` is being typed and the word starts with it.
        var prefixed: UInt64

        var isMatch: Bool { stem != nil || prefixed != 0 }
    }

    private final class WordCache {
        var entries: [String: Entry] = [:]
    }

    init(query: AnalyzedQuery) {
        self.query = query
        let vocabulary = QueryVocabulary(query)
        self.vocabulary = vocabulary
        prefixes = query.terms.indices.filter { query.terms[$0].isPrefix }.map { ($0, query.terms[$0].word) }
        alternativeWords = vocabulary.alternativeSets.map { $0.reduce(StemSet()) { $0.union($1) } }
        var openings = Openings()
        for form in vocabulary.stems + prefixes.map(\.word) {
            let bytes = Array(form.utf8)
            openings.insert(Self.opening(bytes))
            // Porter turns a final "y" into "i" ("eyed": "ei"), the one way a stem's second letter
            // differs from its word's.
            if bytes.count == 2, bytes[1] == UInt8(ascii: "i") { openings.insert(Self.opening([bytes[0], UInt8(ascii: "y")])) }
        }
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

    /// The word's stem number and the terms it matches, computed once per query.
    private func entry(_ word: String) -> Entry {
        if let cached = cache.entries[word] { return cached }
        let stem = vocabulary.number(of: PorterStemmer.stem(word))
        var entry = Entry(stem: stem, terms: 0, typed: 0, prefixed: 0)
        for (t, term) in query.terms.prefix(64).enumerated() {
            let bit = UInt64(1) << UInt64(t)
            if term.word == word { entry.typed |= bit }
            if let stem, stem == vocabulary.termStems[t] || alternativeWords[t].contains(stem) { entry.terms |= bit }
        }
        for (t, prefix) in prefixes where t < 64 && word.hasPrefix(prefix) {
            entry.prefixed |= 1 << UInt64(t)
            entry.terms |= 1 << UInt64(t)
        }
        cache.entries[word] = entry
        return entry
    }

    /// Whether a word is a form the query can match: its stem is a term's or an alternative's
    /// word's. (Not the prefix being typed: see ``isMatch(word:)``.)
    func holdsQueryStem(_ word: String) -> Bool {
        entry(word).stem != nil
    }

    /// Whether a folded word matches, stemming it only when its opening could match.
    func isMatch(word: String) -> Bool {
        var word = word
        let opening = word.withUTF8 { bytes in
            (Self.opening(bytes), UInt16(bytes.first ?? 0) << 8)
        }
        guard openings.contains(opening.0) || openings.contains(opening.1) else { return false }
        return entry(word).isMatch
    }

    /// The matching words of a text.
    func matches(in text: String) -> [MatchedWord] {
        var text = text
        if let found = text.withUTF8({ asciiMatches(in: $0) }) { return found }
        var found: [MatchedWord] = []
        for (position, word) in WordTokenizer.words(in: text).enumerated() {
            let entry = entry(word)
            if entry.isMatch { Self.append(MatchedWord(entry, at: position), to: &found) }
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
        let entry = entry(WordTokenizer.folded(word))
        if entry.isMatch { Self.append(MatchedWord(entry, at: position), to: &found) }
    }

    /// Appends a match, making room for eight at the first: most texts match a few words, and
    /// growing an array from empty one by one reallocated it up to four times.
    @inline(__always) private static func append(_ word: MatchedWord, to found: inout [MatchedWord]) {
        if found.isEmpty { found.reserveCapacity(8) }
        found.append(word)
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

/// A word of a passage that matches the query, as the evidence reader reads it.
struct MatchedWord {
    /// The number of its stem in the query's vocabulary; nil for a word that matched only as the
    /// start of the word being typed.
    var stem: Int?
    /// The word's place among the words of its text (0 for the first), for phrase evidence.
    var position = 0
    /// Bit `t` set when the word counts for query term `t` in bm25: it has the term's stem, a
    /// word of one of its alternatives, or starts with the term being typed. Only the first 64
    /// terms have a bit (a query keeps at most ``QueryAnalyzer/maximumTerms``).
    var terms: UInt64 = 0
    /// Bit `t` set when the word is term `t` exactly as typed, not only a form of it.
    var typedTerms: UInt64 = 0
    /// Bit `t` set when term `t` is being typed and the word starts with it.
    var prefixedTerms: UInt64 = 0

    fileprivate init(_ entry: PassageMatcher.Entry, at position: Int) {
        stem = entry.stem
        self.position = position
        terms = entry.terms
        typedTerms = entry.typed
        prefixedTerms = entry.prefixed
    }
}
