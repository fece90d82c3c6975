/// What `versus check` prints: whether the index file is sound, and if not, what is wrong.
public struct IntegrityReport: Sendable, Encodable {
    /// What SQLite, FTS5 or Versus found wrong; empty for a sound index.
    public var problems: [String] = [] {
        didSet { ok = problems.isEmpty }
    }
    /// Whether the index is sound: no problems.
    public private(set) var ok = true
    public var articles = 0
    public var passages = 0
    public var seconds = 0.0
}
