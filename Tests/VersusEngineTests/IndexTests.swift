import Foundation
import GRDB
import Testing
@testable import VersusEngine

/// Indexing is incremental (unchanged skipped, changed replaced, deleted removed), reports bad
/// files without losing good ones, and is atomic.
@Suite struct IndexTests {
    func article(_ a: String, _ b: String, faq: String = "Is it good?") -> String {
        var builder = ArticleBuilder()
        builder.title = "\(a) vs. \(b): What's the Difference?"
        builder.summary = "\(a) is one thing; \(b) is another."
        builder.faqs = [(faq, "Yes, \(a.lowercased()) is good.")]
        return builder.text
    }

    @Test func incrementalRuns() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        try TestSupport.write(article("Tea", "Coffee"), to: corpus + "/tea-vs-coffee.txt")
        try TestSupport.write(article("Salt", "Pepper"), to: corpus + "/salt-vs-pepper.txt")
        try TestSupport.write(article("Cats", "Dogs"), to: corpus + "/nested/deeper/cats-vs-dogs.txt")
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)

        var report = try index.update(from: [corpus])
        #expect((report.added, report.updated, report.removed, report.unchanged, report.failed) == (3, 0, 0, 0, 0))
        #expect(try index.stats().articles == 3)

        report = try index.update(from: [corpus])
        #expect((report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 3))
        #expect(try index.isStale() == false)

        // Same content, new modification time: still unchanged.
        try TestSupport.write(article("Tea", "Coffee"), to: corpus + "/tea-vs-coffee.txt")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: corpus + "/tea-vs-coffee.txt")
        report = try index.update(from: [corpus])
        #expect((report.added, report.updated, report.unchanged) == (0, 0, 3))

        try TestSupport.write(article("Tea", "Coffee", faq: "Is matcha green?"), to: corpus + "/tea-vs-coffee.txt")
        try FileManager.default.removeItem(atPath: corpus + "/salt-vs-pepper.txt")
        #expect(try index.isStale())
        report = try index.update(from: [corpus])
        #expect((report.added, report.updated, report.removed, report.unchanged) == (0, 1, 1, 1))
        #expect(try index.search(SearchRequest(query: "matcha")).hits.first?.article == "tea-vs-coffee")
        #expect(try index.search(SearchRequest(query: "pepper")).hits.isEmpty)
        #expect(throws: VersusError.articleNotFound("salt-vs-pepper")) { try index.article(slug: "salt-vs-pepper") }
    }

    /// An index written by another version of Versus is erased when opened for searching, and
    /// the folders it remembers are indexed again even without refresh: a search never answers
    /// from an index that the upgrade emptied.
    @Test(arguments: [true, false])
    func anotherVersionsIndexIsRebuiltOnOpen(_ refresh: Bool) throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        try TestSupport.write(article("Tea", "Coffee"), to: corpus + "/tea-vs-coffee.txt")
        let path = folder + "/index.sqlite"
        do {
            let index = try ArticleIndex.open(at: path, creating: true)
            _ = try index.update(from: [corpus])
            // Another version's index: its migration is one this build does not know.
            try index.store.pool.write { try $0.execute(sql: "UPDATE grdb_migrations SET identifier = 'v999'") }
            try index.store.close()
        }
        var events: [String] = []
        let index = try ArticleIndex.open(at: path, policy: OpenPolicy(refresh: refresh), events: { events.append("\($0)") })
        #expect(events.first?.hasPrefix("reindexingOtherVersion") == true, "\(events)")
        #expect(try index.stats().articles == 1)
        #expect(try index.search(SearchRequest(query: "coffee")).hits.first?.article == "tea-vs-coffee")
    }

    /// The kept passage frequencies always equal what `fts5vocab` computes from the index itself,
    /// through additions, edits, deletions and an article refused for its duplicate slug (whose
    /// words, counted while it was parsed, come off again).
    /// A run that writes much of the index leaves the full-text index in one segment (one seek a
    /// query word); a small run adds its own segment and leaves merging to FTS5.
    @Test func largeRunsMergeTheFullTextIndex() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        for (a, b) in [("Tea", "Coffee"), ("Salt", "Pepper"), ("Cat", "Dog"), ("Sun", "Moon")] {
            try TestSupport.write(article(a, b), to: corpus + "/\(a.lowercased())-vs-\(b.lowercased()).txt")
        }
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        func segments() throws -> Int {
            try index.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT segid) FROM passage_fts_idx") ?? 0 }
        }
        _ = try index.update(from: [corpus])
        #expect(try segments() == 1)
        let hashsize = try index.store.pool.read { try Int.fetchOne($0, sql: "SELECT v FROM passage_fts_config WHERE k = 'hashsize'") }
        #expect(hashsize == IndexWriter.pendingTextBytes)
        try TestSupport.write(article("Rain", "Snow"), to: corpus + "/rain-vs-snow.txt")
        _ = try index.update(from: [corpus])
        #expect(try segments() == 2)
    }

    /// The counts the indexer keeps (each stem's passages, each kind's passages and tokens) stay
    /// what they count through additions, changes, removals and a refused duplicate.
    @Test func keptCountsMatchWhatTheyCount() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        try TestSupport.write(article("Tea", "Coffee"), to: corpus + "/tea-vs-coffee.txt")
        try TestSupport.write(article("Salt", "Pepper"), to: corpus + "/salt-vs-pepper.txt")
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        func check() throws {
            try index.store.pool.write { db in
                try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_vocab USING fts5vocab(main, passage_fts, row)")
                let fts5 = try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.check_vocab ORDER BY term").map { "\($0[0] as String)=\($0[1] as Int)" }
                let kept = try Row.fetchAll(db, sql: "SELECT stem, passages FROM stem_frequency ORDER BY stem").map { "\($0[0] as String)=\($0[1] as Int)" }
                #expect(kept == fts5)
                #expect(!kept.isEmpty)
                let lengths = try Row.fetchAll(db, sql: "SELECT kind, count(*), sum(length) FROM passage GROUP BY kind ORDER BY kind")
                    .map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int)" }
                let keptLengths = try Row.fetchAll(db, sql: "SELECT kind, passages, tokens FROM passage_length ORDER BY kind")
                    .map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int)" }
                #expect(keptLengths == lengths)
                #expect(!keptLengths.isEmpty)
            }
        }
        _ = try index.update(from: [corpus])
        try check()
        try TestSupport.write(article("Tea", "Coffee", faq: "Is matcha green tea?"), to: corpus + "/tea-vs-coffee.txt")
        _ = try index.update(from: [corpus])
        try check()
        try FileManager.default.removeItem(atPath: corpus + "/salt-vs-pepper.txt")
        _ = try index.update(from: [corpus])
        try check()
        try TestSupport.write(article("Tea", "Cocoa"), to: corpus + "/again/tea-vs-coffee.txt")
        let report = try index.update(from: [corpus])
        #expect(report.failures.count == 1)
        try check()
        let cocoa = try index.store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM vocabulary WHERE word = 'cocoa'") }
        #expect(cocoa == 0)
    }

    @Test func badFilesAreReportedAndGoodOnesIndexed() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        try TestSupport.write(article("Tea", "Coffee"), to: corpus + "/tea-vs-coffee.txt")
        try TestSupport.write("", to: corpus + "/empty.txt")
        try TestSupport.write("Groceries\n\nmilk\n", to: corpus + "/notes.txt")
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: URL(fileURLWithPath: corpus + "/image.bin"))
        try Data(Array("Tea vs. Cocoa\n\nBad \u{FF}".utf8) + [0xC3, 0x28]).write(to: URL(fileURLWithPath: corpus + "/latin1.txt"))
        try TestSupport.write(article("Salt", "Pepper"), to: corpus + "/.hidden/salt-vs-pepper.txt")
        try FileManager.default.createSymbolicLink(atPath: corpus + "/loop", withDestinationPath: corpus)
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)

        let report = try index.update(from: [corpus])
        #expect(report.added == 1)
        let failed = Dictionary(uniqueKeysWithValues: report.failures.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(failed.keys.sorted() == ["empty.txt", "image.bin", "latin1.txt", "loop", "notes.txt"])
        #expect(failed["empty.txt"] == "the file is empty")
        #expect(failed["latin1.txt"] == "the file is not valid UTF-8 text")
        #expect(report.failures.first { $0.path.hasSuffix("latin1.txt") }?.line == 3)
        #expect(try index.stats().articles == 1)
    }

    @Test func aBrokenEditKeepsThePreviousVersion() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = folder + "/corpus/tea-vs-coffee.txt"
        try TestSupport.write(article("Tea", "Coffee"), to: file)
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        _ = try index.update(from: [folder + "/corpus"])
        try TestSupport.write("oops", to: file)
        let report = try index.update(from: [folder + "/corpus"])
        #expect(report.failed == 1)
        #expect(try index.article(slug: "tea-vs-coffee").title == "Tea vs. Coffee: What's the Difference?")
    }

    @Test func duplicateSlugsAreRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(article("Tea", "Coffee"), to: folder + "/a/tea-vs-coffee.txt")
        try TestSupport.write(article("Tea", "Cocoa"), to: folder + "/b/tea-vs-coffee.txt")
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        let report = try index.update(from: [folder + "/a", folder + "/b"])
        #expect(report.added == 1)
        #expect(report.failures.map(\.reason).first?.hasPrefix("duplicate slug 'tea-vs-coffee'") == true)
    }

    @Test func aFailedRunLeavesThePreviousIndexWhole() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(article("Tea", "Coffee"), to: folder + "/corpus/tea-vs-coffee.txt")
        let path = folder + "/index.sqlite"
        let index = try ArticleIndex.open(at: path, creating: true, busyTimeout: 0.2)
        _ = try index.update(from: [folder + "/corpus"])
        try TestSupport.write(article("Salt", "Pepper"), to: folder + "/corpus/salt-vs-pepper.txt")

        // Another connection holds the write lock: the run must fail cleanly, changing nothing.
        let blocker = try DatabaseQueue(path: path)
        try blocker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: VersusError.indexBusy(path)) {
                _ = try index.update(from: [folder + "/corpus"])
            }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try index.stats().articles == 1)
        #expect(try index.update(from: [folder + "/corpus"]).added == 1)
    }

    @Test func missingPathIsAUserError() throws {
        let folder = try TestSupport.temporaryFolder()
        let index = try ArticleIndex.open(at: folder + "/index.sqlite", creating: true)
        #expect(throws: VersusError.pathNotFound(folder + "/nope")) { try index.update(from: [folder + "/nope"]) }
    }

    @Test func notADatabaseIsReported() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(String(repeating: "not a database ", count: 200), to: folder + "/index.sqlite")
        #expect {
            try ArticleIndex.open(at: folder + "/index.sqlite")
        } throws: { error in
            if case .indexUnusable = error as? VersusError { return true }
            return false
        }
        #expect(throws: VersusError.indexNotFound(folder + "/missing.sqlite")) {
            try ArticleIndex.open(at: folder + "/missing.sqlite")
        }
    }
}
