import Foundation
import GRDB
import Testing
@testable import VersusEngine

/// A new index is built beside its path without a journal and appears there whole: the same
/// index an update into a new file writes, in WAL mode, with nothing left beside it.
@Suite struct NewIndexTests {
    func corpus(in folder: String) throws -> String {
        let corpus = folder + "/corpus"
        for (a, b) in [("Tea", "Coffee"), ("Salt", "Pepper"), ("Cats", "Dogs")] {
            var builder = ArticleBuilder()
            builder.title = "\(a) vs. \(b): What's the Difference?"
            builder.summary = "\(a) is one thing; \(b) is another."
            try TestSupport.write(builder.text, to: "\(corpus)/\(a.lowercased())-vs-\(b.lowercased()).txt")
        }
        try TestSupport.write("not an article", to: corpus + "/broken.txt")
        return corpus
    }

    /// Every passage as (article slug, kind, body), in rowid order.
    func passages(at path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT a.slug || ' ' || p.kind || ' ' || f.body FROM passage p JOIN article a ON a.id = p.article_id
                    JOIN passage_fts f ON f.rowid = p.id ORDER BY p.id
                    """)
        }
    }

    @Test func aNewIndexIsTheSameAsAnUpdateWrites() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try corpus(in: folder)
        let built = folder + "/new/deeper/built.sqlite"
        let report = try ArticleIndex.build(at: built, from: [corpus])
        #expect((report.added, report.failed) == (3, 1))

        let updated = folder + "/updated.sqlite"
        let index = try ArticleIndex.open(at: updated, creating: true)
        _ = try index.update(from: [corpus])
        try index.close()

        #expect(try passages(at: built) == passages(at: updated))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/new/deeper") == ["built.sqlite"])
        let queue = try DatabaseQueue(path: built)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        try queue.close()

        let reopened = try ArticleIndex.open(at: built)
        #expect(try reopened.roots() == [CorpusScanner.absolutePath(corpus)])
        #expect(try reopened.checkIntegrity().ok)
        #expect(try reopened.search(SearchRequest(query: "tea vs coffee")).hits.first?.article == "tea-vs-coffee")
        // Later runs update it as any index.
        #expect(try reopened.update(from: [corpus]).unchanged == 3)
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try corpus(in: folder)
        let path = folder + "/notes.txt"
        try TestSupport.write("my notes", to: path)
        #expect(throws: VersusError.self) { try ArticleIndex.build(at: path, from: [corpus]) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes")
    }

    @Test func aKilledBuildLeavesNothingBehindTheNextOne() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = try corpus(in: folder)
        let path = folder + "/index.sqlite"
        // A process id no process has (above Linux's pid_max), and init's, which runs.
        let stale = path + ".building-99999999"
        let running = path + ".building-1"
        try TestSupport.write("half an index", to: stale)
        try TestSupport.write("another run's", to: running)
        _ = try ArticleIndex.build(at: path, from: [corpus])
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: running))
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
