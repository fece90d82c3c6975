import GRDB

/// An article's source file as stored: enough to tell whether the file changed.
///
/// ```sql
/// SELECT id, slug, source_path, content_hash, file_size, file_mtime FROM article
/// ```
struct StoredArticle: Sendable, FetchableRecord, Decodable {
    var id: Int64
    var slug: String
    var sourcePath: String
    var contentHash: String
    var fileSize: Int
    var fileModified: Double

    static func fetchAll(_ db: Database) throws -> [StoredArticle] {
        try StoredArticle.fetchAll(
            db,
            sql: """
                SELECT id, slug, source_path AS sourcePath, content_hash AS contentHash,
                       file_size AS fileSize, file_mtime AS fileModified
                FROM article
                """)
    }
}

/// An article's row, without its source file.
///
/// ```sql
/// SELECT id, slug, title, term_a, term_b, author, editor, published FROM article
/// ```
struct ArticleRow: Sendable, FetchableRecord {
    var id: Int64
    var slug: String
    var title: String
    var termA: String
    var termB: String
    var author: String?
    var editor: String?
    var published: String?

    /// The columns every `SELECT` of an article row lists, in this order.
    static let columns = "id, slug, title, term_a, term_b, author, editor, published"

    /// Decodes a row that lists ``columns``. By position: the hits of every search read these.
    init(row: Row) {
        id = row[0]
        slug = row[1]
        title = row[2]
        termA = row[3]
        termB = row[4]
        author = row[5]
        editor = row[6]
        published = row[7]
    }
}

/// A passage as stored: its kind and term side (`passage`) and its text (`passage_fts`).
struct PassageRow: Sendable, FetchableRecord, Decodable {
    var kind: String
    var term: String
    var heading: String?
    var body: String
    var context: String?
}

/// A candidate passage's columns as a search reads them, for the ``EvidenceReader``.
struct CandidateRow: Sendable {
    var rowid: Int64
    var heading: String?
    var body: String
    var context: String?
    var kind: PassageKind
    var term: TermSide
    var articleID: Int64
    var senseRank: Int?
    /// The passage's length in tokens, for bm25's length normalization.
    var length: Int

    /// Decodes a row of ``IndexReader/candidateRows(_:)``, whose `SELECT` lists the columns in
    /// this order, through SQLite's C API (``RawStatement``): this runs for every candidate of
    /// every search.
    init(columns: RawStatement.Columns) {
        rowid = columns.integer(0)
        heading = columns.text(1)
        body = columns.text(2) ?? ""
        context = columns.text(3)
        kind = columns.text(4).flatMap(PassageKind.init(rawValue:)) ?? .summary
        term = columns.text(5).flatMap(TermSide.init(rawValue:)) ?? .both
        articleID = columns.integer(6)
        senseRank = columns.optionalInteger(7).map(Int.init)
        length = Int(columns.integer(8))
    }

    /// A row of plain values (for tests of the rules).
    init(
        rowid: Int64, heading: String?, body: String, context: String?, kind: PassageKind, term: TermSide,
        articleID: Int64, senseRank: Int?, length: Int
    ) {
        self.rowid = rowid
        self.heading = heading
        self.body = body
        self.context = context
        self.kind = kind
        self.term = term
        self.articleID = articleID
        self.senseRank = senseRank
        self.length = length
    }
}

extension PassageLengths {
    /// Rows of `kind, passages, tokens`, by kind (a kind this build does not know is skipped).
    static func byKind(_ rows: [Row]) -> [PassageKind: PassageLengths] {
        var lengths: [PassageKind: PassageLengths] = [:]
        for row in rows {
            guard let kind = (row[0] as String?).flatMap(PassageKind.init(rawValue:)) else { continue }
            lengths[kind] = PassageLengths(passages: row[1], tokens: row[2])
        }
        return lengths
    }
}
