import Foundation
import GRDB

/// What can be at an index path instead of a sound index, for the fault tests of the engine,
/// the CLI and the server alike.
public enum IndexDamage: String, CaseIterable, Sendable {
    case text, randomBytes, truncatedToHalf, headerZeroed, garbageOverMiddlePages, emptyFile, foreignDatabase, folder

    /// Every kind but the empty file, which the engine and the CLI take as a new index.
    public static let unusable = allCases.filter { $0 != .emptyFile }

    /// Damages the index at `path` (closed, its WAL checkpointed) or puts something else there;
    /// its WAL and shared-memory files go too.
    public func apply(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var state: UInt64 = 42
        func noise(_ count: Int) -> Data {
            Data((0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
        }
        switch self {
        case .text:
            try Data(String(repeating: "These are my notes, not an index.\n", count: 300).utf8).write(to: url)
        case .randomBytes:
            try noise(64 * 1024).write(to: url)
        case .truncatedToHalf:
            let data = try Data(contentsOf: url)
            try data.prefix(data.count / 2).write(to: url)
        case .headerZeroed:
            var data = try Data(contentsOf: url)
            data.replaceSubrange(0..<100, with: Data(count: 100))
            try data.write(to: url)
        case .garbageOverMiddlePages:
            var data = try Data(contentsOf: url)
            let start = data.count * 2 / 5 / 4096 * 4096
            let end = data.count * 3 / 5 / 4096 * 4096
            data.replaceSubrange(start..<end, with: noise(end - start))
            try data.write(to: url)
        case .emptyFile:
            try Data().write(to: url)
        case .foreignDatabase:
            // Another program's database, with a `meta` table of its own to make it harder.
            try? FileManager.default.removeItem(at: url)
            let other = try DatabaseQueue(path: path)
            try other.write { db in
                try db.execute(sql: "CREATE TABLE meta (name TEXT, value TEXT); CREATE TABLE contact (name TEXT, email TEXT)")
                try db.execute(sql: "INSERT INTO contact VALUES ('Ann', 'ann@example.com')")
            }
            try other.close()
        case .folder:
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            try Data("keep me".utf8).write(to: url.appendingPathComponent("keep.txt"))
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Refused as soon as it is opened (the others show their damage when a damaged page is read).
    public var refusedOnOpen: Bool { self != .truncatedToHalf && self != .garbageOverMiddlePages }

    /// Not Versus's own: never written, moved or removed, even by `index --rebuild`.
    public var isForeign: Bool { self == .foreignDatabase || self == .folder }
}
