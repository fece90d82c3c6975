import Foundation
import GRDB

/// The SQLite file of an index: the one place that opens it, reads and writes it, and tells
/// what its errors mean.
///
/// Reads go through a pool of connections and run concurrently; writes are serialized, and
/// readers keep seeing the last committed content until a write commits.
final class IndexStore: Sendable {
    let path: String
    /// The connections; only the store and tests that inspect or damage the file use them directly.
    let pool: DatabasePool
    /// Whether the file held an index written by another version of Versus, which opening erased
    /// (keeping its roots): it holds nothing until they are indexed again.
    let erasedOtherVersion: Bool

    private init(path: String, pool: DatabasePool, erasedOtherVersion: Bool) {
        self.path = path
        self.pool = pool
        self.erasedOtherVersion = erasedOtherVersion
    }

    /// The page cache of an indexing run, in KiB: FTS5 segment merges reread recent pages.
    static let indexingCacheKiB = 256 * 1024

    var isReadOnly: Bool { pool.configuration.readonly }

    /// Opens the file at `path`, first checking what is there (``IndexFile``).
    ///
    /// - Parameters:
    ///   - creating: create the file (and its folder) when missing, and start over on an index
    ///     written by another schema version. Without it a missing file is ``VersusError/indexNotFound(_:)``.
    ///   - readOnly: open for searching only.
    ///   - busyTimeout: how long to wait for another process that is writing the index.
    static func open(at path: String, creating: Bool, readOnly: Bool, busyTimeout: TimeInterval) throws -> IndexStore {
        let file: IndexFile
        do {
            file = try IndexFile.inspect(path)
        } catch let error as DatabaseError {
            throw StorageError.userError(error, path: path, writing: !readOnly) ?? error
        }
        switch file {
        case .missing:
            guard creating, !readOnly else { throw VersusError.indexNotFound(path) }
            try createFolder(of: path)
        case .folder:
            throw VersusError.notAnIndex(path: path, what: "a folder")
        case .notSQLite:
            throw VersusError.indexUnusable(path: path, reason: "it is not an SQLite database")
        case .foreign(let tables):
            throw VersusError.notAnIndex(
                path: path, what: "an SQLite database that Versus did not write (tables: \(tables.joined(separator: ", ")))")
        case .empty where readOnly:
            throw VersusError.indexUnusable(path: path, reason: "it is empty")
        case .empty, .index:
            break
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "versus"
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a crash or kill never corrupts the index or loses a
            // committed run; only a power cut may lose the last run, never the one before.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let erased = readOnly ? false : try IndexSchema.prepare(pool)
            guard try pool.read(IndexSchema.isCurrent) else {
                throw VersusError.indexUnusable(path: path, reason: "it was written by another version of Versus")
            }
            return IndexStore(path: path, pool: pool, erasedOtherVersion: erased)
        } catch let error as VersusError {
            throw error
        } catch let error as DatabaseError {
            throw StorageError.userError(error, path: path, writing: !readOnly)
                ?? VersusError.indexUnusable(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Creates the folder that `path` is in, if it is missing.
    static func createFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            // E.g. a file where a folder of the path should be.
            throw VersusError.indexWriteFailed(path: path, reason: "cannot create the folder \(folder)")
        }
    }

    /// A read of the index in one snapshot, with a damaged file (SQLite finds most damage only
    /// when it reads the damaged page) reported as ``VersusError/indexUnusable(path:reason:)``.
    func read<T>(_ body: (IndexReader) throws -> T) throws -> T {
        do {
            return try pool.read { try body(IndexReader(db: $0)) }
        } catch let error as DatabaseError {
            throw StorageError.userError(error, path: path, writing: false) ?? error
        }
    }

    /// One atomic write (`BEGIN IMMEDIATE … COMMIT`) with a large page cache: everything `body`
    /// writes, or nothing. While it holds the write lock, a ``WriterNote`` beside the file says
    /// who writes. A database error rolls the transaction back and is thrown as the user error it
    /// amounts to (busy, disk full, write failed).
    func write<T>(_ body: (IndexWriter) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -\(Self.indexingCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                var result: T?
                try db.inTransaction(.immediate) {
                    // The write lock is ours: say so to a second writer that will wait for it.
                    WriterNote.write(for: path)
                    defer { WriterNote.remove(for: path) }
                    result = try body(IndexWriter(db: db))
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            // The transaction was rolled back: the previous index is whole.
            throw StorageError.userError(error, path: path, writing: true) ?? error
        }
    }

    /// Checks the whole file: SQLite's `PRAGMA integrity_check` (every b-tree page, index and
    /// constraint), FTS5's own `integrity-check` (the full-text index matches the stored text)
    /// and Versus's invariant that every passage has its text. Reads the whole index: seconds
    /// per gigabyte. Needs a store opened for writing (FTS5's check is an `INSERT` command,
    /// though it changes nothing), and waits for another writer like an indexing run does.
    ///
    /// ```sql
    /// PRAGMA integrity_check
    /// INSERT INTO passage_fts(passage_fts) VALUES ('integrity-check')
    /// SELECT count(*) FROM article; SELECT count(*) FROM passage; SELECT count(*) FROM passage_fts
    /// ```
    func checkIntegrity() throws -> IntegrityReport {
        let started = ContinuousClock.now
        do {
            return try pool.writeWithoutTransaction { db in
                var report = IntegrityReport()
                do {
                    let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                    if lines != ["ok"] { report.problems += lines.map { "integrity_check: \($0)" } }
                } catch let error as DatabaseError where !error.isBusy {
                    report.problems.append("integrity_check: \(error.message ?? "\(error.resultCode)")")
                }
                do {
                    try db.execute(sql: "INSERT INTO passage_fts(passage_fts) VALUES ('integrity-check')")
                } catch let error as DatabaseError where !error.isBusy {
                    report.problems.append("fts5 integrity-check: \(error.message ?? "\(error.resultCode)")")
                }
                do {
                    report.articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
                    report.passages = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage") ?? 0
                    let texts = try Int.fetchOne(db, sql: "SELECT count(*) FROM passage_fts") ?? 0
                    if texts != report.passages {
                        report.problems.append("\(report.passages) passages but \(texts) passage texts")
                    }
                } catch let error as DatabaseError where !error.isBusy {
                    report.problems.append("counts: \(error.message ?? "\(error.resultCode)")")
                }
                report.seconds = started.millisecondsSince / 1000
                return report
            }
        } catch let error as DatabaseError {
            throw StorageError.userError(error, path: path, writing: false) ?? error
        }
    }

    /// Copies the WAL's content into the index file and closes the connections. Needed before
    /// the file is moved away: SQLite deletes a WAL file by its name when the last connection closes.
    func close() throws {
        if !isReadOnly {
            _ = try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        try pool.close()
    }
}
