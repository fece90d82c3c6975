/// What `versus check` prints: whether the index file is sound, and if not, what is wrong.
public struct IntegrityReport: Sendable, Encodable {
    /// What SQLite, FTS5 or Versus found wrong; empty for a sound index.
    public var problems: [String] = []
    public var articles = 0
    public var passages = 0
    public var seconds = 0.0
    public var ok: Bool { problems.isEmpty }

    enum CodingKeys: CodingKey { case ok, problems, articles, passages, seconds }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ok, forKey: .ok)
        try c.encode(problems, forKey: .problems)
        try c.encode(articles, forKey: .articles)
        try c.encode(passages, forKey: .passages)
        try c.encode(seconds, forKey: .seconds)
    }
}
