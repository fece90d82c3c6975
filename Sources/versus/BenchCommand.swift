import ArgumentParser
import Foundation
import VersusEngine
import VersusTooling

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
            by side with the ratio (below 1: Versus is slower). Plain FTS5 scores every row that \
            matches any word, which on a large index can take seconds a query: it stops after \
            --reference-time-limit, and the ratio compares the queries it ran. --no-reference skips it.

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

    @Option(
        name: .customLong("reference-time-limit"),
        help: ArgumentHelp(
            "Stop the plain FTS5 reference after this long; the ratio then compares the queries it ran (default 300).",
            valueName: "seconds"))
    var referenceTimeLimit = 300.0

    @Flag(help: "Print the queries, one a line (TSV: query, kind), and measure nothing.")
    var list = false

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "In process: override a ranking weight or a retrieval limit for this run (repeatable), to weigh its speed beside `versus eval --set`.",
            valueName: "name=value"))
    var weights: [String] = []

    static let defaultCount = 2_000
    static let defaultHTTPCount = 20_000
    static let defaultConcurrency = 16
    static let defaultDuration = 10.0

    func validate() throws {
        if let count, !(1...1_000_000).contains(count) { throw ValidationError("--count is 1-1,000,000.") }
        guard referenceTimeLimit > 0 else { throw ValidationError("--reference-time-limit is more than 0 seconds.") }
        if queries != nil, count != nil || seed != nil {
            throw ValidationError("--count and --seed draw queries from the index; --queries reads them from a file: give one or the other.")
        }
        if let url {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host?.isEmpty == false
            else { throw ValidationError("--url is an http:// or https:// address, e.g. http://127.0.0.1:8080.") }
            if let concurrency, !(1...1_024).contains(concurrency) { throw ValidationError("--concurrency is 1-1,024.") }
            if let duration, !(duration > 0 && duration <= 3_600) { throw ValidationError("--duration is more than 0 and at most 3,600 seconds.") }
            if !weights.isEmpty { throw ValidationError("--set changes the engine in process; a server keeps its own weights.") }
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
                index = try ArticleIndex.open(at: global.db, readOnly: true, weights: try RankingWeights.setting(weights))
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

        // Each latency is kept (nil for an error), so that the queries the reference got through
        // in its time can be compared one for one.
        var versus: [Duration?] = []
        versus.reserveCapacity(mix.queries.count)
        var started = ContinuousClock.now
        for query in mix.queries {
            let before = ContinuousClock.now
            let answered = (try? index.search(SearchRequest(query: query.text))) != nil
            versus.append(answered ? ContinuousClock.now - before : nil)
        }
        let versusElapsed = ContinuousClock.now - started

        var reference: [Duration?] = []
        var referenceElapsed = Duration.zero
        if !noReference {
            let plain = try PlainFTS5Reference(path: index.path)
            let limit = Duration.milliseconds(Int64(referenceTimeLimit * 1000))
            started = ContinuousClock.now
            for query in mix.queries {
                guard ContinuousClock.now - started < limit else { break }
                let before = ContinuousClock.now
                let answered = (try? plain.search(query.text)) != nil
                reference.append(answered ? ContinuousClock.now - before : nil)
            }
            referenceElapsed = ContinuousClock.now - started
        }

        // Kinds are compared on the queries both engines ran.
        let compared = noReference ? mix.queries.count : reference.count
        var byKind: [String: BenchReport.KindResult] = [:]
        for kind in Set(mix.queries.prefix(compared).map(\.kind)) {
            let positions = mix.queries.indices.prefix(compared).filter { mix.queries[$0].kind == kind }
            byKind[kind.rawValue] = .init(
                versus: Self.summary(positions.map { versus[$0] }),
                reference: noReference ? nil : Self.summary(positions.map { reference[$0] }))
        }
        let report = BenchReport(
            mode: "process", target: index.path, mix: mix, source: queries, seed: queries == nil ? seed ?? 1 : nil,
            concurrency: 1, durationSeconds: nil,
            versus: Self.summary(versus, elapsed: versusElapsed),
            versusSameQueries: noReference ? nil : Self.summary(Array(versus.prefix(reference.count))),
            reference: noReference ? nil : Self.summary(reference, elapsed: referenceElapsed),
            referenceTimeLimitSeconds: noReference ? nil : referenceTimeLimit,
            byKind: byKind, statuses: nil, exhausted: nil)
        try print(report)
    }

    /// The summary of one engine's latencies (nil: an error); without `elapsed`, the run is taken
    /// to have lasted the sum of the latencies, as a one-at-a-time run does.
    static func summary(_ latencies: [Duration?], elapsed: Duration? = nil) -> LatencySummary {
        var recorder = LatencyRecorder()
        for latency in latencies {
            if let latency { recorder.record(latency) } else { recorder.recordError() }
        }
        return recorder.summary(elapsed: elapsed ?? latencies.reduce(.zero) { $0 + ($1 ?? .zero) })
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
            versus: result.recorder.summary(elapsed: result.elapsed), versusSameQueries: nil, reference: nil,
            referenceTimeLimitSeconds: nil, byKind: nil,
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
