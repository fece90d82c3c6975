import GRDB
import VersusEngine

/// Plain FTS5 on a Versus index file, as any SQLite client would run it: the peer that
/// `versus eval` and `versus bench` measure Versus against, and the reader of the passages they
/// draw queries from.
///
/// It reads the file through its own read-only connection, never through the engine, so that
/// what it measures is SQLite's FTS5 alone.
public final class PlainFTS5Baseline: Sendable {
    public let path: String
    let database: DatabaseQueue

    /// Opens the index file at `path` read-only.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "versus-baseline"
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw VersusError.indexUnusable(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Plain FTS5: non-stop words joined by OR, unweighted bm25, first `limit` rows.
    ///
    /// ```sql
    /// SELECT rowid FROM passage_fts WHERE passage_fts MATCH '"email" OR "asynchronous"'
    /// ORDER BY bm25(passage_fts) LIMIT 10
    /// ```
    public func search(_ text: String, limit: Int) throws -> [Hit] {
        guard let match = QueryAnalyzer.plain.analyze(text).matchExpression else { return [] }
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT passage_fts.heading, passage_fts.body, passage.kind, article.slug, article.title
                    FROM passage_fts
                    JOIN passage ON passage.id = passage_fts.rowid
                    JOIN article ON article.id = passage.article_id
                    WHERE passage_fts MATCH ? ORDER BY bm25(passage_fts) LIMIT ?
                    """, arguments: [match, limit])
            return rows.map { row in
                Hit(
                    article: row["slug"], title: row["title"], kind: PassageKind(rawValue: row["kind"]) ?? .summary,
                    term: nil, heading: row["heading"], text: row["body"], sense: nil, snippet: Snippet(segments: []),
                    score: 0)
            }
        }
    }

    /// The body of each passage, in the order of `rowids` (an empty string for a missing one).
    ///
    /// ```sql
    /// SELECT body FROM passage_fts WHERE rowid = ?
    /// ```
    public func passageBodies(rowids: [Int64]) throws -> [String] {
        try database.read { db in
            try rowids.map { rowid in
                try String.fetchOne(db, sql: "SELECT body FROM passage_fts WHERE rowid = ?", arguments: [rowid]) ?? ""
            }
        }
    }

    /// Reads the material a ``QueryMix`` is drawn from, in one read transaction, so that every
    /// draw sees the same content.
    func withBenchmarkSource<T>(_ body: (BenchmarkSource) throws -> T) throws -> T {
        try database.read { db in try body(try BenchmarkSource(db)) }
    }
}
