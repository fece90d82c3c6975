import Benchmark
import Foundation
import VersusEngine
import VersusTooling

/// Indexing throughput and query latency at 1k and 10k synthetic articles.
///
/// Corpora come from ``SyntheticCorpus`` (seed 1, as `versus generate --source pseudo --seed 1` writes them),
/// made in a temporary folder by each benchmark's setup and removed by its teardown; the
/// benchmark tool runs every benchmark in a process of its own.
let benchmarks: @Sendable () -> Void = {
    for articles in [1_000, 10_000] {
        indexingBenchmark(articles: articles)
    }
    for articles in [1_000, 10_000] {
        searchBenchmark(articles: articles)
    }
    for writer in [true, false] {
        encodingBenchmark(directWriter: writer)
    }
}

/// The seed of every corpus and query mix here.
let seed: UInt64 = 1

/// Distinct queries drawn for a search benchmark: more than its iterations, so none repeats.
let queriesPerSearchBenchmark = 3_000

/// One iteration indexes the whole corpus into a new file: `ArticleIndex.update` only (opening
/// and creating the file are outside the measurement). `articles/s` is the throughput in articles.
func indexingBenchmark(articles: Int) {
    let fixture = Fixture(articles: articles)
    let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark(
        "Index \(articles / 1_000)k articles",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, articlesPerSecond],
            warmupIterations: articles >= 10_000 ? 0 : 1,
            maxDuration: .seconds(articles >= 10_000 ? 120 : 60),
            maxIterations: articles >= 10_000 ? 3 : 5),
        closure: { benchmark in
            let corpus = try fixture.corpus()
            for _ in benchmark.scaledIterations {
                let path = fixture.newIndexPath()
                let index = try ArticleIndex.open(at: path, creating: true)
                let started = ContinuousClock.now
                benchmark.startMeasurement()
                let report = try index.update(from: [corpus])
                benchmark.stopMeasurement()
                let seconds = Double((ContinuousClock.now - started) / .microseconds(1)) / 1e6
                benchmark.measurement(articlesPerSecond, Int((Double(report.added) / seconds).rounded()))
                blackHole(report)
                fixture.remove(path)
            }
        },
        setup: { _ = try fixture.corpus() },
        teardown: { fixture.removeAll() })
}

/// One iteration is one search (`ArticleIndex.search`, ten hits, snippets included) of the next
/// query of a drawn ``QueryMix``: keywords, questions, "X vs Y" and misspellings, none repeated.
func searchBenchmark(articles: Int) {
    let fixture = Fixture(articles: articles)
    Benchmark(
        "Search \(articles / 1_000)k",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
            warmupIterations: 20,
            maxDuration: .seconds(30),
            maxIterations: 2_000),
        closure: { benchmark in
            let (index, queries) = try fixture.searchState()
            for _ in benchmark.scaledIterations {
                blackHole(try index.search(SearchRequest(query: queries.next())))
            }
        },
        setup: { _ = try fixture.searchState() },
        teardown: { fixture.removeAll() })
}

/// One iteration encodes one search response (ten hits of the 1k corpus, drawn queries) to the
/// JSON the server sends: through ``VersusJSON``'s direct writer, or through `JSONEncoder`. Whether
/// the direct writer still pays is this pair's ratio beside a search's own latency.
func encodingBenchmark(directWriter: Bool) {
    let fixture = Fixture(articles: 1_000)
    Benchmark(
        "Encode a search response (\(directWriter ? "JSONWriter" : "JSONEncoder"))",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal], warmupIterations: 20, maxDuration: .seconds(20),
            maxIterations: 5_000),
        closure: { benchmark in
            let responses = try fixture.responses()
            for iteration in benchmark.scaledIterations {
                let response = responses[iteration % responses.count]
                blackHole(
                    directWriter
                        ? try VersusJSON.encode(response) : try VersusJSON.encodeThroughFoundation(response))
            }
        },
        setup: { _ = try fixture.responses() },
        teardown: { fixture.removeAll() })
}

/// A benchmark's corpus, index and queries, made once in a temporary folder.
final class Fixture: @unchecked Sendable {
    let articles: Int
    let folder = NSTemporaryDirectory() + "versus-benchmark-" + UUID().uuidString
    private let lock = NSLock()
    private var corpusFolder: String?
    private var search: (ArticleIndex, QueryCycle)?
    private var searched: [SearchResponse]?

    init(articles: Int) {
        self.articles = articles
    }

    /// The synthetic corpus, written on first use.
    func corpus() throws -> String {
        try lock.withLock {
            if let corpusFolder { return corpusFolder }
            let path = folder + "/corpus"
            _ = try SyntheticCorpus(seed: seed).write(articles: articles, to: path)
            corpusFolder = path
            return path
        }
    }

    /// The corpus indexed, and the queries to send it, made on first use.
    func searchState() throws -> (ArticleIndex, QueryCycle) {
        let corpus = try corpus()
        return try lock.withLock {
            if let search { return search }
            let path = folder + "/search.sqlite"
            _ = try ArticleIndex.open(at: path, creating: true).update(from: [corpus])
            let index = try ArticleIndex.open(at: path, readOnly: true)
            let mix = try QueryMix.draw(count: queriesPerSearchBenchmark, seed: seed, from: index)
            let state = (index, QueryCycle(mix.queries.map(\.text)))
            search = state
            return state
        }
    }

    /// The responses to 200 drawn queries, searched on first use.
    func responses() throws -> [SearchResponse] {
        let (index, queries) = try searchState()
        return try lock.withLock {
            if let searched { return searched }
            let responses = try (0..<200).map { _ in try index.search(SearchRequest(query: queries.next())) }
            searched = responses
            return responses
        }
    }

    func newIndexPath() -> String {
        folder + "/index-" + UUID().uuidString + ".sqlite"
    }

    /// Removes an index file and its WAL companions.
    func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func removeAll() {
        lock.withLock {
            search = nil
            searched = nil
        }
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// The queries of a search benchmark, handed out in order (round again only if the benchmark
/// asks for more iterations than there are queries).
final class QueryCycle: @unchecked Sendable {
    private let queries: [String]
    private var position = 0
    private let lock = NSLock()

    init(_ queries: [String]) {
        self.queries = queries
    }

    func next() -> String {
        lock.withLock {
            defer { position = (position + 1) % queries.count }
            return queries[position]
        }
    }
}
