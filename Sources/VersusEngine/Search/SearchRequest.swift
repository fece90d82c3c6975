/// A search as the CLI or the server asks for it.
public struct SearchRequest: Sendable, Equatable {
    public var query: String
    public var limit: Int
    public var offset: Int
    /// Only passages of these kinds; all kinds when empty.
    public var kinds: Set<PassageKind>
    /// Only passages of the article with this slug.
    public var article: String?
    /// Match the last word as a prefix (search as you type).
    public var prefix: Bool
    /// Attach to each hit how its score was made.
    public var explain: Bool

    /// The most hits one request may ask for.
    public static let maximumLimit = 100
    /// The deepest page one request may ask for: ranking re-scores offset + limit candidates.
    public static let maximumOffset = 1_000

    public init(
        query: String, limit: Int = 10, offset: Int = 0, kinds: Set<PassageKind> = [], article: String? = nil,
        prefix: Bool = false, explain: Bool = false
    ) {
        self.query = query
        self.prefix = prefix
        self.explain = explain
        self.limit = limit
        self.offset = offset
        self.kinds = kinds
        self.article = article
    }

    /// Checks the numbers a user gave.
    public func validate() throws(VersusError) {
        guard (1...Self.maximumLimit).contains(limit) else {
            throw .invalidParameter(name: "limit", reason: "must be between 1 and \(Self.maximumLimit), got \(limit)")
        }
        guard (0...Self.maximumOffset).contains(offset) else {
            throw .invalidParameter(name: "offset", reason: "must be between 0 and \(Self.maximumOffset), got \(offset)")
        }
    }
}
