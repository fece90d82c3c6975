/// The answer to a ``SearchRequest``, in the JSON shape the CLI and the server print.
public struct SearchResponse: Sendable, Encodable {
    public var query: String
    public var hits: [Hit]
    /// How many passages match at least one query word.
    public var estimatedTotalHits: Int
    public var limit: Int
    public var offset: Int
    public var processingTimeMs: Double
    /// The query with misspelled words corrected, when any were; `nil` otherwise.
    public var didYouMean: String?

    enum CodingKeys: String, CodingKey {
        case query, hits, estimatedTotalHits, limit, offset, processingTimeMs, didYouMean
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(hits, forKey: .hits)
        try container.encode(estimatedTotalHits, forKey: .estimatedTotalHits)
        try container.encode(limit, forKey: .limit)
        try container.encode(offset, forKey: .offset)
        try container.encode((processingTimeMs * 1000).rounded() / 1000, forKey: .processingTimeMs)
        try container.encode(didYouMean, forKey: .didYouMean)
    }
}

/// The answer to a question: the best passage, its article, then the alternatives by article.
public struct AskResponse: Sendable, Encodable {
    /// An article the answer or an alternative comes from.
    public struct ArticleReference: Sendable, Encodable, Equatable {
        public var slug: String
        public var title: String
        public var terms: [String]
        public var summary: String
    }

    /// Further passages, grouped by article, best article first.
    public struct Alternative: Sendable, Encodable {
        public var article: String
        public var title: String
        public var hits: [Hit]
    }

    public var query: String
    /// The single best passage; `nil` when nothing matched.
    public var answer: Hit?
    public var article: ArticleReference?
    public var alternatives: [Alternative]
    public var processingTimeMs: Double
    public var didYouMean: String?

    enum CodingKeys: String, CodingKey {
        case query, answer, article, alternatives, processingTimeMs, didYouMean
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(answer, forKey: .answer)
        try container.encode(article, forKey: .article)
        try container.encode(alternatives, forKey: .alternatives)
        try container.encode((processingTimeMs * 1000).rounded() / 1000, forKey: .processingTimeMs)
        try container.encode(didYouMean, forKey: .didYouMean)
    }
}
