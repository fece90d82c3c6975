import Foundation
import GRDB

/// Reads of an index, inside one snapshot (``IndexStore/read(_:)``): every `SELECT` the engine
/// runs outside of a search's candidates, each documented with its SQL.
struct IndexReader {
    let db: Database

    /// A fact about the index from `meta`.
    ///
    /// ```sql
    /// SELECT value FROM meta WHERE key = ?
    /// ```
    func meta(_ key: String) throws -> String? {
        try IndexMeta.get(key, in: db)
    }

    /// The files and folders indexed so far, absolute.
    func roots() throws -> [String] {
        try IndexMeta.roots(db)
    }

    /// The number of indexing runs committed so far: what the cached lexicon is checked against.
    func generation() throws -> Int {
        try meta("generation").flatMap(Int.init) ?? 0
    }

    /// Every article's source file as stored, for change detection.
    func storedArticles() throws -> [StoredArticle] {
        try StoredArticle.fetchAll(db)
    }

    /// Each word of the vocabulary with the number of articles that use it.
    ///
    /// ```sql
    /// SELECT word, articles FROM vocabulary
    /// ```
    func forEachWord(_ body: (_ word: String, _ articles: Int) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT word, articles FROM vocabulary")
        while let row = try rows.next() { body(row[0], row[1]) }
    }

    /// Each indexed stem with the number of passages that contain it.
    ///
    /// ```sql
    /// SELECT stem, passages FROM stem_frequency
    /// ```
    func forEachStem(_ body: (_ stem: String, _ passages: Int) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT stem, passages FROM stem_frequency")
        while let row = try rows.next() { body(row[0], row[1]) }
    }

    /// Each passage kind's count and summed length in tokens, as the indexer keeps them.
    ///
    /// ```sql
    /// SELECT kind, passages, tokens FROM passage_length
    /// ```
    func passageLengthsByKind() throws -> [PassageKind: PassageLengths] {
        PassageLengths.byKind(try Row.fetchAll(db, sql: "SELECT kind, passages, tokens FROM passage_length"))
    }

    /// Each article's passages, which are consecutive: the first and last rowid, by article id.
    ///
    /// ```sql
    /// SELECT article_id, min(id), max(id) FROM passage GROUP BY article_id
    /// ```
    func forEachPassageRange(_ body: (_ articleID: Int64, _ passages: ClosedRange<Int64>) -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT article_id, min(id), max(id) FROM passage GROUP BY article_id")
        while let row = try rows.next() { body(row[0], (row[1] as Int64)...(row[2] as Int64)) }
    }

    /// Every article's row.
    ///
    /// ```sql
    /// SELECT id, slug, title, term_a, term_b, author, editor, published FROM article
    /// ```
    func articleRows() throws -> [ArticleRow] {
        try ArticleRow.fetchAll(db, sql: "SELECT \(ArticleRow.columns) FROM article")
    }

    /// The number of passages of each kind present.
    ///
    /// ```sql
    /// SELECT kind, count(*) FROM passage GROUP BY kind
    /// ```
    func passageCountsByKind() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS passages FROM passage GROUP BY kind") {
            counts[row["kind"]] = row["passages"]
        }
        return counts
    }

    /// `SELECT count(*) FROM article`
    func articleCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
    }

    /// Distinct indexed stems: `SELECT count(*) FROM stem_frequency`
    func stemCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM stem_frequency") ?? 0
    }

    /// The article row with the slug.
    ///
    /// ```sql
    /// SELECT id, slug, title, term_a, term_b, author, editor, published FROM article WHERE slug = ?
    /// ```
    func articleRow(slug: String) throws -> ArticleRow? {
        // SQLite reads a bound string only up to a NUL (GRDB binds C strings), so that
        // "tcp-vs-udp\0x" would find tcp-vs-udp. No slug holds a NUL: file names cannot.
        guard !slug.utf8.contains(0) else { return nil }
        return try ArticleRow.fetchOne(db, sql: "SELECT \(ArticleRow.columns) FROM article WHERE slug = ?", arguments: [slug])
    }

    /// The article with the slug, and its passages in order.
    ///
    /// ```sql
    /// SELECT passage.kind, passage.term, passage_fts.heading, passage_fts.body, passage_fts.context
    /// FROM passage JOIN passage_fts ON passage_fts.rowid = passage.id
    /// WHERE passage.article_id = ? ORDER BY passage.ordinal
    /// ```
    func article(slug: String) throws -> (ArticleRow, [PassageRow])? {
        guard let article = try articleRow(slug: slug) else { return nil }
        let passages = try PassageRow.fetchAll(
            db,
            sql: """
                SELECT passage.kind, passage.term, passage_fts.heading, passage_fts.body, passage_fts.context
                FROM passage JOIN passage_fts ON passage_fts.rowid = passage.id
                WHERE passage.article_id = ? ORDER BY passage.ordinal
                """, arguments: [article.id])
        return (article, passages)
    }

    /// The article's title, terms and summary, for the answer of `ask`.
    ///
    /// ```sql
    /// SELECT passage_fts.body FROM passage JOIN passage_fts ON passage_fts.rowid = passage.id
    /// WHERE passage.article_id = ? AND passage.kind = 'summary' LIMIT 1
    /// ```
    func articleWithSummary(slug: String) throws -> (ArticleRow, summary: String)? {
        guard let article = try articleRow(slug: slug) else { return nil }
        let summary = try String.fetchOne(
            db,
            sql: """
                SELECT passage_fts.body FROM passage JOIN passage_fts ON passage_fts.rowid = passage.id
                WHERE passage.article_id = ? AND passage.kind = 'summary' LIMIT 1
                """, arguments: [article.id])
        return (article, summary ?? "")
    }
}
