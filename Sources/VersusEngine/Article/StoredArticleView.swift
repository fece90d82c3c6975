/// An indexed article read back from the index.
public struct StoredArticleView: Sendable, Encodable {
    public struct PassageView: Sendable, Encodable {
        public var kind: PassageKind
        public var term: String?
        public var heading: String?
        public var text: String
        public var sense: String?

        enum CodingKeys: CodingKey { case kind, term, heading, text, sense }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(term, forKey: .term)
            try c.encode(heading, forKey: .heading)
            try c.encode(text, forKey: .text)
            try c.encode(sense, forKey: .sense)
        }
    }

    public var slug: String
    public var title: String
    public var terms: [String]
    public var author: String?
    public var editor: String?
    public var published: String?
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

    enum CodingKeys: CodingKey { case slug, title, terms, author, editor, published, summary, passages }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(title, forKey: .title)
        try c.encode(terms, forKey: .terms)
        try c.encode(author, forKey: .author)
        try c.encode(editor, forKey: .editor)
        try c.encode(published, forKey: .published)
        try c.encode(summary, forKey: .summary)
        try c.encode(passages, forKey: .passages)
    }
}
