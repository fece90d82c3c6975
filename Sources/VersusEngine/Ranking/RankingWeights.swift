/// Every number that shapes the ranking, with the reason it has its value.
public struct RankingWeights: Sendable, Equatable {
    /// bm25 weight of the `heading` column (FAQ question, chart label, the term of a
    /// definition): a heading states what the passage is about, so a match there counts double.
    public var heading = 2.0
    /// bm25 weight of the `body` column, the passage text: the reference weight.
    public var body = 1.0
    /// bm25 weight of the `terms` column (the article's two terms, on every passage): naming a
    /// term routes to its article, but must not outweigh the passage's own words.
    public var terms = 1.5
    /// How steeply a passage that covers only part of the query falls behind one that covers it
    /// all: the score is multiplied by `coverage ^ coverageExponent`, coverage being the share of
    /// the query's words the passage (with its heading and terms) contains. 2 halves a passage
    /// that misses one word of three (0.67² ≈ 0.44) — the behaviour of an AND that still answers
    /// when no passage has every word.
    public var coverageExponent = 2.0
    /// How many bm25-best passages are re-ranked; enough that a passage with every query word is
    /// among them even when frequent single words crowd the top.
    public var candidates = 200

    public init() {}

    public static let `default` = RankingWeights()
}
