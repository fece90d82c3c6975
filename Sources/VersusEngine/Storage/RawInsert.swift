import GRDB
import GRDBSQLite

/// A prepared `INSERT` of GRDB's, run through SQLite's C API: values bound one by one, one step,
/// one reset.
///
/// An index run inserts two rows a passage, five million at 100,000 articles. Through
/// `Statement.execute(arguments:)` each insert builds an argument array, binds through nested
/// closures and goes through GRDB's observation hooks, which together cost the writer thread
/// about as much as SQLite's own work for the small `passage` row. Errors are thrown as GRDB's
/// ``DatabaseError``, so that a full disk or a failed write is reported as before.
///
/// Strings are bound as C strings (up to a NUL, as GRDB binds them) and copied by SQLite.
struct RawInsert {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?
    private let sql: String

    init(_ statement: Statement, in db: Database) {
        self.statement = statement.sqliteStatement
        connection = db.sqliteConnection
        sql = statement.sql
    }

    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(statement, index, value)
    }

    func bind(_ value: Int, at index: Int32) {
        sqlite3_bind_int64(statement, index, Int64(value))
    }

    func bind(_ value: Int?, at index: Int32) {
        if let value { sqlite3_bind_int64(statement, index, Int64(value)) } else { sqlite3_bind_null(statement, index) }
    }

    func bind(_ value: String?, at index: Int32) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_text(statement, index, value, -1, Self.transient)
    }

    /// Steps the statement once, then resets it (bindings stay until replaced).
    func run() throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
            throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: sql)
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before `sqlite3_bind_text` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
