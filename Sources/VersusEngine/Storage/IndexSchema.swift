import GRDB

/// The tables of a Versus index and the migration that creates them, declared with GRDB's table
/// and FTS5 definitions:
///
/// ```sql
/// CREATE TABLE meta (key PRIMARY KEY, value)   -- tokenizer, roots, generation
/// CREATE TABLE article (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title, term_a, term_b,
///                       author, editor, published, source_path UNIQUE, content_hash,
///                       file_size, file_mtime, indexed_at)
/// CREATE TABLE passage (id INTEGER PRIMARY KEY, article_id REFERENCES article ON DELETE CASCADE,
///                       ordinal, kind, term, sense_rank, length)
/// CREATE VIRTUAL TABLE passage_fts USING fts5(heading, body, context, terms, kind UNINDEXED,
///                       term UNINDEXED, article_id UNINDEXED, sense_rank UNINDEXED, length UNINDEXED,
///                       tokenize='porter unicode61 remove_diacritics 2')
/// CREATE TABLE vocabulary (word PRIMARY KEY, articles)   -- surface words, for spelling correction
/// CREATE TABLE stem_frequency (stem PRIMARY KEY, passages) -- passage frequency of each indexed stem
/// CREATE TABLE passage_length (kind PRIMARY KEY, passages, tokens) -- each kind's passages and their tokens
/// ```
///
/// `passage_fts` owns the passage text (rowid = `passage.id`), so text is stored once; it repeats
/// the passage's kind, term, article, sense and length (unindexed) so that a search reads a
/// candidate's whole row from FTS5's content table in one lookup. Its
/// columns are weighted apart by the ranker: `heading` (FAQ question, chart label, the term),
/// `body` (the passage text), `context` (for an example, the sense it illustrates) and `terms`
/// (the article's two terms, repeated on every passage so that a query naming them lifts the
/// whole article). `passage.length` is the passage's token count over those columns, for
/// bm25's length normalization (`passage_length` keeps each kind's count and sum). `vocabulary`
/// counts, for each word as written (folded, unstemmed), the
/// articles that use it; `stem_frequency` counts, for each stem, the passages that contain it —
/// what `fts5vocab` would report, but kept up to date by the indexer, since an `fts5vocab` table
/// reads the whole index to answer. An article's passages get consecutive
/// rowids, so `passage_fts` can be restricted to one article with a rowid range.
public enum IndexSchema {
    /// The FTS5 tokenizer: Porter stemming over Unicode-aware words without diacritics
    /// (`.porter(wrapping: .unicode61(diacritics: .remove))` in the migration).
    public static let tokenizer = "porter unicode61 remove_diacritics 2"

    /// The version this build writes; an index of another version is rebuilt.
    ///
    /// GRDB's migrator is the one record of it: each version registers one migration named
    /// `v<version>` that creates the whole schema, so an index written by another version holds a
    /// migration this build does not know (``DatabaseMigrator/hasBeenSuperseded(_:)``).
    public static let version = 7

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v\(version)") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "article") { t in
                t.primaryKey("id", .integer)
                t.column("slug", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("term_a", .text).notNull()
                t.column("term_b", .text).notNull()
                t.column("author", .text)
                t.column("editor", .text)
                t.column("published", .text)
                t.column("source_path", .text).notNull().unique()
                t.column("content_hash", .text).notNull()
                t.column("file_size", .integer).notNull()
                t.column("file_mtime", .double).notNull()
                t.column("indexed_at", .double).notNull()
            }
            try db.create(table: "passage") { t in
                t.primaryKey("id", .integer)
                t.column("article_id", .integer).notNull().references("article", column: "id", onDelete: .cascade)
                t.column("ordinal", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("term", .text).notNull()
                t.column("sense_rank", .integer)
                t.column("length", .integer).notNull()
            }
            try db.create(index: "passage_by_article", on: "passage", columns: ["article_id", "ordinal"])
            try db.create(virtualTable: "passage_fts", using: FTS5()) { t in
                t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                t.column("heading")
                t.column("body")
                t.column("context")
                t.column("terms")
                t.column("kind").notIndexed()
                t.column("term").notIndexed()
                t.column("article_id").notIndexed()
                t.column("sense_rank").notIndexed()
                t.column("length").notIndexed()
            }
            try db.create(table: "stem_frequency", options: .withoutRowID) { t in
                t.primaryKey("stem", .text)
                t.column("passages", .integer).notNull()
            }
            try db.create(table: "passage_length", options: .withoutRowID) { t in
                t.primaryKey("kind", .text)
                t.column("passages", .integer).notNull()
                t.column("tokens", .integer).notNull()
            }
            try db.create(table: "vocabulary", options: .withoutRowID) { t in
                t.primaryKey("word", .text)
                t.column("articles", .integer).notNull()
            }
            try IndexMeta.set("tokenizer", to: tokenizer, in: db)
            // Builds before this one recognised an index by this row; it is written so that they
            // still do. This build reads the version from the migrator only.
            try IndexMeta.set("schema_version", to: "\(version)", in: db)
        }
        return migrator
    }

    /// Brings a writable index to this version's schema: creates it in a new file, and erases an
    /// index of another version — derived data — keeping its roots so that they can be indexed
    /// again. Returns whether it erased one.
    @discardableResult
    static func prepare(_ pool: DatabasePool) throws -> Bool {
        if try pool.read(migrator.hasBeenSuperseded) {
            let roots = (try? pool.read { try IndexMeta.roots($0) }) ?? []
            try pool.erase()
            try migrator.migrate(pool)
            if !roots.isEmpty {
                try pool.write { try IndexMeta.set("roots", to: IndexMeta.encode(roots), in: $0) }
            }
            return true
        } else {
            try migrator.migrate(pool)
            return false
        }
    }

    /// Whether `db` holds this version's schema, whole.
    static func isCurrent(_ db: Database) throws -> Bool {
        try db.tableExists("grdb_migrations") && migrator.hasCompletedMigrations(db) && !migrator.hasBeenSuperseded(db)
    }
}
