/// The answer to a question: the best passage, its article, then the alternatives by article.
public struct AskResponse: Sendable, Encodable {
    /// An article the answer or an alternative comes from.
    public struct ArticleReference: Sendable, Encodable, Equatable {
        public var slug: String
        public var title: String
        public var terms: [String]
        public var summary: String
    }

    /// Further passages, grouped by article, best article first.
    public struct Alternative: Sendable, Encodable {
        public var article: String
        public var title: String
        public var hits: [Hit]
    }

    public var query: String
    /// The single best passage; `nil` when nothing matched.
    @AlwaysEncoded public var answer: Hit?
    @AlwaysEncoded public var article: ArticleReference?
    public var alternatives: [Alternative]
    @Rounded(places: 3) public var processingTimeMs: Double = 0
    @AlwaysEncoded public var didYouMean: String?

    /// How many hits of the search `ask` runs are read for the answer and its alternatives.
    static let hitsRead = 30
    /// How many articles `ask` lists besides the answer, and how many passages of each.
    static let alternativeArticles = 5
    static let alternativesPerArticle = 3

    /// The answer from a search's hits: the first is the answer, the others are grouped by
    /// article, best article first.
    init(question: String, response: SearchResponse, article: ArticleReference?, started: ContinuousClock.Instant) {
        var groups: [Alternative] = []
        for hit in response.hits.dropFirst() {
            if let i = groups.firstIndex(where: { $0.article == hit.article }) {
                if groups[i].hits.count < Self.alternativesPerArticle { groups[i].hits.append(hit) }
            } else if groups.count < Self.alternativeArticles {
                groups.append(Alternative(article: hit.article, title: hit.title, hits: [hit]))
            }
        }
        query = question
        answer = response.hits.first
        self.article = response.hits.isEmpty ? nil : article
        alternatives = groups
        didYouMean = response.didYouMean
        processingTimeMs = started.millisecondsSince
    }
}
