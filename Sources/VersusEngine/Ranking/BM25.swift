import Foundation

/// bm25 over a passage's columns, computed from the passage's matched words rather than by
/// FTS5's `bm25()`.
///
/// FTS5's `bm25()` counts, once per query, every passage that contains each query word, to get
/// its IDF: with a word in a million passages that alone costs tens of milliseconds. Here the
/// passage frequencies come from `fts5vocab`, cached per index generation in the ``Lexicon``, so
/// scoring a candidate costs only its own words. The formula is FTS5's (and tantivy's):
///
///     score = Σ_t idf(t) · f(t)·(k1 + 1) / (f(t) + k1·(1 − b + b·|D| / avgdl))
///
/// with f(t) the column-weighted count of t in the passage (heading, body, sense, and the
/// article's terms) and |D| the passage's length in tokens.
struct BM25 {
    /// Term-frequency saturation: the classic value (Robertson; FTS5 and tantivy use it too).
    static let k1 = 1.2
    /// Length normalization: the classic value.
    static let b = 0.75

    let query: AnalyzedQuery
    let lexicon: Lexicon
    let columnWeights: [Double]
    let termsWeight: Double
    private let idf: [Double]
    private let alternativeStems: [[Set<String>]]

    init(query: AnalyzedQuery, lexicon: Lexicon, weights: RankingWeights) {
        self.query = query
        self.lexicon = lexicon
        self.columnWeights = [weights.heading, weights.body, weights.context]
        self.termsWeight = weights.terms
        self.idf = query.terms.map { lexicon.inverseFrequency(of: $0) * weights.share(of: $0) }
        self.alternativeStems = query.terms.map { term in term.alternatives.map { Set($0.map(PorterStemmer.stem)) } }
    }

    /// The score of a passage given the matched words of its heading, body and sense columns.
    func score(columns: [[MatchedWord]], article: String, length: Int) -> Double {
        let articleStems = lexicon.articleBySlug[article].map { lexicon.articles[$0].stemsA + lexicon.articles[$0].stemsB } ?? []
        let normalization = Self.k1 * (1 - Self.b + Self.b * Double(max(length, 1)) / lexicon.averagePassageLength)
        var total = 0.0
        for (t, term) in query.terms.enumerated() {
            var frequency = 0.0
            for (column, words) in columns.enumerated() {
                let count = words.reduce(0) { $0 + (matches(term, t, $1) ? 1 : 0) }
                frequency += columnWeights[column] * Double(count)
            }
            frequency += termsWeight * Double(articleStems.filter { $0 == term.stem }.count)
            guard frequency > 0 else { continue }
            total += idf[t] * frequency * (Self.k1 + 1) / (frequency + normalization)
        }
        return total
    }

    private func matches(_ term: QueryTerm, _ index: Int, _ matched: MatchedWord) -> Bool {
        if matched.stem == term.stem { return true }
        if term.isPrefix && matched.word.hasPrefix(term.word) { return true }
        return alternativeStems[index].contains { $0.contains(matched.stem) }
    }
}

/// A word of a passage that FTS5 marked as matching the query, with its stem.
struct MatchedWord {
    var word: String
    var stem: String
}
