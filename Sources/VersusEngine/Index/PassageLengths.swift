/// How many passages of one kind an index holds and their summed length in tokens: what bm25's
/// length normalization divides by (``BM25``). The indexer keeps one row per kind in the
/// `passage_length` table, as it keeps `stem_frequency`, so that a search never sums 3.8 million
/// lengths to get an average.
struct PassageLengths: Sendable, Equatable {
    var passages = 0
    var tokens = 0

    /// Mean tokens per passage, at least 1 (nil when there are no passages).
    var average: Double? {
        passages > 0 ? max(Double(tokens) / Double(passages), 1) : nil
    }

    static func + (lhs: PassageLengths, rhs: PassageLengths) -> PassageLengths {
        PassageLengths(passages: lhs.passages + rhs.passages, tokens: lhs.tokens + rhs.tokens)
    }

    static func - (lhs: PassageLengths, rhs: PassageLengths) -> PassageLengths {
        PassageLengths(passages: lhs.passages - rhs.passages, tokens: lhs.tokens - rhs.tokens)
    }
}
