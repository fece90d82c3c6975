/// The answer to a ``SearchRequest``, in the JSON shape the CLI and the server print.
public struct SearchResponse: Sendable, Encodable {
    public var query: String
    public var hits: [Hit]
    /// How many passages match at least one query word.
    public var estimatedTotalHits: Int
    public var limit: Int
    public var offset: Int
    @Rounded(places: 3) public var processingTimeMs: Double = 0
    /// The query with misspelled words corrected, when any were; `nil` otherwise.
    @AlwaysEncoded public var didYouMean: String?
}
