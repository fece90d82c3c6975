import Foundation
import GRDB

/// What is at an index path before Versus opens it, and so whether Versus may write there.
///
/// Opening an index for writing switches the file to WAL mode and creates tables, which must
/// never happen to a file Versus did not write: a folder, a file that is not SQLite at all (a
/// mistyped `--db notes.txt`; SQLite would take a short one for an empty database) and another
/// program's SQLite database are told apart from a Versus index, or an empty file, first —
/// through a read-only connection, which changes nothing.
enum IndexFile: Equatable {
    case missing
    /// A 0-byte file or an SQLite database without tables: nothing to lose by writing there.
    case empty
    /// A database with Versus's `meta` table and GRDB's record of migrations (of this version or another).
    case index
    case folder
    /// Bytes that do not start with SQLite's header: a text file, random data, a zeroed header.
    case notSQLite
    /// An SQLite database of another program.
    case foreign(tables: [String])

    /// The first 16 bytes of every SQLite database file.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Inspects `path`. Throws the `DatabaseError` of a database whose schema cannot be read.
    static func inspect(_ path: String) throws -> IndexFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        if isFolder.boolValue { return .folder }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .notSQLite }
        let header = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        try? handle.close()
        if header.isEmpty { return .empty }
        guard Array(header) == sqliteHeader else { return .notSQLite }

        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "versus-probe"
        let probe = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? probe.close() }
        return try probe.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if tables.isEmpty { return .empty }
            // `meta` is a common name: a Versus index also has the migration that created it.
            if tables.contains("meta"), tables.contains("grdb_migrations"),
                (try? Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier LIKE 'v%')")) == true
            {
                return .index
            }
            return .foreign(tables: tables)
        }
    }
}
