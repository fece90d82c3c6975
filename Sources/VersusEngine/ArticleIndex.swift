import Foundation
import GRDB

/// A Versus index: one SQLite file of articles and their passages, with an FTS5 index over them.
///
/// The engine's entry point. Open it for reading to search, or for writing to index files:
///
/// ```swift
/// let index = try ArticleIndex.open(at: "index.sqlite", creating: true)
/// let report = try index.update(from: ["Corpus"])
/// let response = try index.search(SearchRequest(query: "is email asynchronous?"))
/// ```
///
/// Reads go through a pool of connections and run concurrently; writes are serialized and
/// atomic, and readers keep seeing the previous content until a write commits.
public final class ArticleIndex: Sendable {
    public let path: String
    let database: DatabasePool
    public let weights: RankingWeights
    public let synonyms: Synonyms
    private let lexiconCache = LexiconCache()

    private init(path: String, database: DatabasePool, weights: RankingWeights, synonyms: Synonyms) {
        self.path = path
        self.database = database
        self.weights = weights
        self.synonyms = synonyms
    }

    /// The page cache of an indexing run, in KiB.
    static let indexingCacheKiB = 256 * 1024

    /// How long a writer waits for another writer before giving up.
    public static let writerBusyTimeout: TimeInterval = 10

    /// Opens the index at `path`.
    ///
    /// - Parameters:
    ///   - creating: create the file (and its folder) when missing, and rebuild an index written
    ///     by another schema version. Without it a missing file is ``VersusError/indexNotFound(_:)``.
    ///   - readOnly: open for searching only.
    ///   - busyTimeout: how long to wait for another process that is writing the index.
    public static func open(
        at path: String, creating: Bool = false, readOnly: Bool = false, weights: RankingWeights = .default,
        synonyms: Synonyms = .bundled, busyTimeout: TimeInterval = writerBusyTimeout
    ) throws -> ArticleIndex {
        let file: IndexFile
        do {
            file = try IndexFile.inspect(path)
        } catch let error as DatabaseError {
            throw userError(error, path: path, writing: !readOnly) ?? error
        }
        switch file {
        case .missing:
            guard creating, !readOnly else { throw VersusError.indexNotFound(path) }
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    // E.g. a file where a folder of the path should be.
                    throw VersusError.indexWriteFailed(path: path, reason: "cannot create the folder \(folder)")
                }
            }
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
        let database: DatabasePool
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            if !readOnly {
                var keptRoots: [String] = []
                if try database.read({ try Self.schemaVersion($0) }).map({ $0 != IndexSchema.version }) ?? false {
                    // An index of another version is derived data: erase it, keeping the roots so
                    // that the next refresh re-indexes them.
                    keptRoots = (try? database.read { try IndexMeta.roots($0) }) ?? []
                    try database.erase()
                }
                try IndexSchema.migrator.migrate(database)
                if !keptRoots.isEmpty {
                    try database.write { try IndexMeta.set("roots", to: IndexMeta.encode(keptRoots), in: $0) }
                }
            }
            guard try database.read({ try Self.schemaVersion($0) }) == IndexSchema.version else {
                throw VersusError.indexUnusable(path: path, reason: "it was written by another version of Versus")
            }
        } catch let error as VersusError {
            throw error
        } catch let error as DatabaseError {
            throw userError(error, path: path, writing: !readOnly)
                ?? VersusError.indexUnusable(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return ArticleIndex(path: path, database: database, weights: weights, synonyms: synonyms)
    }

    static func schemaVersion(_ db: Database) throws -> Int? {
        guard try db.tableExists("meta") else { return nil }
        return try IndexMeta.get("schema_version", in: db).flatMap(Int.init)
    }

    // MARK: - Indexing

    /// Brings the index up to date with the files under `paths`: new files added, changed ones
    /// replaced, deleted ones removed, unparseable ones reported. One atomic transaction.
    /// With `rebuild`, the existing content and roots are discarded first, in the same transaction.
    public func update(
        from paths: [String], rebuild: Bool = false, progress: (@Sendable (IndexProgress) -> Void)? = nil
    ) throws -> IndexReport {
        let roots = paths.map(CorpusScanner.absolutePath)
        do {
            return try database.writeWithoutTransaction { db in
                // A large page cache for the run: FTS5 segment merges reread recent pages.
                try db.execute(sql: "PRAGMA cache_size = -\(Self.indexingCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                var report = IndexReport()
                try db.inTransaction(.immediate) {
                    // The write lock is ours: say so to a second writer that will wait for it.
                    WriterNote.write(for: path)
                    defer { WriterNote.remove(for: path) }
                    if rebuild {
                        try db.execute(sql: "DELETE FROM passage_fts; DELETE FROM article; DELETE FROM vocabulary; DELETE FROM stem_frequency; DELETE FROM meta WHERE key IN ('roots', 'token_total')")
                    }
                    report = try Indexer().run(db, roots: roots, progress: progress)
                    return .commit
                }
                return report
            }
        } catch let error as DatabaseError {
            // The transaction was rolled back: the previous index is whole.
            throw Self.userError(error, path: path, writing: true) ?? error
        }
    }

    /// Copies the WAL's content into the index file and closes the index's connections. Needed
    /// before the file is moved away: SQLite deletes a WAL file by its name when the last
    /// connection closes.
    public func close() throws {
        if !database.configuration.readonly {
            try? database.writeWithoutTransaction { try $0.checkpoint(.truncate) }
        }
        try database.close()
    }

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

    /// A read of the index, with a damaged file (SQLite finds most damage only when it reads
    /// the damaged page) reported as ``VersusError/indexUnusable(path:reason:)``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw Self.userError(error, path: path, writing: false) ?? error
        }
    }

    /// Whether any file under the indexed roots was added, changed or deleted since the last run.
    /// Roots that no longer exist are not considered.
    public func isStale() throws -> Bool {
        let (roots, stored) = try read { db in
            (try IndexMeta.roots(db), try StoredArticle.fetchAll(db))
        }
        let existingRoots = roots.filter { FileManager.default.fileExists(atPath: $0) }
        guard !existingRoots.isEmpty else { return false }
        let scan = try CorpusScanner.scan(existingRoots)
        let storedByPath = Dictionary(stored.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        let storedUnderRoots = stored.filter { s in existingRoots.contains { Indexer.path(s.sourcePath, isWithin: $0) } }
        // A file that failed to parse is never stored, so count only files that are stored or new.
        if storedUnderRoots.count > scan.files.count { return true }
        for file in scan.files {
            guard let s = storedByPath[file.path] else { return true }
            if s.fileSize != file.size || s.fileModified != file.modified { return true }
        }
        return false
    }

    /// The roots indexed so far.
    public func roots() throws -> [String] {
        try read { try IndexMeta.roots($0) }
    }

    // MARK: - Reading

    /// The lexicon of the index's current generation, loaded once per generation.
    func lexicon(_ db: Database) throws -> Lexicon {
        let generation = try Lexicon.generation(db)
        if let cached = lexiconCache.get(), cached.generation == generation { return cached }
        // One load at a time: concurrent first searches wait for it instead of repeating it.
        return try lexiconCache.loading {
            if let cached = lexiconCache.get(), cached.generation == generation { return cached }
            let lexicon = try Lexicon.load(db)
            lexiconCache.set(lexicon)
            return lexicon
        }
    }

    /// Loads what every search needs (the lexicon of words, stems and article terms), so that
    /// the first search does not pay for it. Searches call it themselves when needed.
    public func warmUp() throws {
        _ = try read { try lexicon($0) }
    }

    /// Searches passages. Any text is a valid query; only the numbers are validated.
    public func search(_ request: SearchRequest) throws -> SearchResponse {
        try request.validate()
        return try read { db in
            let lexicon = try lexicon(db)
            let analyzer = QueryAnalyzer(lexicon: lexicon, synonyms: synonyms)
            return try Searcher(weights: weights, analyzer: analyzer, lexicon: lexicon).search(request, in: db)
        }
    }

    /// How the analyzer reads a query: its terms, intent, corrections and named articles.
    public func analyze(_ text: String, prefix: Bool = false) throws -> AnalyzedQuery {
        try read { db in
            QueryAnalyzer(lexicon: try lexicon(db), synonyms: synonyms).analyze(text, prefix: prefix)
        }
    }

    /// The best passage for a question, its article, and the alternatives grouped by article.
    public func ask(_ question: String) throws -> AskResponse {
        let started = ContinuousClock.now
        let response = try search(SearchRequest(query: question, limit: 30))
        guard let best = response.hits.first else {
            return AskResponse(
                query: question, answer: nil, article: nil, alternatives: [], processingTimeMs: started.millisecondsSince,
                didYouMean: response.didYouMean)
        }
        var groups: [(slug: String, title: String, hits: [Hit])] = []
        for hit in response.hits.dropFirst() {
            if let i = groups.firstIndex(where: { $0.slug == hit.article }) {
                if groups[i].hits.count < Self.alternativesPerArticle { groups[i].hits.append(hit) }
            } else if groups.count < Self.alternativeArticles {
                groups.append((hit.article, hit.title, [hit]))
            }
        }
        let article = try read { db in try Self.reference(slug: best.article, db: db) }
        return AskResponse(
            query: question, answer: best, article: article,
            alternatives: groups.map { .init(article: $0.slug, title: $0.title, hits: $0.hits) },
            processingTimeMs: started.millisecondsSince, didYouMean: response.didYouMean)
    }

    /// How many articles `ask` lists besides the answer, and how many passages of each.
    static let alternativeArticles = 5
    static let alternativesPerArticle = 3

    static func reference(slug: String, db: Database) throws -> AskResponse.ArticleReference? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT id, title, term_a, term_b FROM article WHERE slug = ?", arguments: [slug])
        else { return nil }
        let summary = try String.fetchOne(
            db,
            sql: """
                SELECT passage_fts.body FROM passage JOIN passage_fts ON passage_fts.rowid = passage.id
                WHERE passage.article_id = ? AND passage.kind = 'summary' LIMIT 1
                """, arguments: [row[0] as Int64])
        return .init(slug: slug, title: row[1], terms: [row[2], row[3]], summary: summary ?? "")
    }

    /// The stored article with the slug, as `versus show` prints it.
    public func article(slug: String) throws -> StoredArticleView {
        // SQLite would read a bound string only up to a NUL (GRDB binds C strings), so that
        // "tcp-vs-udp\0x" found tcp-vs-udp. No slug holds a NUL: file names cannot.
        guard !slug.utf8.contains(0) else { throw VersusError.articleNotFound(slug) }
        return try read { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT id, title, term_a, term_b, author, editor, published FROM article WHERE slug = ?",
                arguments: [slug])
            else { throw VersusError.articleNotFound(slug) }
            let termA: String = row[2]
            let termB: String = row[3]
            let passages = try Row.fetchAll(
                db,
                sql: """
                    SELECT passage.kind, passage.term, passage_fts.heading, passage_fts.body, passage_fts.context
                    FROM passage JOIN passage_fts ON passage_fts.rowid = passage.id
                    WHERE passage.article_id = ? ORDER BY passage.ordinal
                    """, arguments: [row[0] as Int64]
            ).map { p -> StoredArticleView.PassageView in
                let side = TermSide(rawValue: p[1]) ?? .both
                return .init(
                    kind: PassageKind(rawValue: p[0]) ?? .summary,
                    term: side == .a ? termA : side == .b ? termB : nil, heading: p[2], text: p[3], sense: p[4])
            }
            return StoredArticleView(
                slug: slug, title: row[1], terms: [termA, termB], author: row[4], editor: row[5], published: row[6],
                summary: passages.first { $0.kind == .summary }?.text ?? "", passages: passages)
        }
    }

    /// Counts and facts about the index.
    public func stats() throws -> IndexStats {
        let size = ["", "-wal"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
        return try read { db in
            var byKind: [String: Int] = [:]
            for kind in PassageKind.allCases { byKind[kind.rawValue] = 0 }
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM passage GROUP BY kind") {
                byKind[row[0]] = row[1]
            }
            return IndexStats(
                path: path,
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                passages: byKind.values.reduce(0, +),
                passagesByKind: byKind,
                vocabulary: try Int.fetchOne(db, sql: "SELECT count(*) FROM stem_frequency") ?? 0,
                indexSizeBytes: size,
                tokenizer: try IndexMeta.get("tokenizer", in: db) ?? IndexSchema.tokenizer,
                schemaVersion: IndexSchema.version,
                lastIndexed: try IndexMeta.get("last_indexed", in: db),
                roots: try IndexMeta.roots(db))
        }
    }
}

/// An indexed article read back from the index.
public struct StoredArticleView: Sendable, Encodable {
    public struct PassageView: Sendable, Encodable {
        public var kind: PassageKind
        public var term: String?
        public var heading: String?
        public var text: String
        public var sense: String?

        enum CodingKeys: CodingKey { case kind, term, heading, text, sense }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(term, forKey: .term)
            try c.encode(heading, forKey: .heading)
            try c.encode(text, forKey: .text)
            try c.encode(sense, forKey: .sense)
        }
    }

    public var slug: String
    public var title: String
    public var terms: [String]
    public var author: String?
    public var editor: String?
    public var published: String?
    public var summary: String
    public var passages: [PassageView]

    enum CodingKeys: CodingKey { case slug, title, terms, author, editor, published, summary, passages }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(title, forKey: .title)
        try c.encode(terms, forKey: .terms)
        try c.encode(author, forKey: .author)
        try c.encode(editor, forKey: .editor)
        try c.encode(published, forKey: .published)
        try c.encode(summary, forKey: .summary)
        try c.encode(passages, forKey: .passages)
    }
}

/// What `versus stats` prints.
public struct IndexStats: Sendable, Encodable {
    public var path: String
    public var articles: Int
    public var passages: Int
    public var passagesByKind: [String: Int]
    /// Distinct indexed terms (stems).
    public var vocabulary: Int
    /// The database file and its write-ahead log.
    public var indexSizeBytes: Int
    public var tokenizer: String
    public var schemaVersion: Int
    /// ISO 8601 time of the last indexing run.
    public var lastIndexed: String?
    public var roots: [String]

    enum CodingKeys: CodingKey {
        case path, articles, passages, passagesByKind, vocabulary, indexSizeBytes, tokenizer, schemaVersion
        case lastIndexed, roots
    }

    /// Every key is written, `null` included, as in the other responses.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(articles, forKey: .articles)
        try c.encode(passages, forKey: .passages)
        try c.encode(passagesByKind, forKey: .passagesByKind)
        try c.encode(vocabulary, forKey: .vocabulary)
        try c.encode(indexSizeBytes, forKey: .indexSizeBytes)
        try c.encode(tokenizer, forKey: .tokenizer)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(lastIndexed, forKey: .lastIndexed)
        try c.encode(roots, forKey: .roots)
    }
}

/// The current lexicon, shared by concurrent searches.
private final class LexiconCache: @unchecked Sendable {
    private let lock = NSLock()
    private let loadLock = NSLock()
    private var lexicon: Lexicon?

    func get() -> Lexicon? { lock.withLock { lexicon } }
    func set(_ new: Lexicon) { lock.withLock { lexicon = new } }
    func loading<T>(_ body: () throws -> T) rethrows -> T { try loadLock.withLock(body) }
}

extension DatabaseError {
    var isBusy: Bool { resultCode == .SQLITE_BUSY || resultCode == .SQLITE_LOCKED }
}
