/// What the ranking rules read of a passage that matched the query: its row as stored (kind,
/// term, article, sense, texts — read through `evidence.kind` and the like), where it stands,
/// and which of the query's words it holds where. Made by ``EvidenceReader``.
@dynamicMemberLookup
struct PassageEvidence: Sendable {
    /// The passage as read from the index.
    var row: CandidateRow
    /// bm25 with the column weights (``BM25``), higher is better: the score the rules multiply.
    var bm25 = 0.0
    /// The article's slug.
    var article: String
    /// The stems of the article's two terms.
    var articleTermStems: [String] = []
    /// The words of the article's two terms as written (folded).
    var articleTermWords: [String] = []
    /// For a definition or example: the sense's definition text.
    var senseText: String?
    /// The query's stems the passage holds, by their numbers in the query's vocabulary
    /// (``QueryVocabulary``).
    var matchedStems = StemSet()
    /// Bit `t` set for each query term `t` the passage holds: by stem, by every word of an
    /// alternative, or as the start of the word being typed.
    var coveredTerms: UInt64 = 0
    /// Bit `t` set for each query term the passage holds exactly as typed, not only by stem.
    var typedTerms: UInt64 = 0
    /// The same in the body alone (an example's sentence, a definition's text).
    var typedBodyTerms: UInt64 = 0
    /// The stems of those matched in the body (an example's sentence, an FAQ's answer).
    var bodyStems = StemSet()
    /// The stems of those matched in the heading, as a set and in the order they occur.
    var headingStems = StemSet()
    var headingSequence: [Int] = []
    /// For a key-difference paragraph: the stems of those matched in its first sentence, which
    /// names the aspect the paragraph is about ("Treatment differs most of all.").
    var leadStems = StemSet()
    /// Whether every word of the heading that says what it is about (not a stop word, an intent
    /// marker or a framing word) is a query word, by stem or alternative.
    var headingHoldsNothingElse = false
    /// How many of the query's phrases (``AnalyzedQuery/phrases``) one of its texts holds word
    /// for word.
    var phrasesHeld = 0
    /// The share of the query's weight that the article's competing passages hold together
    /// (``Ranker/rank(_:query:explain:)`` sets it; ``ArticleFitRule`` reads it).
    var articleCoverage = 1.0
    /// For an FAQ: what its question asks for (a meaning or an example), if either.
    var asks: QueryIntent?
    /// For an FAQ: whether its question asks about a word itself (``WordQuestion``).
    var asksAboutTheWord = false
    /// For an FAQ: what its question asks for by how it opens; read only when the query has a form.
    var questionForm: QuestionForm?

    init(row: CandidateRow, article: String) {
        self.row = row
        self.article = article
    }

    /// A column of the passage's row: `rowid`, `kind`, `term`, `articleID`, `senseRank`,
    /// `heading`, `body`, `context`.
    subscript<Value>(dynamicMember column: WritableKeyPath<CandidateRow, Value>) -> Value {
        get { row[keyPath: column] }
        set { row[keyPath: column] = newValue }
    }
}
