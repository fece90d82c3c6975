/// Finds the query's words in a passage's text, in Swift, the way FTS5 would match them:
/// same tokenizer, same stemmer. Used instead of FTS5's `highlight()` and `snippet()`, which
/// need a `MATCH` and, with frequent words, seek through huge doclists for every row.
struct PassageMatcher {
    let query: AnalyzedQuery
    private let stems: Set<String>
    private let alternativeStems: Set<String>
    private let prefixes: [String]
    /// Each word is stemmed once per query.
    private var stemCache: [String: String] = [:]

    init(query: AnalyzedQuery) {
        self.query = query
        stems = Set(query.terms.map(\.stem))
        alternativeStems = Set(query.terms.flatMap { $0.alternatives.joined() }.map(PorterStemmer.stem))
        prefixes = query.terms.filter(\.isPrefix).map(\.word)
    }

    mutating func stem(_ word: String) -> String {
        if let cached = stemCache[word] { return cached }
        let stem = PorterStemmer.stem(word)
        stemCache[word] = stem
        return stem
    }

    /// Whether a word (with its stem) matches a query term or a word of an alternative.
    func isMatch(word: String, stem: String) -> Bool {
        stems.contains(stem) || alternativeStems.contains(stem) || prefixes.contains { word.hasPrefix($0) }
    }

    /// The matching words of a text.
    mutating func matches(in text: String) -> [MatchedWord] {
        var found: [MatchedWord] = []
        for word in WordTokenizer.words(in: text) {
            let stem = stem(word)
            if isMatch(word: word, stem: stem) { found.append(MatchedWord(word: word, stem: stem)) }
        }
        return found
    }

    /// The best fragment of `text` — the window of ``Snippet/maximumWords`` words with the most
    /// matches — with the matches marked and `…` where the text was cut.
    mutating func snippet(of text: String) -> Snippet {
        let spans = WordTokenizer.spans(in: text)
        guard !spans.isEmpty else { return Snippet(segments: text.isEmpty ? [] : [.init(text: text, isMatch: false)]) }
        let matched = spans.map { isMatch(word: $0.word, stem: stem($0.word)) }
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
