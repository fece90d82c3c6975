/// An indexed article read back from the index.
public struct StoredArticleView: Sendable, Encodable {
    public struct PassageView: Sendable, Encodable {
        public var kind: PassageKind
        @AlwaysEncoded public var term: String?
        @AlwaysEncoded public var heading: String?
        public var text: String
        @AlwaysEncoded public var sense: String?
    }

    public var slug: String
    public var title: String
    public var terms: [String]
    @AlwaysEncoded public var author: String?
    @AlwaysEncoded public var editor: String?
    @AlwaysEncoded public var published: String?
    public var summary: String
    public var passages: [PassageView]

    /// The article as stored, from its rows.
    init(_ article: ArticleRow, passages rows: [PassageRow]) {
        let passages = rows.map { row -> PassageView in
            let side = TermSide(rawValue: row.term) ?? .both
            return PassageView(
                kind: PassageKind(rawValue: row.kind) ?? .summary,
                term: side == .a ? article.termA : side == .b ? article.termB : nil,
                heading: row.heading, text: row.body, sense: row.context)
        }
        slug = article.slug
        title = article.title
        terms = [article.termA, article.termB]
        author = article.author
        editor = article.editor
        published = article.published
        summary = passages.first { $0.kind == .summary }?.text ?? ""
        self.passages = passages
    }
}
