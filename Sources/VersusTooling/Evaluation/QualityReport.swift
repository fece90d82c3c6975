import VersusEngine

/// Answer-quality measures over a query set, overall and per category.
public struct QualityMetrics: Sendable, Encodable, Equatable {
    public var queries = 0
    /// Share of queries whose first hit comes from the answering article.
    public var articleAt1 = 0.0
    /// Share of queries whose first hit comes from the answering article, or from another
    /// article about the same term (see ``QualityQuery/isLenientArticleMatch(_:hitTerms:expectedTerms:)``).
    public var lenientArticleAt1 = 0.0
    /// Mean reciprocal rank of the answering passage within the first 10 hits.
    public var mrrAt10 = 0.0
    /// Share of queries whose first hit is the answering passage.
    public var passageAt1 = 0.0
    /// Share of queries with the answering passage among the first 3 hits.
    public var passageAt3 = 0.0
    /// Share of queries with no hit at all.
    public var zeroResultRate = 0.0

    /// What one query's hits were.
    struct Outcome {
        var articleRank: Int?
        var passageRank: Int?
        var lenientArticleMatch: Bool
        var zero: Bool
    }

    /// Accumulates one query's outcome; call ``finish()`` once after the last.
    mutating func add(_ outcome: Outcome) {
        queries += 1
        if outcome.articleRank == 1 { articleAt1 += 1 }
        if outcome.articleRank == 1 || outcome.lenientArticleMatch { lenientArticleAt1 += 1 }
        if let rank = outcome.passageRank, rank <= 10 { mrrAt10 += 1 / Double(rank) }
        if outcome.passageRank == 1 { passageAt1 += 1 }
        if let rank = outcome.passageRank, rank <= 3 { passageAt3 += 1 }
        if outcome.zero { zeroResultRate += 1 }
    }

    mutating func finish() {
        guard queries > 0 else { return }
        let n = Double(queries)
        articleAt1 /= n
        lenientArticleAt1 /= n
        mrrAt10 /= n
        passageAt1 /= n
        passageAt3 /= n
        zeroResultRate /= n
    }
}

/// The engine's metrics beside a plain FTS5 baseline's, on the same queries and index.
public struct QualityReport: Sendable, Encodable {
    public struct Side: Sendable, Encodable {
        public var overall: QualityMetrics
        public var byCategory: [String: QualityMetrics]
        /// Each query's search time, one query at a time in one thread; `seconds` is their sum.
        public var latency: LatencySummary
    }

    /// A query the engine did not answer with the right passage first.
    public struct Miss: Sendable, Encodable {
        /// Where the first hit came from.
        public enum Article: String, Sendable, Encodable {
            /// The answering article, another passage of it.
            case expected
            /// Another article about the same term (lenient article@1 counts it).
            case sameTerm
            /// Any other article, or no hit.
            case other
        }

        public var query: String
        public var category: String
        public var expected: String
        public var got: String?
        public var passageRank: Int?
        public var article: Article
    }

    /// The generated articles the set's own were hidden among (`versus eval --distractors`).
    public struct Distractors: Sendable, Encodable {
        public var count: Int
        public var seed: UInt64
        /// The cached index of the set's articles and the distractors.
        public var index: String
    }

    public var split: String
    public var versus: Side
    public var baseline: Side
    public var misses: [Miss]
    public var distractors: Distractors?
}
