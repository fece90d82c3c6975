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
