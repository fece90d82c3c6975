import Foundation

/// What the query analyzer knows of the index's language: the words it contains (for spelling
/// correction) and the terms of its articles (for routing a query to the article it names).
///
/// Loaded once per index generation and shared by all searches; an indexing run bumps the
/// generation, so a long-running reader picks up new words and articles.
final class Lexicon: Sendable {
    /// Words longer than this are not counted or corrected: they are not words people type.
    static let maximumWordLength = 64

    /// The terms of one article, as stems, for recognizing them in a query.
    struct ArticleTerms: Sendable {
        var slug: String
        var wordsA: [String]
        var wordsB: [String]
        var stemsA: [String]
        var stemsB: [String]
    }

    let generation: Int
    /// Article frequency of each word as written (folded, not stemmed).
    let wordFrequency: [String: Int]
    /// The same words as bytes, by first byte and length, for finding correction candidates.
    let correctionBuckets: [SpellingCorrector.BucketKey: [SpellingCorrector.Entry]]
    /// Words of any article's terms: never dropped as stop words.
    let termWords: Set<String>
    let articles: [ArticleTerms]
    /// How many passages contain each indexed stem, and how many passages there are.
    let passageFrequency: [String: Int]
    let passageCount: Int
    /// Mean tokens per passage, for bm25's length normalization.
    let averagePassageLength: Double
    /// Index into ``articles`` by slug.
    let articleBySlug: [String: Int]
    /// Article slugs by their row id in the `article` table.
    let slugByArticleID: [Int64: String]
    /// Indices into ``articles`` by each stem of their terms.
    let articlesByStem: [String: [Int]]

    init(
        generation: Int, wordFrequency: [String: Int], articles: [(slug: String, termA: String, termB: String)],
        passageFrequency: [String: Int] = [:], passageCount: Int = 0, tokenTotal: Int = 0,
        slugByArticleID: [Int64: String] = [:]
    ) {
        self.slugByArticleID = slugByArticleID
        self.generation = generation
        self.passageFrequency = passageFrequency
        self.passageCount = passageCount
        self.averagePassageLength = passageCount > 0 ? max(Double(tokenTotal) / Double(passageCount), 1) : 1
        self.wordFrequency = wordFrequency
        var buckets: [SpellingCorrector.BucketKey: [SpellingCorrector.Entry]] = [:]
        for word in wordFrequency.keys {
            let bytes = Array(word.utf8)
            buckets[SpellingCorrector.BucketKey(first: bytes[0], length: bytes.count), default: []].append(
                SpellingCorrector.Entry(bytes))
        }
        correctionBuckets = buckets
        var termWords = Set<String>()
        var terms: [ArticleTerms] = []
        var byStem: [String: [Int]] = [:]
        for article in articles {
            let wordsA = WordTokenizer.words(in: article.termA)
            let wordsB = WordTokenizer.words(in: article.termB)
            termWords.formUnion(wordsA)
            termWords.formUnion(wordsB)
            let entry = ArticleTerms(
                slug: article.slug, wordsA: wordsA, wordsB: wordsB, stemsA: wordsA.map(PorterStemmer.stem),
                stemsB: wordsB.map(PorterStemmer.stem))
            for stem in Set(entry.stemsA + entry.stemsB) { byStem[stem, default: []].append(terms.count) }
            terms.append(entry)
        }
        self.termWords = termWords
        self.articles = terms
        self.articleBySlug = Dictionary(terms.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        self.articlesByStem = byStem
    }

    static let empty = Lexicon(generation: -1, wordFrequency: [:], articles: [])

    /// Loads the lexicon of the index's current content.
    static func load(from reader: IndexReader) throws -> Lexicon {
        var frequency: [String: Int] = [:]
        try reader.forEachWord { frequency[$0] = $1 }
        var slugs: [Int64: String] = [:]
        let articles = try reader.articleRows().map { article in
            slugs[article.id] = article.slug
            return (slug: article.slug, termA: article.termA, termB: article.termB)
        }
        var passageFrequency: [String: Int] = [:]
        try reader.forEachStem { passageFrequency[$0] = $1 }
        return Lexicon(
            generation: try reader.generation(), wordFrequency: frequency, articles: articles,
            passageFrequency: passageFrequency, passageCount: try reader.passageCount(),
            tokenTotal: try reader.meta("token_total").flatMap(Int.init) ?? 0, slugByArticleID: slugs)
    }

    /// How many passages contain the term: its stem's count, or for a prefix an estimate (a
    /// tenth of all passages: broad enough that a short prefix is never treated as selective).
    func passageFrequency(of term: QueryTerm) -> Int {
        if term.isPrefix { return max(passageCount / 10, passageFrequency[term.stem] ?? 0) }
        let own = passageFrequency[term.stem] ?? 0
        let alternatives = term.alternatives.map { phrase in
            phrase.map { passageFrequency[PorterStemmer.stem($0)] ?? 0 }.min() ?? 0
        }
        return own + alternatives.reduce(0, +)
    }

    /// The inverse passage frequency of a query term.
    func inverseFrequency(of term: QueryTerm) -> Double {
        let n = Double(max(passageCount, 1))
        let df = Double(min(max(passageFrequency(of: term), 1), max(passageCount, 1)))
        return max(log(1 + (n - df + 0.5) / (df + 0.5)), 1e-6)
    }

    /// The inverse passage frequency of a stem, as bm25 computes it: rare words weigh more.
    /// A stem the index does not hold gets the weight of a word in a single passage.
    func inverseFrequency(ofStem stem: String) -> Double {
        let n = Double(max(passageCount, 1))
        let df = Double(min(passageFrequency[stem] ?? 1, passageCount))
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Whether the index holds the word, as written or through its stem ("peace" is held when
    /// "peaceful" is, since both stem to "peac").
    func contains(_ word: String) -> Bool {
        wordFrequency[word] != nil || passageFrequency[PorterStemmer.stem(word)] != nil
    }

    /// The articles whose terms the query words name, with the side(s) named.
    ///
    /// A term is named when its words occur in the query, or else their stems. Exact words
    /// decide first, because stemming can merge two terms (`https` stems to `http`): "http
    /// definition" names HTTP alone.
    func namedArticles(words: [String]) -> [String: TermSide] {
        let wordSet = Set(words)
        let stems = Set(words.map(PorterStemmer.stem))
        var candidates = Set<Int>()
        for stem in stems { candidates.formUnion(articlesByStem[stem] ?? []) }
        var named: [String: TermSide] = [:]
        // The stems of the terms that the query writes out exactly, in any article: a term that
        // only shares such a stem is another word ("synchronize" beside "synchronous").
        var writtenStems = Set<String>()
        for i in candidates {
            let article = articles[i]
            if !article.wordsA.isEmpty && article.wordsA.allSatisfy(wordSet.contains) { writtenStems.formUnion(article.stemsA) }
            if !article.wordsB.isEmpty && article.wordsB.allSatisfy(wordSet.contains) { writtenStems.formUnion(article.stemsB) }
        }
        func namedByStem(_ termWords: [String], _ termStems: [String]) -> Bool {
            guard !termStems.isEmpty, termStems.allSatisfy(stems.contains) else { return false }
            // A plural of a written word is the same word ("stocks" for "stock").
            return !termStems.allSatisfy(writtenStems.contains)
                || termWords.allSatisfy { word in wordSet.contains(word) || Self.isPlural(word, ofAny: wordSet) }
        }
        for i in candidates {
            let article = articles[i]
            let exactA = !article.wordsA.isEmpty && article.wordsA.allSatisfy(wordSet.contains)
            let exactB = !article.wordsB.isEmpty && article.wordsB.allSatisfy(wordSet.contains)
            var a = exactA
            var b = exactB
            if !exactA && !exactB {
                a = namedByStem(article.wordsA, article.stemsA)
                b = namedByStem(article.wordsB, article.stemsB)
            } else if exactA != exactB {
                // The other term counts only if it is written out too, or its stem differs from the named one's.
                if !exactB { b = article.stemsB != article.stemsA && !article.stemsB.isEmpty && article.stemsB.allSatisfy(stems.contains) }
                if !exactA { a = article.stemsA != article.stemsB && !article.stemsA.isEmpty && article.stemsA.allSatisfy(stems.contains) }
            }
            switch (a, b) {
            case (true, true): named[article.slug] = .both
            case (true, false): named[article.slug] = .a
            case (false, true): named[article.slug] = .b
            default: break
            }
        }
        return named
    }
}

extension Lexicon {
    /// The named articles in the order they deserve to be searched: both terms named first, then
    /// by how many words the named terms hold (the longest term the query names: "computer virus"
    /// before "virus"), then by slug.
    func namedArticlesByCoverage(_ named: [String: TermSide]) -> [String] {
        func coverage(_ slug: String, _ side: TermSide) -> Int {
            guard let index = articleBySlug[slug] else { return 0 }
            let article = articles[index]
            switch side {
            case .a: return article.wordsA.count
            case .b: return article.wordsB.count
            case .both: return article.wordsA.count + article.wordsB.count
            }
        }
        struct Entry { var slug: String; var both: Bool; var covered: Int }
        let entries = named.map { Entry(slug: $0.key, both: $0.value == .both, covered: coverage($0.key, $0.value)) }
        return entries.sorted { (x: Entry, y: Entry) -> Bool in
            if x.both != y.both { return x.both }
            if x.covered != y.covered { return x.covered > y.covered }
            return x.slug < y.slug
        }.map(\.slug)
    }
}

extension Lexicon {
    /// Whether `word` is a plural, or the singular, of one of `words` ("stocks" and "stock").
    static func isPlural(_ word: String, ofAny words: Set<String>) -> Bool {
        for suffix in ["s", "es"] {
            if word.hasSuffix(suffix), words.contains(String(word.dropLast(suffix.count))) { return true }
            if words.contains(word + suffix) { return true }
        }
        return false
    }
}
