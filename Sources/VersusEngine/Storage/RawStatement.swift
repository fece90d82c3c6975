import GRDB
import GRDBSQLite

/// A prepared statement of GRDB's, run through SQLite's C API: values bound one by one, then
/// one step (an `INSERT`) or a walk through the rows (a `SELECT`), then a reset.
///
/// For the two hot paths where GRDB's conveniences cost as much as SQLite's own work:
/// - An index run inserts two rows a passage, five million at 100,000 articles. Through
///   `Statement.execute(arguments:)` each insert builds an argument array, binds through nested
///   closures and goes through GRDB's observation hooks.
/// - A search lists tens of thousands of rowids. Through `Int64.fetchAll` each row goes through
///   a generic cursor that looks up type metadata for every value: a quarter of the listing.
///
/// Errors are thrown as GRDB's ``DatabaseError``, so that a full disk, a failed write or a
/// damaged page is reported as before. Strings are bound as C strings (up to a NUL, as GRDB binds
/// them) and copied by SQLite.
struct RawStatement {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?

    init(_ statement: Statement, in db: Database) {
        self.statement = statement.sqliteStatement
        connection = db.sqliteConnection
        // Binding needs a statement that is not half-stepped.
        sqlite3_reset(self.statement)
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
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// The first column of every row, as integers (a NULL reads as 0), then resets the statement.
    func integers(reservingCapacity capacity: Int = 0) throws -> [Int64] {
        try rows(reservingCapacity: capacity) { $0.integer(0) }
    }

    /// Every row, read by `read`, then resets the statement.
    func rows<Value>(reservingCapacity capacity: Int = 0, _ read: (Columns) -> Value) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(capacity)
        defer { sqlite3_reset(statement) }
        let columns = Columns(statement: statement)
        while true {
            let code = sqlite3_step(statement)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else { throw error(code) }
                return values
            }
            values.append(read(columns))
        }
    }

    /// The columns of the row a statement stands on, by position from 0.
    struct Columns {
        fileprivate let statement: SQLiteStatement

        /// The column as an integer; 0 for NULL.
        func integer(_ index: Int32) -> Int64 {
            sqlite3_column_int64(statement, index)
        }

        /// The column as an integer; nil for NULL.
        func optionalInteger(_ index: Int32) -> Int64? {
            sqlite3_column_type(statement, index) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, index)
        }

        /// The column as text (invalid UTF-8 repaired); nil for NULL.
        func text(_ index: Int32) -> String? {
            guard let bytes = sqlite3_column_text(statement, index) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, index))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        // The statement's text is read only here: GRDB's `Statement.sql` trims a copy of it, which
        // cost 2% of a search when read for every statement.
        let sql = sqlite3_sql(statement).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: sql)
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before `sqlite3_bind_text` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
