import VersusEngine

/// The two terms of each article a query set meets, read from the index once per article.
struct ArticleTerms {
    let index: ArticleIndex
    private var cache: [String: [String]] = [:]

    init(index: ArticleIndex) { self.index = index }

    /// The article's terms; none for an article the index does not have.
    subscript(slug: String) -> [String] {
        mutating get {
            if let terms = cache[slug] { return terms }
            let terms = (try? index.article(slug: slug).terms) ?? []
            cache[slug] = terms
            return terms
        }
    }
}
