import Foundation
import IndexDamage
import Testing

/// The `versus` command as a user runs it: exit statuses, stdout/stderr, JSON shapes, and the
/// index built on first use.
@Suite(.serialized) struct CLITests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        }
    }

    static let binary: URL = {
        // The test bundle sits in the build products folder, beside the `versus` executable.
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("versus")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            url.deleteLastPathComponent()
        }
        let products = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/versus")
        return products
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A working folder holding a copy of a few Corpus articles as `Corpus/`.
    static func workspace() throws -> URL {
        let folder = URL(fileURLWithPath: try ScratchFolder.make("cli"))
        let corpus = folder.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for slug in ["synchronous-vs-asynchronous", "tcp-vs-udp", "affect-vs-effect"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent("Corpus/\(slug).txt"), to: corpus.appendingPathComponent("\(slug).txt"))
        }
        return folder
    }

    @discardableResult
    func run(_ arguments: [String], in folder: URL, stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            input.fileHandleForWriting.write(Data(stdin.utf8))
            input.fileHandleForWriting.closeFile()
        }
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func askBuildsTheIndexOnFirstUseAndRefreshesWhenFilesChange() throws {
        let folder = try Self.workspace()
        let first = try run(["ask", "Is email asynchronous?"], in: folder)
        #expect(first.status == 0)
        #expect(first.stderr.contains("indexing Corpus/"))
        #expect(first.stdout.contains("Synchronous vs. Asynchronous"))
        #expect(first.stdout.contains("Is email asynchronous?"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".versus/index.sqlite").path))

        let second = try run(["ask", "--json", "Is email asynchronous?"], in: folder)
        #expect(second.stderr.isEmpty)
        let json = try second.json()
        #expect((json["article"] as? [String: Any])?["slug"] as? String == "synchronous-vs-asynchronous")
        #expect((json["answer"] as? [String: Any])?["kind"] as? String == "faq")

        try FileManager.default.removeItem(at: folder.appendingPathComponent("Corpus/tcp-vs-udp.txt"))
        let third = try run(["stats", "--json"], in: folder)
        #expect(third.stderr.contains("changed"))
        #expect(try third.json()["articles"] as? Int == 2)
    }

    @Test func searchJSONShape() throws {
        let folder = try Self.workspace()
        let result = try run(["search", "--json", "udp packets", "--limit", "3", "--kind", "faq"], in: folder)
        #expect(result.status == 0)
        let json = try result.json()
        #expect(Set(json.keys) == ["query", "hits", "estimatedTotalHits", "limit", "offset", "processingTimeMs", "didYouMean"])
        let hits = try #require(json["hits"] as? [[String: Any]])
        #expect(hits.count == 3)
        #expect(hits.allSatisfy { $0["kind"] as? String == "faq" && $0["article"] as? String == "tcp-vs-udp" })
        #expect((hits.first?["snippet"] as? String)?.contains("<mark>") == true)
    }

    @Test func batchQueriesPrintOneLineEach() throws {
        let folder = try Self.workspace()
        let result = try run(["search", "--queries", "-"], in: folder, stdin: "tcp\n\n\"AND\nis email asynchronous\n")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let queries = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["query"] as? String
        }
        #expect(queries == ["tcp", "", "\"AND", "is email asynchronous"])
    }

    @Test func errorsGoToStderrWithStatus() throws {
        let folder = try Self.workspace()
        try run(["index"], in: folder)
        let unknown = try run(["show", "no-such-article"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("no article with the slug 'no-such-article'"))

        let badLimit = try run(["search", "tcp", "--limit", "0"], in: folder)
        #expect(badLimit.status == 64)
        #expect(badLimit.stderr.contains("limit"))

        let badKind = try run(["search", "tcp", "--kind", "poem"], in: folder)
        #expect(badKind.status == 64)

        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let noIndex = try run(["search", "tcp"], in: empty)
        #expect(noIndex.status == 1)
        #expect(noIndex.stderr.contains("no index at"))

        let jsonError = try run(["show", "nope", "--json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(jsonError.stderr.utf8)) as? [String: Any]
        #expect(object?["code"] as? String == "article_not_found")
    }

    @Test func indexReportsCountsAndFailures() throws {
        let folder = try Self.workspace()
        try Data("not an article".utf8).write(to: folder.appendingPathComponent("Corpus/junk.txt"))
        let result = try run(["index", "--json"], in: folder)
        #expect(result.status == 0)
        let report = try result.json()
        #expect(report["added"] as? Int == 3)
        #expect(report["failed"] as? Int == 1)
        let strict = try run(["index", "--strict"], in: folder)
        #expect(strict.status == 3)
        #expect(strict.stderr.contains("junk.txt:1: not an article"))
        #expect(strict.stdout.contains("3 unchanged"))
    }

    @Test func showPrintsTheParsedArticle() throws {
        let folder = try Self.workspace()
        let result = try run(["show", "tcp-vs-udp", "--json"], in: folder)
        let json = try result.json()
        #expect(Set(json.keys) == ["slug", "title", "terms", "author", "editor", "published", "summary", "passages"])
        #expect(json["terms"] as? [String] == ["TCP", "UDP"])
        #expect((json["passages"] as? [[String: Any]])?.count ?? 0 > 40)
    }

    @Test func helpExplainsEveryCommand() throws {
        let folder = try Self.workspace()
        let help = try run(["--help"], in: folder)
        for command in ["index", "search", "ask", "show", "stats"] { #expect(help.stdout.contains(command)) }
        let searchHelp = try run(["search", "--help"], in: folder)
        #expect(searchHelp.stdout.contains("--queries"))
        #expect(searchHelp.stdout.contains("--db"))
    }
}

// MARK: - versus bench

extension CLITests {
    @Test func benchInProcessPrintsVersusBesideThePlainFTS5Reference() throws {
        let folder = try Self.workspace()
        let result = try run(["bench", "--count", "50", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(
            Set(json.keys) == [
                "mode", "target", "source", "seed", "queries", "kinds", "concurrency", "durationSeconds", "versus",
                "versusSameQueries", "reference", "referenceTimeLimitSeconds", "ratio", "byKind", "statuses", "exhausted",
            ])
        #expect(json["mode"] as? String == "process")
        #expect(json["queries"] as? Int == 50)
        #expect(json["seed"] as? Int == 1)
        let summaryKeys: Set<String> = ["queries", "errors", "seconds", "qps", "p50Ms", "p95Ms", "p99Ms", "maxMs", "meanMs"]
        let versus = try #require(json["versus"] as? [String: Any])
        let reference = try #require(json["reference"] as? [String: Any])
        #expect(Set(versus.keys) == summaryKeys)
        #expect(Set(reference.keys) == summaryKeys)
        #expect(versus["queries"] as? Int == 50)
        #expect(versus["errors"] as? Int == 0)
        #expect(reference["queries"] as? Int == 50)
        #expect((versus["p50Ms"] as? Double ?? 0) > 0)
        #expect((json["versusSameQueries"] as? [String: Any])?["queries"] as? Int == 50)
        let ratio = try #require(json["ratio"] as? [String: Any])
        #expect(Set(ratio.keys) == ["qps", "p50", "p95", "p99", "max"])
        let kinds = try #require(json["kinds"] as? [String: Int])
        #expect(Set(kinds.keys) == ["keywords", "question", "comparison", "misspelling"])
        #expect(kinds.values.reduce(0, +) == 50)

        let text = try run(["bench", "--count", "20", "--no-reference"], in: folder)
        #expect(text.status == 0)
        #expect(text.stdout.contains("| versus | 20 |"))
        #expect(!text.stdout.contains("plain FTS5"))
    }

    /// `--set` measures the engine with a weight or a retrieval limit changed, as `eval --set`
    /// measures its answers; a name it does not know, or a server, is refused.
    @Test func benchRunsWithAChangedSettingAndRefusesAnUnknownOne() throws {
        let folder = try Self.workspace()
        let changed = try run(["bench", "--count", "10", "--no-reference", "--set", "candidates=20"], in: folder)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("| versus | 10 |"))
        let unknown = try run(["bench", "--count", "10", "--no-reference", "--set", "nosuchweight=2"], in: folder)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("candidates"))
        #expect(try run(["bench", "--url", "http://127.0.0.1:9", "--set", "candidates=20"], in: folder).status == 64)
    }

    @Test func benchListsTheSameQueriesForTheSameSeedAndReadsAFile() throws {
        let folder = try Self.workspace()
        let first = try run(["bench", "--count", "30", "--seed", "5", "--list"], in: folder)
        let again = try run(["bench", "--count", "30", "--seed", "5", "--list"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == again.stdout)
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 30)
        #expect(Set(lines).count == 30)

        try Data("tcp vs udp\nis email asynchronous?\ntcp vs udp\n".utf8).write(to: folder.appendingPathComponent("q.txt"))
        let fromFile = try run(["bench", "--queries", "q.txt", "--json"], in: folder)
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let json = try fromFile.json()
        #expect(json["queries"] as? Int == 2)
        #expect(json["source"] as? String == "q.txt")
        #expect(json["seed"] is NSNull)
    }

    @Test func benchRejectsServerOptionsWithoutAURL() throws {
        let folder = try Self.workspace()
        #expect(try run(["bench", "--concurrency", "4"], in: folder).status == 64)
        #expect(try run(["bench", "--repeat"], in: folder).status == 64)
        #expect(try run(["bench", "--url", "ftp://127.0.0.1"], in: folder).status == 64)
        #expect(try run(["bench", "--queries", "q.txt", "--count", "5"], in: folder).status == 64)
        let missing = try run(["bench", "--queries", "missing.txt"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("missing.txt"))
    }

    /// A real `versus serve` on 127.0.0.1 (a free port), loaded for a moment by `versus bench --url`.
    @Test func benchLoadsAServerOnLoopback() throws {
        let folder = try Self.workspace()
        try run(["index"], in: folder)
        let server = Process()
        server.executableURL = Self.binary
        server.arguments = ["serve", "--host", "127.0.0.1", "--port", "0", "--no-refresh"]
        server.currentDirectoryURL = folder
        let log = folder.appendingPathComponent("serve.log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let logHandle = try FileHandle(forWritingTo: log)
        server.standardError = logHandle
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
            try? logHandle.close()
        }
        var port: Int?
        let deadline = Date().addingTimeInterval(60)
        while port == nil, Date() < deadline, server.isRunning {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"listening on http://127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                port = Int(text[range].split(separator: ":").last ?? "")
            } else {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        let listening = try #require(port, "the server did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")

        let result = try run(
            ["bench", "--url", "http://127.0.0.1:\(listening)", "--concurrency", "4", "--duration", "2", "--count", "40",
             "--json", "--no-refresh"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["mode"] as? String == "http")
        #expect(json["concurrency"] as? Int == 4)
        #expect(json["reference"] is NSNull)
        let versus = try #require(json["versus"] as? [String: Any])
        #expect(versus["errors"] as? Int == 0)
        let answered = versus["queries"] as? Int ?? 0
        #expect(answered > 0 && answered <= 40)
        let statuses = try #require(json["statuses"] as? [String: Int])
        #expect(statuses == ["200": answered])
    }
}

// MARK: - versus generate and versus eval --distractors

extension CLITests {
    static let wordNetInstalled = FileManager.default.fileExists(atPath: "/usr/share/wordnet/data.noun")

    @Test func generateExplainsBothSourcesAndHowToInstallWordNet() throws {
        let folder = try Self.workspace()
        let help = try run(["generate", "--help"], in: folder)
        for text in ["--source", "wordnet", "pseudo", "wordnet-base", "--wordnet"] { #expect(help.stdout.contains(text), "\(text)") }
        let missing = try run(["generate", "--articles", "3", "--out", "w", "--wordnet", folder.appendingPathComponent("none").path], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("apt-get install wordnet-base"), "\(missing.stderr)")
        let pseudo = try run(["generate", "--source", "pseudo", "--articles", "3", "--out", "p"], in: folder)
        #expect(pseudo.status == 0, "\(pseudo.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("p/0000").path).count == 3)
    }

    @Test(.enabled(if: wordNetInstalled, "needs WordNet in /usr/share/wordnet (apt-get install wordnet-base)"))
    func evalWithDistractorsReportsLenientMeasuresAndLatency() throws {
        let folder = try Self.workspace()
        let queries = """
            what does affect mean in psychology\taffect-vs-effect\tdefinition\tthe observable expression of emotion\tdefine
            is udp reliable\ttcp-vs-udp\tfaq\tUDP does not confirm delivery\tfaq

            """
        try queries.write(to: folder.appendingPathComponent("q.tsv"), atomically: true, encoding: .utf8)
        let result = try run(["eval", "q.tsv", "--distractors", "20", "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        let distractors = try #require(json["distractors"] as? [String: Any])
        #expect(distractors["count"] as? Int == 20)
        #expect((distractors["index"] as? String)?.hasPrefix(".versus/distractors-20-seed-1/") == true)
        let versus = try #require(json["versus"] as? [String: Any])
        let overall = try #require(versus["overall"] as? [String: Any])
        #expect((overall["lenientArticleAt1"] as? Double ?? -1) >= (overall["articleAt1"] as? Double ?? 2))
        #expect((versus["latency"] as? [String: Any])?["queries"] as? Int == 2)
        let table = try run(["eval", "q.tsv", "--distractors", "20"], in: folder)
        #expect(table.status == 0)
        #expect(table.stdout.contains("| lenient@1 |"))
        #expect(table.stdout.contains("| latency (ms) | p50 | p95 | p99 |"))
        // The second run used the cached index.
        #expect(!table.stderr.contains("Writing"))
    }
}
