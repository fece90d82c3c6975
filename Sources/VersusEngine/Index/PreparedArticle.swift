/// An article ready to write: its passages, their lengths and the article's distinct words,
/// all computed by the parsing workers so that the writer only writes.
struct PreparedArticle: Sendable {
    var article: Article
    var hash: String
    var passages: [Passage]
    var lengths: [Int]
    var terms: String
    /// The article's distinct words.
    var words: [String]
    /// Each stem, with how many of the article's passages contain it. Its words and stems
    /// are also in its worker's batch tally; these come off again if the article is refused.
    var stems: [(stem: String, passages: Int)]

    init(article: Article, hash: String, cache: WordCache) {
        self.article = article
        self.hash = hash
        passages = article.passages
        terms = "\(article.termA) \(article.termB)"
        let count = WordCount(passages: passages.map { [$0.heading, $0.text, $0.sense] }, terms: terms, cache: cache)
        lengths = count.lengths
        words = count.words
        stems = count.stemCounts
    }
}
