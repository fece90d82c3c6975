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
    /// One word cache a parsing worker, kept for the whole run (batches never overlap).
    private let caches = (0..<max(1, ProcessInfo.processInfo.activeProcessorCount)).map { _ in WordCache() }

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
        // Articles under the scanned roots whose file is gone are removed.
        let removed = existing.filter { stored in
            !scannedPaths.contains(stored.sourcePath) && roots.contains { Self.path(stored.sourcePath, isWithin: $0) }
        }
        var slugOwners = Dictionary(existing.map { ($0.slug, $0.sourcePath) }, uniquingKeysWith: { a, _ in a })
        for stored in removed { slugOwners[stored.slug] = nil }

        var tally = WordTally()
        for stored in removed {
            try delete(stored, tally: &tally, in: db)
            report.removed += 1
        }

        // Files are parsed in batches on all cores while the previous batch is written.
        let now = Date().timeIntervalSince1970
        let batches = stride(from: 0, to: toRead.count, by: Self.batchSize).map {
            Array(toRead[$0..<min($0 + Self.batchSize, toRead.count)])
        }
        progress?(IndexProgress(phase: .parsing, done: 0, total: toRead.count))
        var pending = batches.first.map { parseAsync($0, existing: existingByPath) }
        var done = 0
        for index in batches.indices {
            let (outcomes, parsedWords) = pending!.wait()
            // Every parsed article's words count; those of an article not written come off below.
            tally.merge(parsedWords)
            pending = index + 1 < batches.count ? parseAsync(batches[index + 1], existing: existingByPath) : nil
            for (file, outcome) in zip(batches[index], outcomes) {
                switch outcome {
                case .unchanged(let stored):
                    unchangedButTouched.append((stored, file))
                    report.unchanged += 1
                case .failed(let error):
                    report.failures.append(.init(path: file.path, line: error.line, reason: error.message))
                case .parsed(let prepared):
                    let slug = prepared.article.slug
                    if let owner = slugOwners[slug], owner != file.path {
                        tally.add(prepared.words, by: -1)
                        tally.add(stems: prepared.stems, sign: -1)
                        report.failures.append(
                            .init(path: file.path, line: nil, reason: "duplicate slug '\(slug)': already indexed from \(owner)"))
                        continue
                    }
                    if let stored = existingByPath[file.path] {
                        try delete(stored, tally: &tally, in: db)
                        slugOwners[stored.slug] = nil
                        report.updated += 1
                    } else {
                        report.added += 1
                    }
                    report.passagesWritten += try insert(prepared, from: file, at: now, tally: &tally, in: db)
                    slugOwners[slug] = file.path
                }
            }
            done += batches[index].count
            progress?(IndexProgress(phase: .parsing, done: done, total: toRead.count))
        }
        progress?(IndexProgress(phase: .writing, done: 0, total: 0))
        for (stored, file) in unchangedButTouched {
            try db.execute(
                sql: "UPDATE article SET file_size = ?, file_mtime = ? WHERE id = ?",
                arguments: [file.size, file.modified, stored.id])
        }
        try tally.apply(in: db)
        try recordRun(roots: roots, in: db)
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Files parsed per batch: enough to keep both cores busy, few enough to bound memory.
    static let batchSize = 512

    static func path(_ path: String, isWithin root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    // MARK: - Parsing

    enum Outcome: Sendable {
        case unchanged(StoredArticle)
        case parsed(PreparedArticle)
        case failed(ParseError)
    }

    /// An article ready to write: its passages, their lengths and the article's distinct words,
    /// all computed by the parsing workers so that the writer only writes.
    struct PreparedArticle: Sendable {
        var article: Article
        var hash: String
        var passages: [Passage]
        var lengths: [Int]
        var terms: String
        /// The article's distinct words.
        var words: [String]
        /// Each stem, with how many of the article's passages contain it. Its words and stems
        /// are also in its worker's batch tally; these come off again if the article is refused.
        var stems: [(stem: String, passages: Int)]

        init(article: Article, hash: String, cache: WordCache) {
            self.article = article
            self.hash = hash
            passages = article.passages
            terms = "\(article.termA) \(article.termB)"
            let count = WordCount(passages: passages.map { [$0.heading, $0.text, $0.sense] }, terms: terms, cache: cache)
            lengths = count.lengths
            words = count.words
            stems = count.stemCounts
        }
    }

    /// Parses files on all cores in the background; `wait()` returns the outcomes in file order.
    private func parseAsync(_ files: [SourceFile], existing: [String: StoredArticle]) -> PendingBatch {
        let batch = PendingBatch(count: files.count, workers: caches.count)
        let parser = self.parser
        let caches = self.caches
        DispatchQueue.global().async {
            // Worker w takes files w, w + workers, …: each worker has its own word cache.
            DispatchQueue.concurrentPerform(iterations: caches.count) { worker in
                for index in stride(from: worker, to: files.count, by: caches.count) {
                    let file = files[index]
                    batch.results[index] = Self.outcome(
                        of: file, stored: existing[file.path], parser: parser, cache: caches[worker])
                }
                batch.tallies[worker] = caches[worker].takeBatchTally()
            }
            batch.group.leave()
        }
        return batch
    }

    final class PendingBatch: Sendable {
        let results: ResultSlots<Outcome>
        /// Each worker's words and stems of the articles it parsed.
        let tallies: ResultSlots<WordTally>
        let group = DispatchGroup()

        init(count: Int, workers: Int) {
            results = ResultSlots(count: count)
            tallies = ResultSlots(count: workers)
            group.enter()
        }

        /// The outcomes in file order, and the words and stems of every parsed article.
        func wait() -> (outcomes: [Outcome], tally: WordTally) {
            group.wait()
            var tally = WordTally()
            for case let worker? in tallies.values { tally.merge(worker) }
            return (results.values.map { $0! }, tally)
        }
    }

    private static func outcome(
        of file: SourceFile, stored: StoredArticle?, parser: ArticleParser, cache: WordCache
    ) -> Outcome {
        guard file.size <= SourceText.maximumBytes else {
            return .failed(
                ParseError(file: file.path, line: nil, reason: .tooLarge(bytes: file.size, limit: SourceText.maximumBytes)))
        }
        let data: [UInt8]
        do {
            data = try file.contents()
        } catch {
            return .failed(error)
        }
        let hash = ContentHash.of(data)
        if let stored, stored.contentHash == hash { return .unchanged(stored) }
        do {
            return .parsed(
                PreparedArticle(article: try parser.parse(data, slug: file.slug, file: file.path), hash: hash, cache: cache))
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
    private func insert(
        _ prepared: PreparedArticle, from file: SourceFile, at time: Double, tally: inout WordTally, in db: Database
    ) throws -> Int {
        let article = prepared.article
        try db.cachedStatement(
            sql: """
                INSERT INTO article (slug, title, term_a, term_b, author, editor, published,
                                     source_path, content_hash, file_size, file_mtime, indexed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            article.slug, article.title, article.termA, article.termB, article.byline.author,
            article.byline.editor, article.byline.published, file.path, prepared.hash, file.size, file.modified, time,
        ])
        let articleID = db.lastInsertedRowID
        let insertPassage = RawInsert(
            try db.cachedStatement(
                sql: "INSERT INTO passage (article_id, ordinal, kind, term, sense_rank, length) VALUES (?, ?, ?, ?, ?, ?)"),
            in: db)
        let insertText = RawInsert(
            try db.cachedStatement(
                sql: "INSERT INTO passage_fts (rowid, heading, body, context, terms, kind) VALUES (?, ?, ?, ?, ?, ?)"),
            in: db)
        insertPassage.bind(articleID, at: 1)
        insertText.bind(prepared.terms, at: 5)
        for (ordinal, passage) in prepared.passages.enumerated() {
            insertPassage.bind(ordinal, at: 2)
            insertPassage.bind(passage.kind.rawValue, at: 3)
            insertPassage.bind(passage.term.rawValue, at: 4)
            insertPassage.bind(passage.senseRank, at: 5)
            insertPassage.bind(prepared.lengths[ordinal], at: 6)
            try insertPassage.run()
            insertText.bind(db.lastInsertedRowID, at: 1)
            insertText.bind(passage.heading, at: 2)
            insertText.bind(passage.text, at: 3)
            insertText.bind(passage.sense, at: 4)
            insertText.bind(passage.kind.rawValue, at: 6)
            try insertText.run()
        }
        tally.tokens += prepared.lengths.reduce(0, +)
        return prepared.passages.count
    }

    /// Deletes an article, its passages and their text.
    ///
    /// ```sql
    /// DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
    /// DELETE FROM article WHERE id = ?   -- passages follow by ON DELETE CASCADE
    /// ```
    private func delete(_ stored: StoredArticle, tally: inout WordTally, in db: Database) throws {
        var words = Set<String>()
        var stems: [String: Int] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT heading, body, context, terms FROM passage_fts
                    WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)
                    """), arguments: [stored.id])
        {
            var passageWords = Set<String>()
            for column in 0..<4 { passageWords.formUnion(WordTokenizer.words(in: (row[column] as String?) ?? "")) }
            words.formUnion(passageWords)
            for stem in Set(passageWords.map(PorterStemmer.stem)) { stems[stem, default: 0] += 1 }
        }
        tally.add(words, by: -1)
        tally.add(stems: stems.map { (stem: $0.key, passages: $0.value) }, sign: -1)
        tally.tokens -= try Int.fetchOne(
            db.cachedStatement(sql: "SELECT sum(length) FROM passage WHERE article_id = ?"), arguments: [stored.id]) ?? 0
        try db.cachedStatement(
            sql: "DELETE FROM passage_fts WHERE rowid IN (SELECT id FROM passage WHERE article_id = ?)"
        ).execute(arguments: [stored.id])
        try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?").execute(arguments: [stored.id])
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

/// Changes to the vocabulary's article counts and to the token total, gathered over a run and
/// written once at its end: one upsert per distinct word instead of one per word per article.
struct WordTally {
    var deltas: [String: Int] = [:]
    var stemDeltas: [String: Int] = [:]
    var tokens = 0

    /// Counts each of `words` (distinct) once.
    mutating func add(_ words: some Sequence<String>, by delta: Int) {
        for word in words where word.utf8.count <= Lexicon.maximumWordLength { deltas[word, default: 0] += delta }
    }

    mutating func add(stems: some Sequence<(stem: String, passages: Int)>, sign: Int) {
        for (stem, passages) in stems { stemDeltas[stem, default: 0] += sign * passages }
    }

    /// Adds another tally's counts to this one's.
    mutating func merge(_ other: WordTally) {
        if deltas.isEmpty && stemDeltas.isEmpty {
            deltas = other.deltas
            stemDeltas = other.stemDeltas
        } else {
            deltas.merge(other.deltas, uniquingKeysWith: +)
            stemDeltas.merge(other.stemDeltas, uniquingKeysWith: +)
        }
        tokens += other.tokens
    }

    func apply(in db: Database) throws {
        try Self.add(deltas, to: "vocabulary", key: "word", count: "articles", in: db)
        try Self.add(stemDeltas, to: "stem_frequency", key: "stem", count: "passages", in: db)
        let total = try IndexMeta.get("token_total", in: db).flatMap(Int.init) ?? 0
        try IndexMeta.set("token_total", to: "\(total + tokens)", in: db)
    }

    /// Adds each delta to its key's count; keys whose count falls to zero are removed.
    ///
    /// ```sql
    /// INSERT INTO vocabulary (word, articles) VALUES (?, ?)
    /// ON CONFLICT(word) DO UPDATE SET articles = articles + excluded.articles
    /// DELETE FROM vocabulary WHERE word = ? AND articles <= 0   -- for words that lost articles
    /// ```
    private static func add(
        _ deltas: [String: Int], to table: String, key: String, count: String, in db: Database
    ) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO \(table) (\(key), \(count)) VALUES (?, ?)
                ON CONFLICT(\(key)) DO UPDATE SET \(count) = \(count) + excluded.\(count)
                """)
        let removeUnused = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(key) = ? AND \(count) <= 0")
        for (value, delta) in deltas where delta != 0 {
            try upsert.execute(arguments: [value, delta])
            if delta < 0 { try removeUnused.execute(arguments: [value]) }
        }
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
