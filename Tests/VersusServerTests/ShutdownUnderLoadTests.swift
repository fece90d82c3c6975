import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceLifecycle
import Testing
@testable import VersusServer

/// A graceful shutdown with many requests in flight: every request the server has started
/// answering is answered whole, with 200, and the server then stops (`versus serve` exits 0).
/// The load-sized version is the SIGTERM phase of `Tests/Reliability/load-with-rebuilds.sh`.
@Suite(.serialized) struct ShutdownUnderLoadTests {
    /// Counts the requests a route has started.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    /// In process: 24 requests on 24 connections, all known to be in the handler when the
    /// shutdown starts, plus searches; every one gets its answer.
    @Test func everyInFlightRequestIsAnswered() async throws {
        let started = Counter()
        let server = try SlowRouteServer(entered: { started.increment() })
        let (group, ports) = (server.group, server.ports)

        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())

            var connections: [RawConnection] = []
            for i in 0..<24 {
                let connection = try await RawConnection.open(port: port)
                connection.send(i % 2 == 0 ? "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n" : "GET /search?q=udp+packet+loss HTTP/1.1\r\nHost: x\r\n\r\nGET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
                connections.append(connection)
            }
            // Every /slow request is inside its handler (the searches before them are answered).
            let deadline = ContinuousClock.now + .seconds(30)
            while started.count < 24, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            #expect(started.count == 24)
            await group.triggerGracefulShutdown()

            for (i, connection) in connections.enumerated() {
                let expected = i % 2 == 0 ? 1 : 2
                let (responses, _) = await connection.responses(expected, timeout: .seconds(30))
                #expect(responses.map(\.status) == Array(repeating: 200, count: expected), "connection \(i)")
                #expect(responses.last?.text == "done")
                // And the server closes it after the answer.
                let closed = await connection.closedByServer(within: .seconds(20))
                #expect(closed, "connection \(i) left open")
            }
            try await tasks.next()
        }
    }

    /// `versus serve`, SIGTERM while 32 searches are queued: each connection gets a whole 200
    /// or, if the server had not read its request yet, is closed without a byte; every answer
    /// the server logged reached its client; the process exits 0.
    @Test func serveExitsZeroAfterAnsweringWhatItRead() async throws {
        let folder = try Fixtures.temporaryFolder()
        let database = try Fixtures.index(of: [Fixtures.corpus])
        let server = try ServeCommandTests.Server(arguments: ["--port", "0", "--db", database, "--no-refresh"], in: folder)
        let port = try #require(try await server.port(timeout: .seconds(60)), "\(server.log)")

        let question = SearchPage.percentEncode(
            "what is the difference between weather and climate over a long period of time in a region")
        var connections: [RawConnection] = []
        for _ in 0..<32 {
            let connection = try await RawConnection.open(port: port)
            connection.send("GET /ask?q=\(question) HTTP/1.1\r\nHost: x\r\n\r\n")
            connections.append(connection)
        }
        // Once the server has answered one, the others are read or queued: stop it now.
        #expect(try await server.wait(for: "GET /ask?q=", timeout: .seconds(60)) != nil)
        kill(server.process.processIdentifier, SIGTERM)

        var answered = 0
        for connection in connections {
            let (bytes, _) = await connection.receive(timeout: .seconds(30)) { _ in false }
            let responses = RawResponse.parseAll(bytes)
            // A whole 200, or nothing at all: never a partial answer or an error.
            #expect(responses.map(\.status) == [200] || bytes.isEmpty, "\(responses) \(bytes.count) bytes")
            answered += responses.count
        }
        #expect(try await server.exitStatus(timeout: .seconds(60)) == 0, "\(server.log)")
        #expect(answered >= 1)
        #expect(server.log.components(separatedBy: "GET /ask?q=").count - 1 == answered)
        #expect(!Self.logged5xx(server.log))
    }

    static func logged5xx(_ log: String) -> Bool {
        log.split(separator: "\n").contains { line in
            let words = line.split(separator: " ")
            return words.count >= 3 && words[words.count - 1] == "ms" && words[words.count - 3].hasPrefix("5")
        }
    }
}
