import Foundation
import GRDB

/// Writes to an index inside one atomic transaction (``IndexStore/write(_:)``): every statement
/// the indexer runs, each documented with its SQL.
struct IndexWriter {
    let db: Database

    /// Every article's source file as stored, for change detection.
    func storedArticles() throws -> [StoredArticle] {
        try StoredArticle.fetchAll(db)
    }

    /// Discards every article, its passages and counts, and the remembered roots.
    ///
    /// ```sql
    /// DELETE FROM passage_fts; DELETE FROM article; DELETE FROM vocabulary; DELETE FROM stem_frequency;
    /// DELETE FROM passage_length; DELETE FROM meta WHERE key = 'roots'
    /// ```
    func eraseContent() throws {
        try db.execute(
            sql: """
                DELETE FROM passage_fts; DELETE FROM article; DELETE FROM vocabulary; DELETE FROM stem_frequency;
                DELETE FROM passage_length; DELETE FROM meta WHERE key = 'roots'
                """)
    }

    /// Inserts an article and its passages; returns the number of passages.
    ///
    /// ```sql
    /// INSERT INTO article (...) VALUES (...)
    /// INSERT INTO passage (article_id, ordinal, kind, term, sense_rank, length) VALUES (...)
    /// INSERT INTO passage_fts (rowid, heading, body, context, terms, kind, term, article_id, sense_rank, length)
    ///   VALUES (...)
    /// ```
    func insert(_ prepared: PreparedArticle, from file: SourceFile, at time: Double) throws -> Int {
        let article = prepared.article
        try db.cachedStatement(
            sql: """
                INSERT INTO article (slug, title, term_a, term_b, author, editor, published,
                                     source_path, content_hash, file_size, file_mtime, indexed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            article.slug, article.title, article.termA, article.termB, article.byline.author,
            article.byline.editor, article.byline.published, file.path, prepared.hash, file.size, file.modified, time,
        ])
        let articleID = db.lastInsertedRowID
        let insertPassage = RawStatement(
            try db.cachedStatement(
                sql: "INSERT INTO passage (article_id, ordinal, kind, term, sense_rank, length) VALUES (?, ?, ?, ?, ?, ?)"),
            in: db)
        let insertText = RawStatement(
            try db.cachedStatement(
                sql: """
                    INSERT INTO passage_fts (rowid, heading, body, context, terms, kind, term, article_id, sense_rank, length)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """),
            in: db)
        insertPassage.bind(articleID, at: 1)
        insertText.bind(prepared.terms, at: 5)
        insertText.bind(articleID, at: 8)
        for (ordinal, passage) in prepared.passages.enumerated() {
            insertPassage.bind(ordinal, at: 2)
            insertPassage.bind(passage.kind.rawValue, at: 3)
            insertPassage.bind(passage.term.rawValue, at: 4)
            insertPassage.bind(passage.senseRank, at: 5)
            insertPassage.bind(prepared.lengths[ordinal], at: 6)
            try insertPassage.run()
            insertText.bind(db.lastInsertedRowID, at: 1)
            insertText.bind(passage.heading, at: 2)
            insertText.bind(passage.text, at: 3)
            insertText.bind(passage.sense, at: 4)
            insertText.bind(passage.kind.rawValue, at: 6)
            insertText.bind(passage.term.rawValue, at: 7)
            insertText.bind(passage.senseRank, at: 9)
            insertText.bind(prepared.lengths[ordinal], at: 10)
            try insertText.run()
        }
        return prepared.passages.count
    }

    /// The texts of an article's passages (heading, body, context, terms) and their lengths by
    /// kind, read before it is deleted so that its words and lengths come off the counts.
    ///
    /// ```sql
    /// SELECT heading, body, context, terms FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
    /// SELECT kind, count(*), sum(length) FROM passage WHERE article_id = ? GROUP BY kind
    /// ```
    func passageTexts(ofArticle id: Int64) throws -> (texts: [[String?]], lengths: [PassageKind: PassageLengths]) {
        let texts = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT heading, body, context, terms FROM passage_fts
                    WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
                    """), arguments: [id]
        ).map { row in (0..<4).map { row[$0] as String? } }
        let lengths = PassageLengths.byKind(
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT kind, count(*), sum(length) FROM passage WHERE article_id = ? GROUP BY kind"),
                arguments: [id]))
        return (texts, lengths)
    }

    /// Deletes an article, its passages and their text.
    ///
    /// ```sql
    /// DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
    /// DELETE FROM article WHERE id = ?   -- passages follow by ON DELETE CASCADE
    /// ```
    func deleteArticle(id: Int64) throws {
        try db.cachedStatement(
            sql: "DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)"
        ).execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [id])
    }

    /// Records a file's new size and modification time when its content did not change.
    ///
    /// ```sql
    /// UPDATE article SET file_size = ?, file_mtime = ? WHERE id = ?
    /// ```
    func touch(_ stored: StoredArticle, as file: SourceFile) throws {
        try db.execute(
            sql: "UPDATE article SET file_size = ?, file_mtime = ? WHERE id = ?",
            arguments: [file.size, file.modified, stored.id])
    }

    /// Adds a run's changes to the vocabulary's article counts, the stems' passage counts and
    /// each kind's passage lengths.
    ///
    /// ```sql
    /// INSERT INTO passage_length (kind, passages, tokens) VALUES (?, ?, ?)
    /// ON CONFLICT(kind) DO UPDATE SET passages = passages + excluded.passages, tokens = tokens + excluded.tokens
    /// DELETE FROM passage_length WHERE passages <= 0
    /// ```
    func apply(_ tally: WordTally) throws {
        try add(tally.deltas, to: "vocabulary", key: "word", count: "articles")
        try add(tally.stemDeltas, to: "stem_frequency", key: "stem", count: "passages")
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO passage_length (kind, passages, tokens) VALUES (?, ?, ?)
                ON CONFLICT(kind) DO UPDATE SET passages = passages + excluded.passages, tokens = tokens + excluded.tokens
                """)
        for (kind, change) in tally.lengths where change != PassageLengths() {
            try upsert.execute(arguments: [kind.rawValue, change.passages, change.tokens])
        }
        try db.execute(sql: "DELETE FROM passage_length WHERE passages <= 0")
    }

    /// Adds each delta to its key's count; keys whose count falls to zero are removed.
    ///
    /// ```sql
    /// INSERT INTO vocabulary (word, articles) VALUES (?, ?)
    /// ON CONFLICT(word) DO UPDATE SET articles = articles + excluded.articles
    /// DELETE FROM vocabulary WHERE word = ? AND articles <= 0   -- for words that lost articles
    /// ```
    private func add(_ deltas: [String: Int], to table: String, key: String, count: String) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO \(table) (\(key), \(count)) VALUES (?, ?)
                ON CONFLICT(\(key)) DO UPDATE SET \(count) = \(count) + excluded.\(count)
                """)
        let removeUnused = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(key) = ? AND \(count) <= 0")
        for (value, delta) in deltas where delta != 0 {
            try upsert.execute(arguments: [value, delta])
            if delta < 0 { try removeUnused.execute(arguments: [value]) }
        }
    }

    /// Remembers the run: its roots among those indexed before, its time, and a new generation
    /// (which tells searches to reload the lexicon).
    func recordRun(roots: [String]) throws {
        var known = try IndexMeta.roots(db)
        for root in roots where !known.contains(root) { known.append(root) }
        try IndexMeta.set("roots", to: IndexMeta.encode(known), in: db)
        try IndexMeta.set("last_indexed", to: ISO8601DateFormatter().string(from: Date()), in: db)
        let generation = try IndexMeta.get("generation", in: db).flatMap(Int.init) ?? 0
        try IndexMeta.set("generation", to: "\(generation + 1)", in: db)
    }

    /// How much of a run's index FTS5 gathers in memory before it writes a segment (its
    /// `hashsize`, 1 MiB by default). Building 100,000 articles, the default leaves 13 segments,
    /// each probed by every query word, and takes 26 s; 128 MiB leaves 2 and takes 21 s, since
    /// fewer segments are merged on the way (the indexer's memory grows by about 130 MB).
    static let pendingTextBytes = 128 << 20

    /// Sets FTS5's ``pendingTextBytes`` for this run (stored in the table's config).
    ///
    /// ```sql
    /// INSERT INTO passage_fts (passage_fts, rank) VALUES ('hashsize', 134217728)
    /// ```
    func gatherTextInLargeSegments() throws {
        try db.execute(
            sql: "INSERT INTO passage_fts (passage_fts, rank) VALUES ('hashsize', ?)", arguments: [Self.pendingTextBytes])
    }

    /// Merges the full-text index into one segment, so that a query word is one b-tree seek
    /// (about 2 s at 100,000 articles; searches get about 5% faster than over 2 segments).
    ///
    /// ```sql
    /// INSERT INTO passage_fts (passage_fts) VALUES ('optimize')
    /// ```
    func mergeSegments() throws {
        try db.execute(sql: "INSERT INTO passage_fts (passage_fts) VALUES ('optimize')")
    }

    /// How many passages the index holds.
    func passageCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0
    }
}
