import Foundation

/// bm25 over a passage's columns, computed from the passage's matched words rather than by
/// FTS5's `bm25()`.
///
/// FTS5's `bm25()` counts, once per query, every passage that contains each query word, to get
/// its IDF: with a word in a million passages that alone costs tens of milliseconds. Here the
/// passage frequencies come from the indexer's `stem_frequency` table, loaded once per index
/// generation into the ``Lexicon``, so scoring a candidate costs only its own words. The formula
/// is FTS5's (and tantivy's):
///
///     score = Σ_t idf(t) · f(t)·(k1 + 1) / (f(t) + k1·(1 − b + b·|D| / avgdl))
///
/// with f(t) the column-weighted count of t in the passage (heading, body, sense, and the
/// article's terms; see ``Weights``), |D| the passage's length in tokens, idf(t) reduced to a
/// corrected word's share (``CorrectedWordShare``), and avgdl the mean length of the passage's
/// own kind for the kinds that compete inside one article (``lengthByOwnKind``), the index-wide
/// mean for the others.
struct BM25 {
    /// Term-frequency saturation: the classic value (Robertson; FTS5 and tantivy use it too).
    static let k1 = 1.2
    /// Length normalization: the classic value.
    static let b = 0.75

    /// The weight of a match in each column of `passage_fts`.
    struct Weights: TunableWeights {
        /// `heading` (FAQ question, chart label, the term of a definition): a heading states what
        /// the passage is about, so a match there counts four times a match in the body.
        var heading = 4.0
        /// `body`, the passage text: the reference weight.
        var body = 1.0
        /// `context`, the sense an example illustrates: it explains the example but is not its
        /// text, so it counts less than the body.
        var context = 0.25
        /// `terms` (the article's two terms, on every passage): naming a term routes to its
        /// article, but must not outweigh the passage's own words.
        var terms = 0.5

        /// How far the kinds of ``lengthByOwnKind`` take their own kind's mean length as avgdl (1)
        /// rather than the index-wide mean (0). The index-wide mean falls as short passages come
        /// in (about 30 tokens for the hand-written articles alone, 14 among 2,000 generated ones,
        /// whose definitions and chart rows are short), and then penalizes every long key-difference
        /// paragraph against its own article's chart rows and FAQs.
        var kindAverage = 1.0

        static let weightsByName: WeightsByName = [
            "heading": \.heading, "body": \.body, "context": \.context, "terms": \.terms,
            "kindAverage": \.kindAverage,
        ]
    }

    /// The kinds whose length is normalized by their own kind's mean: summaries and key-difference
    /// paragraphs, the prose of an article, long by nature, which a query about the article's
    /// difference must be able to find among its own short chart rows and FAQs. The other kinds
    /// keep the index-wide mean. Definitions and examples compete across articles for the same
    /// term: by their own kind's mean a real article's full definition loses more to a generated
    /// article's one-line one (article@1 −8 at 100,000 when every kind was normalized by its
    /// own). Chart rows and FAQs by their own kind's mean lose to their article's differences
    /// where they hold the precise answer (passage@1 over 19 sets, alone / 2,000: +21 / +66 with
    /// them, +30 / +94 without; Benchmarks README).
    static let lengthByOwnKind: Set<PassageKind> = [.summary, .difference]

    let query: AnalyzedQuery
    let lexicon: Lexicon
    /// The weights of the heading, body and context columns, in that order.
    let columnWeights: [Double]
    let termsWeight: Double
    private let idf: [Double]
    /// avgdl for each kind of passage.
    private let averageLength: [PassageKind: Double]

    init(query: AnalyzedQuery, lexicon: Lexicon, weights: RankingWeights) {
        let columns = Weights(weights)
        let correction = CorrectedWordShare(weights)
        self.query = query
        self.lexicon = lexicon
        self.columnWeights = [columns.heading, columns.body, columns.context]
        self.termsWeight = columns.terms
        self.idf = query.terms.map { lexicon.inverseFrequency(of: $0) * correction.share(of: $0) }
        let global = lexicon.averagePassageLength
        self.averageLength = Dictionary(
            uniqueKeysWithValues: PassageKind.allCases.map { kind in
                guard Self.lengthByOwnKind.contains(kind), let own = lexicon.averageLengthByKind[kind] else {
                    return (kind, global)
                }
                return (kind, global + columns.kindAverage * (own - global))
            })
    }

    /// The score of a passage of `kind` and `length` tokens given the matched words of its
    /// heading, body and sense columns, and the stems of its article's terms (the `terms` column).
    func score(
        columns: [[MatchedWord]], articleTermStems articleStems: [String], kind: PassageKind, length: Int
    ) -> Double {
        let average = averageLength[kind] ?? lexicon.averagePassageLength
        let normalization = Self.k1 * (1 - Self.b + Self.b * Double(max(length, 1)) / average)
        var total = 0.0
        for (t, term) in query.terms.prefix(64).enumerated() {
            var frequency = 0.0
            for (column, words) in columns.enumerated() {
                let count = words.reduce(0) { $0 + Int($1.terms >> UInt64(t) & 1) }
                frequency += columnWeights[column] * Double(count)
            }
            frequency += termsWeight * Double(articleStems.reduce(0) { $0 + ($1 == term.stem ? 1 : 0) })
            guard frequency > 0 else { continue }
            total += idf[t] * frequency * (Self.k1 + 1) / (frequency + normalization)
        }
        return total
    }
}
