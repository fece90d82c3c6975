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
    public var lastIndexed: String?
    public var roots: [String]

    enum CodingKeys: CodingKey {
        case path, articles, passages, passagesByKind, vocabulary, indexSizeBytes, tokenizer, schemaVersion
        case lastIndexed, roots
    }

    /// Every key is written, `null` included, as in the other responses.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(articles, forKey: .articles)
        try c.encode(passages, forKey: .passages)
        try c.encode(passagesByKind, forKey: .passagesByKind)
        try c.encode(vocabulary, forKey: .vocabulary)
        try c.encode(indexSizeBytes, forKey: .indexSizeBytes)
        try c.encode(tokenizer, forKey: .tokenizer)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(lastIndexed, forKey: .lastIndexed)
        try c.encode(roots, forKey: .roots)
    }
}
