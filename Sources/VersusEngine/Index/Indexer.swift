import Foundation

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
        _ writer: IndexWriter, roots: [String], progress: (@Sendable (IndexProgress) -> Void)?
    ) throws -> IndexReport {
        let started = Date()
        var report = IndexReport()
        progress?(IndexProgress(phase: .scanning, done: 0, total: 0))
        let scan = try CorpusScanner.scan(roots)
        report.failures = scan.problems

        let existing = try writer.storedArticles()
        let existingByPath = Dictionary(existing.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        let changes = SourceChanges(scan: scan, stored: existing, roots: roots)
        report.unchanged = changes.unchanged
        var unchangedButTouched: [(StoredArticle, SourceFile)] = []
        var slugOwners = Dictionary(existing.map { ($0.slug, $0.sourcePath) }, uniquingKeysWith: { a, _ in a })
        for stored in changes.removed { slugOwners[stored.slug] = nil }

        try writer.gatherTextInLargeSegments()
        var tally = WordTally()
        for stored in changes.removed {
            try delete(stored, tally: &tally, in: writer)
            report.removed += 1
        }

        // Files are parsed in batches on all cores while the previous batch is written.
        let now = Date().timeIntervalSince1970
        let toRead = changes.toRead
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
                        try delete(stored, tally: &tally, in: writer)
                        slugOwners[stored.slug] = nil
                        report.updated += 1
                    } else {
                        report.added += 1
                    }
                    report.passagesWritten += try writer.insert(prepared, from: file, at: now)
                    tally.add(passages: prepared.passages.map(\.kind), tokens: prepared.lengths)
                    slugOwners[slug] = file.path
                }
            }
            done += batches[index].count
            progress?(IndexProgress(phase: .parsing, done: done, total: toRead.count))
        }
        progress?(IndexProgress(phase: .writing, done: 0, total: 0))
        for (stored, file) in unchangedButTouched {
            try writer.touch(stored, as: file)
        }
        try writer.apply(tally)
        try writer.recordRun(roots: roots)
        // A run that wrote much of the index leaves its text in several segments; one is faster
        // to search. A small run's segment is left to FTS5's automatic merging.
        if report.passagesWritten > 0, report.passagesWritten * Self.mergeFraction >= (try writer.passageCount()) {
            progress?(IndexProgress(phase: .merging, done: 0, total: 0))
            try writer.mergeSegments()
        }
        progress?(IndexProgress(phase: .done, done: 0, total: 0))
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Files parsed per batch: enough to keep both cores busy, few enough to bound memory.
    static let batchSize = 512

    /// A run that writes at least 1/`mergeFraction` of the index's passages merges its segments.
    static let mergeFraction = 4

    // MARK: - Parsing

    enum Outcome: Sendable {
        case unchanged(StoredArticle)
        case parsed(PreparedArticle)
        case failed(ParseError)
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

    /// Deletes an article; its words and stems come off the tally.
    private func delete(_ stored: StoredArticle, tally: inout WordTally, in writer: IndexWriter) throws {
        let (texts, lengths) = try writer.passageTexts(ofArticle: stored.id)
        var words = Set<String>()
        var stems: [String: Int] = [:]
        for columns in texts {
            var passageWords = Set<String>()
            for text in columns { passageWords.formUnion(WordTokenizer.words(in: text ?? "")) }
            words.formUnion(passageWords)
            for stem in Set(passageWords.map(PorterStemmer.stem)) { stems[stem, default: 0] += 1 }
        }
        tally.add(words, by: -1)
        tally.add(stems: stems.map { (stem: $0.key, passages: $0.value) }, sign: -1)
        tally.remove(lengths)
        try writer.deleteArticle(id: stored.id)
    }
}
