import Foundation
import GRDB

/// A new index, written beside its path and linked into place whole.
extension IndexStore {
    /// Writes a new index at `path`, where there is none yet, in one run of `body`: faster than
    /// ``write(_:)`` into a new file, because it writes each page once.
    ///
    /// An index written in WAL mode is written twice: every page into the WAL, then into the file
    /// by the closing checkpoint (3 of the 28 s of a 100,000-article build). A new index has no
    /// readers and nothing to keep, so it is written without a journal into a file of its own
    /// beside `path` (`path.building-PID`), synced, switched to WAL and linked as `path`: the
    /// index appears whole or not at all. If the run fails or is killed, the file beside is
    /// removed (by the next build, after a kill) and `path` never existed. Returns nil, and
    /// removes what it wrote, when an index appeared at `path` meanwhile.
    static func writeNew<T>(at path: String, _ body: (IndexWriter) throws -> T) throws -> T? {
        let fileManager = FileManager.default
        let building = "\(path).building-\(ProcessInfo.processInfo.processIdentifier)"
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        try createFolder(of: path)
        removeStaleBuilds(of: path, in: directory)
        // Told to a second writer, which waits for this build as for any writer.
        WriterNote.write(for: path)
        defer { WriterNote.remove(for: path) }
        var completed = false
        defer { if !completed { try? fileManager.removeItem(atPath: building) } }
        var configuration = Configuration()
        configuration.label = "versus-build"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        let result: T
        do {
            let queue = try DatabaseQueue(path: building, configuration: configuration)
            try IndexSchema.migrator.migrate(queue)
            result = try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -\(Self.indexingCacheKiB)")
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(IndexWriter(db: db))
                    return .commit
                }
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                return result!
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw StorageError.userError(error, path: path, writing: true) ?? error
        }
        // Written without syncs: the bytes reach the disk before the name does.
        guard let handle = FileHandle(forUpdatingAtPath: building) else {
            throw VersusError.indexWriteFailed(path: path, reason: "cannot reopen \(building)")
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw VersusError.indexWriteFailed(path: path, reason: "cannot sync \(building)")
        }
        // A link, not a rename: it fails where an index appeared meanwhile (another run built
        // one), which must not be replaced.
        if link(building, path) == 0 {
            try? fileManager.removeItem(atPath: building)
        } else {
            if errno == EEXIST { return nil }
            // A file system without hard links (EPERM, ENOTSUP): a rename, where the path is still free.
            guard !fileManager.fileExists(atPath: path), rename(building, path) == 0 else {
                if fileManager.fileExists(atPath: path) { return nil }
                throw VersusError.indexWriteFailed(path: path, reason: "cannot move \(building) to \(path)")
            }
        }
        completed = true
        syncFolder(directory)
        return result
    }

    /// Syncs a folder, so that a name just given in it survives a power cut.
    private static func syncFolder(_ folder: String) {
        let descriptor = Foundation.open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        Foundation.close(descriptor)
    }

    /// Removes the files beside `path` that builds killed before they finished left behind.
    private static func removeStaleBuilds(of path: String, in directory: String) {
        let prefix = (path as NSString).lastPathComponent + ".building-"
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            // Only a build whose process is gone: another one may be running.
            guard let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? fileManager.removeItem(atPath: "\(directory)/\(name)")
        }
    }
}
