import ArgumentParser
import Foundation
import VersusEngine

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure search latency and throughput, in process or against a server.",
        discussion: """
            Runs a mix of distinct queries — keywords, questions, "X vs Y", misspellings — drawn \
            from the index (--count, --seed; the same seed draws the same queries) or read from \
            --queries FILE (one a line; the first tab-separated column, so a query-set TSV works), \
            and reports p50, p95, p99 and max latency, queries per second and errors.

            In process (the default): each query once, one at a time, through the engine, after a \
            warm-up that reads the index file and loads the lexicon; then the same queries as plain \
            FTS5 through SQLite's C API (non-stop words joined by OR, ORDER BY bm25 LIMIT 10), side \
            by side with the ratio (below 1: Versus is slower). --no-reference skips it.

            Against a server (--url): --concurrency workers send GET /search?q=… for --duration \
            seconds, each taking the next query of the mix, until the time is up or the queries run \
            out (--repeat cycles through them instead). Non-2xx answers and transport errors are \
            errors; latencies are those of the 2xx answers, body included. Only the given URL is \
            ever contacted.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var read: ReadOptions

    @Option(help: ArgumentHelp("Read the queries from this file instead of drawing them from the index.", valueName: "file"))
    var queries: String?

    @Option(help: "How many queries to draw (default 2,000 in process, 20,000 with --url).")
    var count: Int?

    @Option(help: "The random seed of the drawn queries (default 1).")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Load a running server instead of the engine in process.", valueName: "url"))
    var url: String?

    @Option(help: "With --url: how many requests are in flight at once (default 16).")
    var concurrency: Int?

    @Option(help: ArgumentHelp("With --url: how long to send requests (default 10).", valueName: "seconds"))
    var duration: Double?

    @Flag(name: .customLong("repeat"), help: "With --url: start the queries over when they run out, instead of stopping.")
    var repeatQueries = false

    @Flag(help: "Skip the plain FTS5 reference (in process).")
    var noReference = false

    @Flag(help: "Print the queries, one a line (TSV: query, kind), and measure nothing.")
    var list = false

    static let defaultCount = 2_000
    static let defaultHTTPCount = 20_000
    static let defaultConcurrency = 16
    static let defaultDuration = 10.0

    func validate() throws {
        if let count, !(1...1_000_000).contains(count) { throw ValidationError("--count is 1-1,000,000.") }
        if queries != nil, count != nil || seed != nil {
            throw ValidationError("--count and --seed draw queries from the index; --queries reads them from a file: give one or the other.")
        }
        if let url {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host?.isEmpty == false
            else { throw ValidationError("--url is an http:// or https:// address, e.g. http://127.0.0.1:8080.") }
            if let concurrency, !(1...1_024).contains(concurrency) { throw ValidationError("--concurrency is 1-1,024.") }
            if let duration, !(duration > 0 && duration <= 3_600) { throw ValidationError("--duration is more than 0 and at most 3,600 seconds.") }
        } else if concurrency != nil || duration != nil || repeatQueries {
            throw ValidationError("--concurrency, --duration and --repeat load a server: give --url too.")
        }
    }

    func run() async throws {
        var mix = QueryMix(queries: [])
        var index: ArticleIndex?
        try global.run {
            if let queries {
                let data = queries == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: queries)
                guard let data else { throw VersusError.pathNotFound(queries) }
                mix = QueryMix(lines: String(decoding: data, as: UTF8.self))
                guard !mix.queries.isEmpty else { throw VersusError.invalidParameter(name: "queries", reason: "\(queries) holds no query") }
            }
            if queries == nil || (url == nil && !list) {
                _ = try global.openForReading(read)
                index = try ArticleIndex.open(at: global.db, readOnly: true)
            }
            if queries == nil, let index {
                let wanted = count ?? (url == nil ? Self.defaultCount : Self.defaultHTTPCount)
                mix = try QueryMix.draw(count: wanted, seed: seed ?? 1, from: index)
                guard !mix.queries.isEmpty else {
                    throw VersusError.invalidParameter(name: "count", reason: "the index at \(global.db) has nothing to draw queries from")
                }
            }
        }
        if list {
            for query in mix.queries { Swift.print("\(query.text)\t\(query.kind.rawValue)") }
        } else if let url {
            try await runAgainstServer(url, mix: mix)
        } else if let index {
            try global.run { try runInProcess(index, mix: mix) }
        }
    }

    // MARK: - In process

    private func runInProcess(_ index: ArticleIndex, mix: QueryMix) throws {
        // Warm-up, not measured: the index file into the OS cache (both engines then start from
        // there), the lexicon into memory (the first search of a process loads it).
        Self.readThrough(index.path)
        _ = try index.analyze("")
        _ = try index.search(SearchRequest(query: ""))

        var byKind: [BenchmarkQuery.Kind: (versus: LatencyRecorder, reference: LatencyRecorder)] = [:]
        var versus = LatencyRecorder()
        var started = ContinuousClock.now
        for query in mix.queries {
            let before = ContinuousClock.now
            do {
                _ = try index.search(SearchRequest(query: query.text))
                let latency = ContinuousClock.now - before
                versus.record(latency)
                byKind[query.kind, default: (.init(), .init())].versus.record(latency)
            } catch {
                versus.recordError()
                byKind[query.kind, default: (.init(), .init())].versus.recordError()
            }
        }
        let versusSummary = versus.summary(elapsed: ContinuousClock.now - started)

        var referenceSummary: LatencySummary?
        if !noReference {
            let plain = try PlainFTS5Reference(path: index.path)
            var reference = LatencyRecorder()
            started = ContinuousClock.now
            for query in mix.queries {
                let before = ContinuousClock.now
                do {
                    _ = try plain.search(query.text)
                    let latency = ContinuousClock.now - before
                    reference.record(latency)
                    byKind[query.kind, default: (.init(), .init())].reference.record(latency)
                } catch {
                    reference.recordError()
                    byKind[query.kind, default: (.init(), .init())].reference.recordError()
                }
            }
            referenceSummary = reference.summary(elapsed: ContinuousClock.now - started)
        }

        let report = BenchReport(
            mode: "process", target: index.path, mix: mix, source: queries, seed: queries == nil ? seed ?? 1 : nil,
            concurrency: 1, durationSeconds: nil, versus: versusSummary, reference: referenceSummary,
            byKind: byKind.map { kind, recorders in
                (kind.rawValue, BenchReport.KindResult(
                    versus: recorders.versus.summary(elapsed: .zero),
                    reference: noReference ? nil : recorders.reference.summary(elapsed: .zero)))
            }.reduce(into: [:]) { $0[$1.0] = $1.1 },
            statuses: nil, exhausted: nil)
        try print(report)
    }

    /// Reads a file (and its write-ahead log) once, so that its pages are in the OS cache.
    static func readThrough(_ path: String) {
        for file in [path, path + "-wal"] {
            guard let handle = FileHandle(forReadingAtPath: file) else { continue }
            defer { try? handle.close() }
            while let chunk = try? handle.read(upToCount: 8 << 20), !chunk.isEmpty {}
        }
    }

    // MARK: - Against a server

    private func runAgainstServer(_ url: String, mix: QueryMix) async throws {
        let load = HTTPLoad(
            baseURL: url, concurrency: concurrency ?? Self.defaultConcurrency,
            duration: .milliseconds(Int64((duration ?? Self.defaultDuration) * 1000)), queries: mix.queries.map(\.text),
            cycle: repeatQueries)
        let result: HTTPLoad.Result
        do {
            result = try await load.run()
        } catch {
            Terminal.error("\(error)", code: "internal", type: "internal", json: global.json)
            throw ExitCode(70)
        }
        let report = BenchReport(
            mode: "http", target: url, mix: mix, source: queries, seed: queries == nil ? seed ?? 1 : nil,
            concurrency: load.concurrency, durationSeconds: duration ?? Self.defaultDuration,
            versus: result.recorder.summary(elapsed: result.elapsed), reference: nil, byKind: nil,
            statuses: result.statuses, exhausted: result.exhausted)
        try print(report)
        if result.exhausted, !global.json {
            Terminal.note("The \(mix.queries.count) queries ran out before --duration: draw more with --count, or pass --repeat.")
        }
    }

    // MARK: - Output

    private func print(_ report: BenchReport) throws {
        if global.json {
            try global.printJSON(report)
        } else {
            Swift.print(report.text)
        }
    }
}
