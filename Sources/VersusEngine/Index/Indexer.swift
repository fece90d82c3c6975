import Foundation
import GRDB

/// Brings an index up to date with files on disk, incrementally and atomically.
///
/// Each file's content hash is stored with its article: an unchanged file is skipped, a
/// changed one replaced, a deleted one removed. The whole run is one SQLite transaction
/// (`BEGIN IMMEDIATE … COMMIT`), so a failed or killed run leaves the previous index whole,
/// and readers keep answering from it until the commit. A file that cannot be parsed is
/// reported and skipped; if an earlier version of it was indexed, that version stays.
struct Indexer {
    let parser = ArticleParser()

    /// Indexes `roots` (absolute paths of files or folders) inside an open write transaction.
    func run(
        _ db: Database, roots: [String], progress: (@Sendable (IndexProgress) -> Void)?
    ) throws -> IndexReport {
        let started = Date()
        var report = IndexReport()
        progress?(IndexProgress(phase: .scanning, done: 0, total: 0))
        let scan = try CorpusScanner.scan(roots)
        report.failures = scan.problems

        let existing = try StoredArticle.fetchAll(db)
        let existingByPath = Dictionary(existing.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        let scannedPaths = Set(scan.files.map(\.path))

        // Files whose size or modification time changed are read, hashed and parsed.
        var unchangedButTouched: [(StoredArticle, SourceFile)] = []
        var toRead: [SourceFile] = []
        for file in scan.files {
            if let stored = existingByPath[file.path], stored.fileSize == file.size, stored.fileModified == file.modified {
                report.unchanged += 1
            } else {
                toRead.append(file)
            }
        }
        let outcomes = parseAll(toRead, existing: existingByPath, progress: progress)

        // Articles under the scanned roots whose file is gone are removed.
        let removed = existing.filter { stored in
            !scannedPaths.contains(stored.sourcePath) && roots.contains { Self.path(stored.sourcePath, isWithin: $0) }
        }
        var slugOwners = Dictionary(existing.map { ($0.slug, $0.sourcePath) }, uniquingKeysWith: { a, _ in a })
        for stored in removed { slugOwners[stored.slug] = nil }

        progress?(IndexProgress(phase: .writing, done: 0, total: outcomes.count))
        for stored in removed {
            try delete(stored, in: db)
            report.removed += 1
        }
        let now = Date().timeIntervalSince1970
        for (file, outcome) in outcomes {
            switch outcome {
            case .unchanged(let stored):
                unchangedButTouched.append((stored, file))
                report.unchanged += 1
            case .failed(let error):
                report.failures.append(.init(path: file.path, line: error.line, reason: error.message))
            case .parsed(let article, let hash):
                if let owner = slugOwners[article.slug], owner != file.path {
                    report.failures.append(
                        .init(path: file.path, line: nil, reason: "duplicate slug '\(article.slug)': already indexed from \(owner)"))
                    continue
                }
                if let stored = existingByPath[file.path] {
                    try delete(stored, in: db)
                    slugOwners[stored.slug] = nil
                    report.updated += 1
                } else {
                    report.added += 1
                }
                report.passagesWritten += try insert(article, from: file, hash: hash, at: now, in: db)
                slugOwners[article.slug] = file.path
            }
        }
        for (stored, file) in unchangedButTouched {
            try db.execute(
                sql: "UPDATE article SET file_size = ?, file_mtime = ? WHERE id = ?",
                arguments: [file.size, file.modified, stored.id])
        }
        try recordRun(roots: roots, in: db)
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    static func path(_ path: String, isWithin root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    // MARK: - Parsing

    enum Outcome: Sendable {
        case unchanged(StoredArticle)
        case parsed(Article, hash: String)
        case failed(ParseError)
    }

    /// Reads and parses files on all cores, in file order.
    private func parseAll(
        _ files: [SourceFile], existing: [String: StoredArticle], progress: (@Sendable (IndexProgress) -> Void)?
    ) -> [(SourceFile, Outcome)] {
        let results = ResultSlots<Outcome>(count: files.count)
        let batchSize = 256
        var done = 0
        progress?(IndexProgress(phase: .parsing, done: 0, total: files.count))
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = batchStart..<min(batchStart + batchSize, files.count)
            let parser = self.parser
            DispatchQueue.concurrentPerform(iterations: batch.count) { offset in
                let index = batch.lowerBound + offset
                let file = files[index]
                results[index] = Self.outcome(of: file, stored: existing[file.path], parser: parser)
            }
            done = batch.upperBound
            progress?(IndexProgress(phase: .parsing, done: done, total: files.count))
        }
        return zip(files, results.values).map { ($0, $1!) }
    }

    private static func outcome(of file: SourceFile, stored: StoredArticle?, parser: ArticleParser) -> Outcome {
        guard file.size <= SourceText.maximumBytes else {
            return .failed(
                ParseError(file: file.path, line: nil, reason: .tooLarge(bytes: file.size, limit: SourceText.maximumBytes)))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return .failed(ParseError(file: file.path, line: nil, reason: .empty))
        }
        let hash = ContentHash.of(data)
        if let stored, stored.contentHash == hash { return .unchanged(stored) }
        do {
            return .parsed(try parser.parse(data, slug: file.slug, file: file.path), hash: hash)
        } catch {
            return .failed(error)
        }
    }

    // MARK: - Writing

    /// Inserts an article and its passages; returns the number of passages.
    ///
    /// ```sql
    /// INSERT INTO article (...) VALUES (...)
    /// INSERT INTO passage (article_id, ordinal, kind, term, sense_rank, length) VALUES (...)
    /// INSERT INTO passage_fts (rowid, heading, body, context, terms, kind) VALUES (...)
    /// INSERT INTO vocabulary (word, articles) VALUES (?, 1) ON CONFLICT DO UPDATE SET articles = articles + 1
    /// ```
    private func insert(_ article: Article, from file: SourceFile, hash: String, at time: Double, in db: Database) throws -> Int {
        try db.cachedStatement(
            sql: """
                INSERT INTO article (slug, title, term_a, term_b, author, editor, published,
                                     source_path, content_hash, file_size, file_mtime, indexed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            article.slug, article.title, article.termA, article.termB, article.byline.author,
            article.byline.editor, article.byline.published, file.path, hash, file.size, file.modified, time,
        ])
        let articleID = db.lastInsertedRowID
        let terms = "\(article.termA) \(article.termB)"
        let insertPassage = try db.cachedStatement(
            sql: "INSERT INTO passage (article_id, ordinal, kind, term, sense_rank, length) VALUES (?, ?, ?, ?, ?, ?)")
        let insertText = try db.cachedStatement(
            sql: "INSERT INTO passage_fts (rowid, heading, body, context, terms, kind) VALUES (?, ?, ?, ?, ?, ?)")
        let passages = article.passages
        let termWords = WordTokenizer.words(in: terms)
        var articleWords = Set(termWords)
        var tokens = 0
        for (ordinal, passage) in passages.enumerated() {
            var length = termWords.count
            for text in [passage.heading, passage.text, passage.sense] {
                guard let text else { continue }
                let words = WordTokenizer.words(in: text)
                length += words.count
                articleWords.formUnion(words)
            }
            tokens += length
            try insertPassage.execute(arguments: [
                articleID, ordinal, passage.kind.rawValue, passage.term.rawValue, passage.senseRank, length,
            ])
            try insertText.execute(arguments: [
                db.lastInsertedRowID, passage.heading, passage.text, passage.sense, terms, passage.kind.rawValue,
            ])
        }
        try count(words: articleWords, by: 1, in: db)
        try addTokens(tokens, in: db)
        return passages.count
    }

    /// Deletes an article, its passages and their text.
    ///
    /// ```sql
    /// DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
    /// DELETE FROM article WHERE id = ?   -- passages follow by ON DELETE CASCADE
    /// ```
    private func delete(_ stored: StoredArticle, in db: Database) throws {
        var words = Set<String>()
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT heading, body, context, terms FROM passage_fts
                    WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
                    """), arguments: [stored.id])
        {
            for column in 0..<4 { words.formUnion(WordTokenizer.words(in: (row[column] as String?) ?? "")) }
        }
        try count(words: words, by: -1, in: db)
        let tokens = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT sum(length) FROM passage WHERE article_id = ?"), arguments: [stored.id]) ?? 0
        try addTokens(-tokens, in: db)
        try db.cachedStatement(
            sql: "DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)"
        ).execute(arguments: [stored.id])
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [stored.id])
    }

    private func addTokens(_ delta: Int, in db: Database) throws {
        let total = try IndexMeta.get("token_total", in: db).flatMap(Int.init) ?? 0
        try IndexMeta.set("token_total", to: "\(total + delta)", in: db)
    }

    /// Adds `delta` to the article count of each word; words no article uses any more are removed.
    private func count(words: Set<String>, by delta: Int, in db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO vocabulary (word, articles) VALUES (?, ?)
                ON CONFLICT(word) DO UPDATE SET articles = articles + excluded.articles
                """)
        let removeUnused = try db.cachedStatement(sql: "DELETE FROM vocabulary WHERE word = ? AND articles <= 0")
        for word in words where word.utf8.count <= Lexicon.maximumWordLength {
            try upsert.execute(arguments: [word, delta])
            if delta < 0 { try removeUnused.execute(arguments: [word]) }
        }
    }

    private func recordRun(roots: [String], in db: Database) throws {
        var known = try IndexMeta.roots(db)
        for root in roots where !known.contains(root) { known.append(root) }
        try IndexMeta.set("roots", to: IndexMeta.encode(known), in: db)
        try IndexMeta.set("last_indexed", to: ISO8601DateFormatter().string(from: Date()), in: db)
        let generation = try IndexMeta.get("generation", in: db).flatMap(Int.init) ?? 0
        try IndexMeta.set("generation", to: "\(generation + 1)", in: db)
    }
}

/// The stored identity of an indexed article: enough to tell whether its file changed.
struct StoredArticle: Sendable, FetchableRecord, Decodable {
    var id: Int64
    var slug: String
    var sourcePath: String
    var contentHash: String
    var fileSize: Int
    var fileModified: Double

    static func fetchAll(_ db: Database) throws -> [StoredArticle] {
        try StoredArticle.fetchAll(
            db,
            sql: """
                SELECT id, slug, source_path AS sourcePath, content_hash AS contentHash,
                       file_size AS fileSize, file_mtime AS fileModified
                FROM article
                """)
    }
}

/// Fixed-size storage that concurrent workers fill, one slot each.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
