/// What `versus stats` prints.
public struct IndexStats: Sendable, Encodable {
    public var path: String
    public var articles: Int
    public var passages: Int
    public var passagesByKind: [String: Int]
    /// Distinct indexed terms (stems).
    public var vocabulary: Int
    /// The database file and its write-ahead log.
    public var indexSizeBytes: Int
    public var tokenizer: String
    public var schemaVersion: Int
    /// ISO 8601 time of the last indexing run.
    @AlwaysEncoded public var lastIndexed: String?
    public var roots: [String]
}
