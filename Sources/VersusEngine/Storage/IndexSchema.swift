import GRDB

/// The tables of a Versus index and the migrations that create them.
///
/// ```sql
/// CREATE TABLE article (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title, term_a, term_b,
///                       author, editor, published, source_path UNIQUE, content_hash,
///                       file_size, file_mtime, indexed_at)
/// CREATE TABLE passage (id INTEGER PRIMARY KEY, article_id REFERENCES article ON DELETE CASCADE,
///                       ordinal, kind, term, sense_rank, length)
/// CREATE VIRTUAL TABLE passage_fts USING fts5(heading, body, context, terms, kind UNINDEXED,
///                       tokenize='porter unicode61 remove_diacritics 2')
/// CREATE TABLE vocabulary (word PRIMARY KEY, articles)   -- surface words, for spelling correction
/// CREATE TABLE stem_frequency (stem PRIMARY KEY, passages) -- passage frequency of each indexed stem
/// ```
///
/// `passage_fts` owns the passage text (rowid = `passage.id`), so text is stored once. Its
/// columns are weighted apart by the ranker: `heading` (FAQ question, chart label, the term),
/// `body` (the passage text), `context` (for an example, the sense it illustrates) and `terms`
/// (the article's two terms, repeated on every passage so that a query naming them lifts the
/// whole article). `passage.length` is the passage's token count over those columns, for
/// bm25's length normalization (meta `token_total` keeps their sum). `vocabulary` counts, for each word as written (folded, unstemmed), the
/// articles that use it; `stem_frequency` counts, for each stem, the passages that contain it —
/// what `fts5vocab` would report, but kept up to date by the indexer, since an `fts5vocab` table
/// reads the whole index to answer. An article's passages get consecutive
/// rowids, so `passage_fts` can be restricted to one article with a rowid range.
public enum IndexSchema {
    /// The FTS5 tokenizer: Porter stemming over Unicode-aware words without diacritics.
    public static let tokenizer = "porter unicode61 remove_diacritics 2"

    /// The version this build writes; an index of another version is rebuilt.
    ///
    /// GRDB's migrator is the one record of it: each version registers one migration named
    /// `v<version>` that creates the whole schema, so an index written by another version holds a
    /// migration this build does not know (``DatabaseMigrator/hasBeenSuperseded(_:)``).
    public static let version = 5

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v\(version)") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        slug TEXT NOT NULL UNIQUE,
                        title TEXT NOT NULL,
                        term_a TEXT NOT NULL,
                        term_b TEXT NOT NULL,
                        author TEXT,
                        editor TEXT,
                        published TEXT,
                        source_path TEXT NOT NULL UNIQUE,
                        content_hash TEXT NOT NULL,
                        file_size INTEGER NOT NULL,
                        file_mtime REAL NOT NULL,
                        indexed_at REAL NOT NULL
                    );
                    CREATE TABLE passage (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        term TEXT NOT NULL,
                        sense_rank INTEGER,
                        length INTEGER NOT NULL
                    );
                    CREATE INDEX passage_by_article ON passage(article_id, ordinal);
                    CREATE VIRTUAL TABLE passage_fts USING fts5(
                        heading, body, context, terms, kind UNINDEXED,
                        tokenize = '\(tokenizer)'
                    );
                    CREATE TABLE stem_frequency (
                        stem TEXT PRIMARY KEY NOT NULL,
                        passages INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE vocabulary (
                        word TEXT PRIMARY KEY NOT NULL,
                        articles INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    """)
            try IndexMeta.set("tokenizer", to: tokenizer, in: db)
            // Builds before this one recognised an index by this row; it is written so that they
            // still do. This build reads the version from the migrator only.
            try IndexMeta.set("schema_version", to: "\(version)", in: db)
        }
        return migrator
    }

    /// Brings a writable index to this version's schema: creates it in a new file, and erases an
    /// index of another version — derived data — keeping its roots so that the next refresh
    /// re-indexes them.
    static func prepare(_ pool: DatabasePool) throws {
        if try pool.read(migrator.hasBeenSuperseded) {
            let roots = (try? pool.read { try IndexMeta.roots($0) }) ?? []
            try pool.erase()
            try migrator.migrate(pool)
            if !roots.isEmpty {
                try pool.write { try IndexMeta.set("roots", to: IndexMeta.encode(roots), in: $0) }
            }
        } else {
            try migrator.migrate(pool)
        }
    }

    /// Whether `db` holds this version's schema, whole.
    static func isCurrent(_ db: Database) throws -> Bool {
        try db.tableExists("grdb_migrations") && migrator.hasCompletedMigrations(db) && !migrator.hasBeenSuperseded(db)
    }
}
