import VersusEngine
import GRDBSQLite

/// Plain FTS5 through SQLite's C API: the reference `versus bench` measures Versus against.
///
/// What a general-purpose FTS5 setup does with a query, at the lowest cost SQLite allows: the
/// query's non-stop words, quoted and joined by OR (``AnalyzedQuery/matchExpression`` of an
/// analyzer without a lexicon, as ``ArticleIndex/baselineSearch(_:limit:)`` builds it), ranked by
/// unweighted bm25, first ten rowids — one statement prepared once and reset per query, on its
/// own read-only connection, with no GRDB, no re-ranking and no snippets.
///
/// ```sql
/// SELECT rowid FROM passage_fts WHERE passage_fts MATCH '"email" OR "asynchronous"'
/// ORDER BY bm25(passage_fts) LIMIT 10
/// ```
///
/// One connection, so one thread at a time: not `Sendable`.
public final class PlainFTS5Reference {
    public let path: String
    public let limit: Int
    private var connection: OpaquePointer?
    private var statement: OpaquePointer?
    private let analyzer = QueryAnalyzer.plain

    static let sql = "SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? ORDER BY bm25(passage_fts) LIMIT ?"

    /// Opens the index at `path` read-only and prepares the query.
    public init(path: String, limit: Int = 10) throws {
        self.path = path
        self.limit = limit
        let opened = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard opened == SQLITE_OK else {
            let reason = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(connection)
            connection = nil
            throw VersusError.indexUnusable(path: path, reason: reason)
        }
        guard sqlite3_prepare_v2(connection, Self.sql, -1, &statement, nil) == SQLITE_OK else {
            let reason = String(cString: sqlite3_errmsg(connection))
            sqlite3_close_v2(connection)
            connection = nil
            throw VersusError.indexUnusable(path: path, reason: reason)
        }
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close_v2(connection)
    }

    /// The FTS5 expression for `text`: its non-stop words, quoted, joined by OR; `nil` when
    /// nothing is left to match.
    public func matchExpression(for text: String) -> String? {
        analyzer.analyze(text).matchExpression
    }

    /// The rowids of the best `limit` passages for `text`, best first.
    public func search(_ text: String) throws -> [Int64] {
        guard let match = matchExpression(for: text) else { return [] }
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        guard sqlite3_bind_text(statement, 1, match, -1, Self.transient) == SQLITE_OK,
            sqlite3_bind_int64(statement, 2, Int64(limit)) == SQLITE_OK
        else { throw failure() }
        var rowids: [Int64] = []
        rowids.reserveCapacity(limit)
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: rowids.append(sqlite3_column_int64(statement, 0))
            case SQLITE_DONE: return rowids
            default: throw failure()
            }
        }
    }

    private func failure() -> PlainFTS5Failure {
        PlainFTS5Failure(code: sqlite3_errcode(connection), message: String(cString: sqlite3_errmsg(connection)))
    }

    /// SQLite copies the bound text before `sqlite3_bind_text` returns.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}

/// An SQLite error from ``PlainFTS5Reference``: an internal fault, never a user's.
public struct PlainFTS5Failure: Error, Sendable, CustomStringConvertible {
    public var code: Int32
    public var message: String

    public var description: String { "SQLite error \(code): \(message)" }
}
