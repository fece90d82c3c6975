import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VersusEngine
@testable import VersusServer

/// The server on a real loopback socket: HTTP/1.1 parsing, keep-alive, concurrency, the idle
/// timeout, and an index updated by another writer while the server reads it.
struct LiveServerTests {
    @Test func answersOverARealSocket() async throws {
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.live) { client in
            #expect(client.port != nil)
            // Several requests on one keep-alive connection.
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            let search = try await client.execute(uri: "/search?q=udp+packet+loss&limit=2", method: .get)
            #expect(search.status == .ok)
            #expect(try search.json()["hits"]?.array?.count == 2)
            let page = try await client.execute(uri: "/?q=email", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<mark>"))
            let unknown = try await client.execute(uri: "/nope", method: .get)
            #expect(unknown.status == .notFound)
            let method = try await client.execute(uri: "/search?q=x", method: .post, body: ByteBuffer(string: "{}"))
            #expect(method.status == .methodNotAllowed)
            let long = try await client.execute(uri: "/search?q=" + String(repeating: "a", count: 17_000), method: .get)
            #expect(long.status == .uriTooLong)
            let large = try await client.execute(uri: "/health", method: .get, body: ByteBuffer(repeating: 0x78, count: 70_000))
            #expect(large.status == .contentTooLarge)
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
    }

    /// 64 concurrent clients, each on its own connection, each gets its own answer.
    @Test func answersConcurrentRequests() async throws {
        let queries = ["udp", "email", "affect", "inflation", "mitosis", "violin", "felony", "ram", "jam", "velocity"]
        let app = makeApplication(databasePath: try Fixtures.sharedIndex())
        try await app.test(.ahc(.http)) { client in
            try await withThrowingTaskGroup(of: (String, String?).self) { group in
                for i in 0..<64 {
                    let query = queries[i % queries.count]
                    group.addTask {
                        let response = try await client.execute(uri: "/search?q=\(query)&limit=1", method: .get)
                        #expect(response.status == .ok)
                        return (query, try response.json()["query"]?.string)
                    }
                }
                for try await (asked, answered) in group {
                    #expect(asked == answered)
                }
            }
        }
    }

    /// `versus index` writes more articles through its own connection while the server runs:
    /// searches during the write all succeed, and the next ones see the new articles.
    @Test func seesIndexUpdatesWithoutRestart() async throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Fixtures.corpusCopy(["tcp-vs-udp", "affect-vs-effect"], in: folder)
        let path = folder.appendingPathComponent("index.sqlite").path
        let writer = try ArticleIndex.open(at: path, creating: true)
        _ = try writer.update(from: [corpus.path])

        let app = makeApplication(databasePath: path)
        try await app.test(.ahc(.http)) { client in
            let before = try await client.execute(uri: "/search?q=violin+viola&article=violin-vs-viola", method: .get)
            #expect(try before.json()["hits"]?.array?.isEmpty == true)
            #expect(try await client.execute(uri: "/articles/violin-vs-viola", method: .get).status == .notFound)

            for slug in ["violin-vs-viola", "mitosis-vs-meiosis", "jam-vs-jelly", "stocks-vs-bonds", "who-vs-whom"] {
                try FileManager.default.copyItem(
                    at: Fixtures.corpus.appendingPathComponent("\(slug).txt"), to: corpus.appendingPathComponent("\(slug).txt"))
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    let report = try writer.update(from: [corpus.path])
                    #expect(report.added == 5)
                }
                for i in 0..<40 {
                    group.addTask {
                        let uri = i % 2 == 0 ? "/search?q=viola+bow" : "/ask?q=what+is+meiosis"
                        let response = try await client.execute(uri: uri, method: .get)
                        #expect(response.status == .ok, "\(uri) during the update")
                    }
                }
                try await group.waitForAll()
            }

            let after = try await client.execute(uri: "/search?q=violin+viola&article=violin-vs-viola", method: .get)
            #expect(after.status == .ok)
            #expect(try after.json()["hits"]?.array?.isEmpty == false)
            #expect(try await client.execute(uri: "/articles/violin-vs-viola", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/stats", method: .get).json()["articles"]?.int == 7)
        }
    }

    /// An index rebuilt elsewhere and moved into place (a new file) is picked up too.
    @Test func seesAReplacedIndexFile() async throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder.appendingPathComponent("index.sqlite").path
        let first = try Fixtures.corpusCopy(["tcp-vs-udp"], in: folder.appendingPathComponent("first"))
        _ = try ArticleIndex.open(at: path, creating: true).update(from: [first.path])

        let app = makeApplication(databasePath: path)
        try await app.test(.live) { client in
            #expect(try await client.execute(uri: "/articles/tcp-vs-udp", method: .get).status == .ok)

            let second = try Fixtures.corpusCopy(["jam-vs-jelly"], in: folder.appendingPathComponent("second"))
            let replacement = folder.appendingPathComponent("replacement.sqlite").path
            do {
                let index = try ArticleIndex.open(at: replacement, creating: true)
                _ = try index.update(from: [second.path])
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            #expect(rename(replacement, path) == 0)

            #expect(try await client.execute(uri: "/articles/jam-vs-jelly", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/articles/tcp-vs-udp", method: .get).status == .notFound)
        }
    }

    /// A connection left idle is closed by the server after the idle timeout: one that never
    /// sends a request, and one whose response has been written.
    ///
    /// No upper bound on the wait beyond a generous guard: on a loaded machine this test can be
    /// suspended for a minute. For the same reason a request may reach the server only after the
    /// connection has idled out (the server resets it); such a try is repeated.
    @Test func closesIdleConnections() async throws {
        let idleTimeout = Duration.seconds(2)
        let app = makeApplication(databasePath: try Fixtures.sharedIndex(), idleTimeout: idleTimeout)
        try await app.test(.live) { client in
            let port = try #require(client.port)

            // Taken before connecting, so no later than the server's accept.
            let silentStarted = ContinuousClock.now
            try await TestClient.withClient(host: "127.0.0.1", port: port) { silent in
                try await Self.expectClosedByTheServer(
                    try await silent.getChannel(), idleFrom: silentStarted, after: idleTimeout, "a connection that sent nothing")
            }

            var answered = false
            for _ in 0..<3 where !answered {
                answered = try await TestClient.withClient(host: "127.0.0.1", port: port) { idle in
                    // The server's idle timer restarts when it reads the request, after `started`.
                    let started = ContinuousClock.now
                    guard let response = try? await idle.get("/health") else { return false }
                    #expect(response.status == .ok)
                    try await Self.expectClosedByTheServer(
                        try await idle.getChannel(), idleFrom: started, after: idleTimeout, "an idle connection after its response")
                    return true
                }
            }
            #expect(answered, "no request was answered in three tries")
        }
    }

    /// Waits for the server to close `channel`, and expects it closed no sooner than
    /// `idleTimeout` after `started`; should the server never close it, closes it after two
    /// minutes so that the test ends.
    private static func expectClosedByTheServer(
        _ channel: any Channel, idleFrom started: ContinuousClock.Instant, after idleTimeout: Duration, _ what: String
    ) async throws {
        let guardTask = Task {
            try await Task.sleep(for: .seconds(120))
            try? await channel.close()
            return true
        }
        try await channel.closeFuture.get()
        guardTask.cancel()
        let closedByUs = (try? await guardTask.value) ?? false
        #expect(!closedByUs, "the server never closed \(what)")
        let waited = ContinuousClock.now - started
        #expect(waited >= idleTimeout - .milliseconds(100), "closed after \(waited)")
    }
}
