import Foundation

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
/// Reads run concurrently; writes are serialized and atomic, and readers keep seeing the
/// previous content until a write commits. ``open(at:policy:weights:synonyms:events:)`` adds
/// the policy of the query commands and the server: build when missing, refresh when stale.
public final class ArticleIndex: Sendable {
    public let path: String
    let store: IndexStore
    public let weights: RankingWeights
    public let synonyms: Synonyms
    private let lexiconCache = LexiconCache()

    private init(store: IndexStore, weights: RankingWeights, synonyms: Synonyms) {
        self.path = store.path
        self.store = store
        self.weights = weights
        self.synonyms = synonyms
    }

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
        let store = try IndexStore.open(at: path, creating: creating, readOnly: readOnly, busyTimeout: busyTimeout)
        return ArticleIndex(store: store, weights: weights, synonyms: synonyms)
    }

    // MARK: - Indexing

    /// Brings the index up to date with the files under `paths`: new files added, changed ones
    /// replaced, deleted ones removed, unparseable ones reported. One atomic transaction.
    /// With `rebuild`, the existing content and roots are discarded first, in the same transaction.
    public func update(
        from paths: [String], rebuild: Bool = false, progress: (@Sendable (IndexProgress) -> Void)? = nil
    ) throws -> IndexReport {
        let roots = paths.map(CorpusScanner.absolutePath)
        return try store.write { writer in
            if rebuild { try writer.eraseContent() }
            return try Indexer().run(writer, roots: roots, progress: progress)
        }
    }

    /// Builds a new index at `path`, where there is none yet, from the files under `paths`: what
    /// ``open(at:creating:readOnly:weights:synonyms:busyTimeout:)`` with `creating` and then
    /// ``update(from:rebuild:progress:)`` do, faster (each page is written once; see
    /// ``IndexStore/writeNew(at:_:)``). The index appears at `path` whole when the build ends, or
    /// not at all; if another run built one there meanwhile, the files are indexed into it.
    /// Throws ``VersusError/invalidParameter(name:reason:)`` when something is at `path`.
    public static func build(
        at path: String, from paths: [String], busyTimeout: TimeInterval = writerBusyTimeout,
        progress: (@Sendable (IndexProgress) -> Void)? = nil
    ) throws -> IndexReport {
        guard (try? IndexFile.inspect(path)) == .missing else {
            throw VersusError.invalidParameter(name: "db", reason: "\(path) exists; a new index is built only where there is none")
        }
        // Another run is building one here: wait for it as for any writer, then index into it.
        let deadline = Date().addingTimeInterval(busyTimeout)
        while WriterNote.current(for: path) != nil, !FileManager.default.fileExists(atPath: path) {
            guard Date() < deadline else { throw VersusError.indexBusy(path) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if !FileManager.default.fileExists(atPath: path) {
            let roots = paths.map(CorpusScanner.absolutePath)
            let built = try IndexStore.writeNew(at: path) { writer in try Indexer().run(writer, roots: roots, progress: progress) }
            if let built { return built }
        }
        // Another run built an index there meanwhile: these files are indexed into it.
        let index = try open(at: path, creating: true, busyTimeout: max(deadline.timeIntervalSinceNow, 0))
        defer { try? index.close() }
        return try index.update(from: paths, progress: progress)
    }

    /// Whether any file under the indexed roots was added, changed or deleted since the last run.
    /// Roots that no longer exist are not considered.
    public func isStale() throws -> Bool {
        let (roots, stored) = try store.read { (try $0.roots(), try $0.storedArticles()) }
        let existingRoots = roots.filter { FileManager.default.fileExists(atPath: $0) }
        guard !existingRoots.isEmpty else { return false }
        return !SourceChanges(scan: try CorpusScanner.scan(existingRoots), stored: stored, roots: existingRoots).isEmpty
    }

    /// The roots indexed so far.
    public func roots() throws -> [String] {
        try store.read { try $0.roots() }
    }

    /// Checks the whole file (see ``IndexStore/checkIntegrity()``); needs an index opened for writing.
    public func checkIntegrity() throws -> IntegrityReport {
        try store.checkIntegrity()
    }

    /// Copies the WAL's content into the index file and closes the index's connections. Needed
    /// before the file is moved away: SQLite deletes a WAL file by its name when the last
    /// connection closes.
    public func close() throws {
        try store.close()
    }

    // MARK: - Reading

    /// The lexicon of the index's current generation, loaded once per generation.
    func lexicon(_ reader: IndexReader) throws -> Lexicon {
        let generation = try reader.generation()
        if let cached = lexiconCache.get(), cached.generation == generation { return cached }
        // One load at a time: concurrent first searches wait for it instead of repeating it.
        return try lexiconCache.loading {
            if let cached = lexiconCache.get(), cached.generation == generation { return cached }
            let lexicon = try Lexicon.load(from: reader)
            lexiconCache.set(lexicon)
            return lexicon
        }
    }

    /// Loads what every search needs (the lexicon of words, stems and article terms), so that
    /// the first search does not pay for it. Searches call it themselves when needed.
    public func warmUp() throws {
        _ = try store.read { try lexicon($0) }
    }

    /// Searches passages. Any text is a valid query; only the numbers are validated.
    public func search(_ request: SearchRequest) throws -> SearchResponse {
        try request.validate()
        return try store.read { reader in
            let lexicon = try lexicon(reader)
            let analyzer = QueryAnalyzer(lexicon: lexicon, synonyms: synonyms)
            return try Searcher(weights: weights, analyzer: analyzer, lexicon: lexicon).search(request, in: reader)
        }
    }

    /// How the analyzer reads a query: its terms, intent, corrections and named articles.
    public func analyze(_ text: String, prefix: Bool = false) throws -> AnalyzedQuery {
        try store.read { QueryAnalyzer(lexicon: try lexicon($0), synonyms: synonyms).analyze(text, prefix: prefix) }
    }

    /// The best passage for a question, its article, and the alternatives grouped by article.
    public func ask(_ question: String) throws -> AskResponse {
        let started = ContinuousClock.now
        let response = try search(SearchRequest(query: question, limit: AskResponse.hitsRead))
        let article = try response.hits.first.flatMap { best in
            try store.read { try $0.articleWithSummary(slug: best.article) }
        }.map { row, summary in
            AskResponse.ArticleReference(slug: row.slug, title: row.title, terms: [row.termA, row.termB], summary: summary)
        }
        return AskResponse(question: question, response: response, article: article, started: started)
    }

    /// The stored article with the slug, as `versus show` prints it.
    public func article(slug: String) throws -> StoredArticleView {
        guard let (article, passages) = try store.read({ try $0.article(slug: slug) }) else {
            throw VersusError.articleNotFound(slug)
        }
        return StoredArticleView(article, passages: passages)
    }

    /// Counts and facts about the index.
    public func stats() throws -> IndexStats {
        let size = ["", "-wal"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
        return try store.read { reader in
            var byKind: [String: Int] = [:]
            for kind in PassageKind.allCases { byKind[kind.rawValue] = 0 }
            byKind.merge(try reader.passageCountsByKind()) { _, stored in stored }
            return IndexStats(
                path: path, articles: try reader.articleCount(), passages: byKind.values.reduce(0, +),
                passagesByKind: byKind, vocabulary: try reader.stemCount(), indexSizeBytes: size,
                tokenizer: try reader.meta("tokenizer") ?? IndexSchema.tokenizer, schemaVersion: IndexSchema.version,
                lastIndexed: try reader.meta("last_indexed"), roots: try reader.roots())
        }
    }
}
