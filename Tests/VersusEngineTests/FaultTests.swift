import Foundation
import IndexDamage
import GRDB
import Testing
@testable import VersusEngine
@testable import VersusTooling

/// Faults around the index file: a full disk, a file that cannot be written, two writers at
/// once, a damaged file, another program's database. Each is a typed user error
/// (``VersusError``), never an internal fault, and none loses or changes the previous index.
@Suite struct FaultTests {
    /// Three articles of the bundled corpus, indexed.
    static let baseArticles = ["synchronous-vs-asynchronous", "tcp-vs-udp", "affect-vs-effect"]

    /// A folder holding an index of three bundled articles at `index.sqlite`, and 60 synthetic
    /// articles under `more/` to index next.
    static func indexedFolder() throws -> (folder: String, path: String, index: ArticleIndex) {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/base", withIntermediateDirectories: true)
        for slug in baseArticles {
            try FileManager.default.copyItem(atPath: TestSupport.corpus + "/\(slug).txt", toPath: folder + "/base/\(slug).txt")
        }
        _ = try SyntheticCorpus(seed: 7).write(articles: 60, to: folder + "/more")
        let path = folder + "/index.sqlite"
        let index = try ArticleIndex.open(at: path, creating: true)
        _ = try index.update(from: [folder + "/base"])
        return (folder, path, index)
    }

    /// Closes the index, its content all in the main file, and removes its (empty) WAL.
    static func close(_ index: ArticleIndex) throws {
        try index.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index.path + suffix) }
    }

    /// What the index answers, to compare before and after a failed run.
    static func answers(_ index: ArticleIndex) throws -> [String] {
        try ["is email asynchronous", "udp packet loss", "affect or effect"].flatMap { query in
            try index.search(SearchRequest(query: query, limit: 5)).hits.map { "\($0.article) \($0.text)" }
        }
    }

    // MARK: - A full disk

    @Test func aFullDiskIsATypedErrorAndTheRunIsRolledBack() throws {
        let (folder, path, index) = try Self.indexedFolder()
        let before = try index.stats()
        let answers = try Self.answers(index)

        // SQLite's cap on the file's pages stands for the disk: the run fills it part way.
        try index.store.pool.writeWithoutTransaction { db in
            let pages = try #require(try Int.fetchOne(db, sql: "PRAGMA page_count"))
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 20)")
        }
        #expect(throws: VersusError.diskFull(path)) { try index.update(from: [folder + "/more"]) }
        #expect(VersusError.diskFull(path).description.contains("the disk is full while writing the index at \(path)"))

        let after = try index.stats()
        #expect(after.articles == before.articles)
        #expect(after.passages == before.passages)
        #expect(after.roots == before.roots)
        #expect(try Self.answers(index) == answers)
        #expect(try index.checkIntegrity().problems == [])

        // With room again, the same run completes.
        try index.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        #expect(try index.update(from: [folder + "/more"]).added == 60)
        #expect(try index.stats().articles == before.articles + 60)
        #expect(try index.checkIntegrity().problems == [])
    }

    // MARK: - Files that cannot be written

    @Test func aFileWhereTheIndexFolderShouldBeIsAWriteError() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("my notes", to: folder + "/notes.txt")
        let path = folder + "/notes.txt/index.sqlite"
        #expect {
            try ArticleIndex.open(at: path, creating: true)
        } throws: { error in
            guard case .indexWriteFailed(let failed, let reason) = error as? VersusError else { return false }
            return failed == path && reason.contains("cannot create the folder")
        }
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "my notes")
    }

    /// SQLite cannot create the index's WAL (a folder has its name): a write error when indexing,
    /// an unusable index when reading; the index is whole again once the WAL can be created.
    @Test func aWALThatCannotBeCreatedIsATypedError() throws {
        let (folder, path, index) = try Self.indexedFolder()
        let answers = try Self.answers(index)
        try Self.close(index)
        try FileManager.default.createDirectory(atPath: path + "-wal", withIntermediateDirectories: false)

        #expect {
            _ = try ArticleIndex.open(at: path, creating: true).update(from: [folder + "/more"])
        } throws: { error in
            if case .indexWriteFailed(path, _) = error as? VersusError { return true }
            return false
        }
        #expect {
            _ = try ArticleIndex.open(at: path, readOnly: true).stats()
        } throws: { error in
            if case .indexUnusable(path, _) = error as? VersusError { return true }
            return false
        }

        try FileManager.default.removeItem(atPath: path + "-wal")
        let reopened = try ArticleIndex.open(at: path, creating: true)
        #expect(try Self.answers(reopened) == answers)
        #expect(try reopened.checkIntegrity().problems == [])
    }

    // MARK: - Two writers

    /// Two indexes open on one file, updated at the same moment from two threads: the second
    /// waits for the first (SQLite's write lock, within the busy timeout), then both runs land.
    @Test func twoWritersTakeTurns() throws {
        let (folder, path, first) = try Self.indexedFolder()
        let second = try ArticleIndex.open(at: path, creating: true)
        // Synthetic slugs depend on the article's number only: the second set is written apart.
        for i in 0..<30 {
            var builder = ArticleBuilder()
            builder.title = "Alpha\(i) vs. Beta\(i): What's the Difference?"
            try TestSupport.write(builder.text, to: folder + "/other/alpha\(i)-vs-beta\(i).txt")
        }

        let outcomes = ResultSlots<Result<IndexReport, any Error>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            outcomes[i] = Result {
                i == 0 ? try first.update(from: [folder + "/more"]) : try second.update(from: [folder + "/other"])
            }
        }
        let reports = try outcomes.values.map { try #require($0).get() }
        #expect(reports.map(\.added) == [60, 30])
        #expect(try first.stats().articles == 3 + 60 + 30)
        #expect(try second.stats().articles == 3 + 60 + 30)
        #expect(try first.checkIntegrity().problems == [])
    }

    /// A writer that finds the index locked waits; when the lock is released in time, it goes on.
    @Test func aWriterWaitsForTheLockThenRuns() throws {
        let (folder, path, index) = try Self.indexedFolder()
        let blocker = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? blocker.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.3)
                try db.execute(sql: "ROLLBACK")
            }
            done.signal()
        }
        locked.wait()
        #expect(try index.update(from: [folder + "/more"]).added == 60)
        done.wait()
    }

    // MARK: - Damaged and foreign files

    /// Every damage is a typed error or a failed integrity check, for writing and reading alike;
    /// a file that is not Versus's own is never changed.
    @Test(arguments: IndexDamage.unusable) func aDamagedIndexIsATypedError(_ damage: IndexDamage) throws {
        let (folder, path, index) = try Self.indexedFolder()
        try Self.close(index)
        try damage.apply(to: path)
        let bytes = FileManager.default.contents(atPath: path)

        var detected = false
        func attempt(_ label: String, _ body: () throws -> Void) {
            do {
                try body()
            } catch let error as VersusError {
                switch error {
                case .indexUnusable(path, _), .notAnIndex(path, _): detected = true
                default: Issue.record("\(label): unexpected \(error)")
                }
            } catch {
                Issue.record("\(label): not a user error: \(String(reflecting: error))")
            }
        }
        attempt("read-only open and search") {
            let index = try ArticleIndex.open(at: path, readOnly: true)
            _ = try index.stats()
            _ = try Self.answers(index)
        }
        attempt("writable open and update") {
            let index = try ArticleIndex.open(at: path, creating: true)
            let report = try index.checkIntegrity()
            if !report.ok { detected = true; return }
            _ = try index.update(from: [folder + "/more"])
        }
        #expect(detected)

        if damage.refusedOnOpen {
            #expect(FileManager.default.contents(atPath: path) == bytes, "the file was changed")
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
        if damage == .foreignDatabase {
            let other = try DatabaseQueue(path: path)
            #expect(try other.read { try String.fetchAll($0, sql: "SELECT name FROM contact") } == ["Ann"])
            #expect(try other.read { try $0.tableExists("article") } == false)
        }
        if damage == .folder {
            #expect(FileManager.default.fileExists(atPath: path + "/keep.txt"))
        }
    }

    @Test func anEmptyFileBecomesAnIndexButIsNotServed() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/index.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: VersusError.indexUnusable(path: path, reason: "it is empty")) {
            try ArticleIndex.open(at: path, readOnly: true)
        }
        let index = try ArticleIndex.open(at: path, creating: true)
        _ = try index.update(from: [TestSupport.corpus])
        #expect(try index.stats().articles == 40)
    }

    @Test func anotherProgramsDatabaseIsNamedInTheError() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/app.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        try IndexDamage.foreignDatabase.apply(to: path)
        #expect {
            try ArticleIndex.open(at: path, creating: true)
        } throws: { error in
            guard case .notAnIndex(path, let what) = error as? VersusError else { return false }
            return what == "an SQLite database that Versus did not write (tables: contact, meta)"
                // The engine says what it will not do; the CLI adds "even with --rebuild" (CLIFaultTests).
                && (error as? VersusError)?.description.contains("Versus will not write to it") == true
        }
    }

    /// Damage SQLite only finds when it reads a damaged page — here, the full-text index's own
    /// pages, under an intact schema — is ``VersusError/indexUnusable(path:reason:)`` at query
    /// time, not an internal fault.
    @Test func damageFoundAtQueryTimeIsIndexUnusable() throws {
        let (_, path, index) = try Self.indexedFolder()
        let pages = try index.store.pool.read { db in
            try Int.fetchAll(
                db, sql: "SELECT pageno FROM dbstat WHERE name = 'passage_fts_data' AND pagetype = 'leaf' ORDER BY pageno")
        }
        let pageSize = try index.store.pool.read { try #require(try Int.fetchOne($0, sql: "PRAGMA page_size")) }
        try Self.close(index)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(!pages.isEmpty)
        for page in pages {
            let offset = (page - 1) * pageSize
            data.replaceSubrange(offset..<(offset + pageSize), with: Data(repeating: 0xA5, count: pageSize))
        }
        try data.write(to: URL(fileURLWithPath: path))

        let damaged = try ArticleIndex.open(at: path, readOnly: true)
        #expect {
            _ = try damaged.search(SearchRequest(query: "is email asynchronous"))
        } throws: { error in
            if case .indexUnusable(path, _) = error as? VersusError { return true }
            return false
        }
        #expect(try !ArticleIndex.open(at: path).checkIntegrity().ok)
    }
}
