import VersusEngine

/// Answer-quality measures over a query set, overall and per category.
public struct QualityMetrics: Sendable, Encodable, Equatable {
    public var queries = 0
    /// Share of queries whose first hit comes from the answering article.
    public var articleAt1 = 0.0
    /// Mean reciprocal rank of the answering passage within the first 10 hits.
    public var mrrAt10 = 0.0
    /// Share of queries whose first hit is the answering passage.
    public var passageAt1 = 0.0
    /// Share of queries with the answering passage among the first 3 hits.
    public var passageAt3 = 0.0
    /// Share of queries with no hit at all.
    public var zeroResultRate = 0.0

    /// Accumulates one query's outcome; call ``finish()`` once after the last.
    mutating func add(articleRank: Int?, passageRank: Int?, zero: Bool) {
        queries += 1
        if articleRank == 1 { articleAt1 += 1 }
        if let passageRank, passageRank <= 10 { mrrAt10 += 1 / Double(passageRank) }
        if passageRank == 1 { passageAt1 += 1 }
        if let passageRank, passageRank <= 3 { passageAt3 += 1 }
        if zero { zeroResultRate += 1 }
    }

    mutating func finish() {
        guard queries > 0 else { return }
        let n = Double(queries)
        articleAt1 /= n
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
    }

    /// A query the engine did not answer with the right passage first.
    public struct Miss: Sendable, Encodable {
        public var query: String
        public var category: String
        public var expected: String
        public var got: String?
        public var passageRank: Int?
    }

    public var split: String
    public var versus: Side
    public var baseline: Side
    public var misses: [Miss]
}
