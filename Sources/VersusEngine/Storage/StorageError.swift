import Foundation
import GRDB

/// What an SQLite error means for the person using Versus.
enum StorageError {
    /// The user error a database error amounts to, or nil for an internal fault.
    ///
    /// A full disk, a write that failed, a busy or an unreadable file are facts about the
    /// user's machine and file, reported with what to do; anything else (a constraint broken,
    /// a misuse) is a fault of Versus's.
    static func userError(_ error: DatabaseError, path: String, writing: Bool) -> VersusError? {
        let reason = "\(error.message ?? "SQLite error"), SQLite code \(error.extendedResultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .indexBusy(path)
        case .SQLITE_FULL:
            return .diskFull(path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .indexUnusable(path: path, reason: reason)
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM:
            // SQLite reports ENOSPC as SQLITE_FULL only for the database and WAL files; growing
            // the shared-memory file on a full disk is an I/O error: the free space tells.
            if writing && diskIsFull(near: path) { return .diskFull(path) }
            return writing ? .indexWriteFailed(path: path, reason: reason) : .indexUnusable(path: path, reason: reason)
        default:
            return nil
        }
    }

    /// Whether the file system holding `path` has (almost) no space left.
    static func diskIsFull(near path: String) -> Bool {
        var info = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20
    }
}

extension DatabaseError {
    var isBusy: Bool { resultCode == .SQLITE_BUSY || resultCode == .SQLITE_LOCKED }
}
