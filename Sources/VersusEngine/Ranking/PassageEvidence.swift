/// What the ranking rules read of a passage that matched the query: what it is, where it is, and
/// which of the query's words it holds where. Made by ``EvidenceReader`` from a row of the index.
struct PassageEvidence: Sendable {
    var rowid: Int64
    /// bm25 with the column weights (``BM25``), higher is better: the score the rules multiply.
    var bm25: Double
    var kind: PassageKind
    /// The term the passage is about; `.both` for a passage about the comparison.
    var term: TermSide
    /// The article's slug and its row id.
    var article: String
    var articleID: Int64
    /// For a definition or example: its sense's place among its term's senses (0 first).
    var senseRank: Int?
    /// For a definition or example: the sense's definition text.
    var senseText: String?
    /// The passage's heading (an FAQ's question, a chart row's label, a definition's term), text
    /// and context (the sense an example illustrates), as read for scoring and kept for the hit.
    var heading: String?
    var body: String
    var context: String?
    /// The folded words of the passage that match the query, and their stems.
    var matchedWords: Set<String> = []
    var matchedStems: Set<String> = []
    /// The stems of those matched in the heading, as a set and in the order they occur.
    var headingStems: Set<String> = []
    var headingSequence: [String] = []
    /// For an FAQ: what its question asks for (a meaning or an example), if either.
    var asks: QueryIntent?
    /// For an FAQ: what its question asks for by how it opens; read only when the query has a form.
    var questionForm: QuestionForm?
}
