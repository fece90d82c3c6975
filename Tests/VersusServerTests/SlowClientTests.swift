import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VersusServer

/// Slow clients (slowloris) do not make the service unavailable to others, and the server does
/// not keep them for ever: a request head trickled a byte at a time is closed by the idle
/// timeout (the trickle does not restart it), a body trickled a byte at a time by the request
/// read deadline, with a 408. The long version, with a thousand connections, is
/// `Tests/Reliability/slowloris.sh`.
struct SlowClientTests {
    /// The application with short timeouts, so that the tests take seconds.
    static func application(idleTimeout: Duration, requestReadTimeout: Duration) throws -> some ApplicationProtocol {
        buildApplication(
            ServerSettings(
                host: "127.0.0.1", port: 0, databasePath: try Fixtures.sharedIndex(), idleTimeout: idleTimeout,
                requestReadTimeout: requestReadTimeout),
            logger: quietLogger)
    }

    /// What a slow client managed: the bytes of its trickle it sent, and whether the server
    /// closed the connection (else it was still open when the client gave up).
    struct Trickled: Sendable {
        var bytesSent: Int
        var closedByServer: Bool
    }

    /// A slow client: connects, sends `head`, then one byte of `trickle` every `interval` until
    /// the server closes the connection or `limit` passes (on a thread of its own:
    /// ``RawConnection/trickling(port:head:_:every:limit:)``).
    static func slowClient(
        port: Int, head: String, trickle: String, every interval: Duration, limit: Duration
    ) async throws -> Trickled {
        let (connection, sent, sendFailed) = try await RawConnection.trickling(
            port: port, head: head, trickle, every: interval, limit: limit)
        defer { connection.close() }
        if sendFailed { return Trickled(bytesSent: sent, closedByServer: true) }
        return Trickled(bytesSent: sent, closedByServer: await connection.closedByServer(within: .milliseconds(1)))
    }

    /// `count` slow clients at once.
    static func slowClients(
        _ count: Int, port: Int, head: String, trickle: String, every interval: Duration, limit: Duration
    ) async throws -> [Trickled] {
        try await withThrowingTaskGroup(of: Trickled.self) { group in
            for _ in 0..<count {
                group.addTask { try await slowClient(port: port, head: head, trickle: trickle, every: interval, limit: limit) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// The status of `GET target` on a new connection (0 if none came).
    static func get(_ target: String, port: Int) async throws -> Int {
        let connection = try await RawConnection.open(port: port)
        defer { connection.close() }
        connection.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
        return await connection.responses(1).responses.first?.status ?? 0
    }

    /// The status of `GET target`, asked up to `attempts` times on new connections until one is
    /// answered: with a 1 s idle timeout, a machine whose cores are busy with the rest of the test
    /// suite can starve the server's event loop long enough to close a fresh connection first.
    static func getAnswered(_ target: String, port: Int, attempts: Int = 3) async throws -> Int {
        var status = 0
        for _ in 0..<attempts where status == 0 {
            status = try await get(target, port: port)
        }
        return status
    }

    @Test func slowHeadersAreClosedByTheIdleTimeoutAndOthersAreServed() async throws {
        let app = try Self.application(idleTimeout: .seconds(1), requestReadTimeout: .seconds(1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            async let trickled = Self.slowClients(
                100, port: port, head: "GET /search?q=udp HTTP/1.1\r\nHost: x\r\n", trickle: "X-Slow: a\r\n",
                every: .milliseconds(200), limit: .seconds(20))

            // Meanwhile, a normal client is answered (on new connections: the test client's
            // own would be closed by the 1 s idle timeout meanwhile).
            for query in ["udp", "email", "affect", "inflation", "violin"] {
                #expect(try await Self.getAnswered("/search?q=\(query)&limit=1", port: port) == 200)
            }

            // Each slow connection was closed although it sent a byte every 200 ms: the trickle
            // does not restart the 1 s idle timer (if it did, they would still be open at 20 s).
            let slow = try await trickled
            let stillOpen = slow.filter { !$0.closedByServer }.count
            #expect(stillOpen == 0, "\(stillOpen) still open at 20 s")
            // Not vacuous: clients did trickle before they were closed.
            #expect(slow.contains { $0.bytesSent >= 3 })

            #expect(try await Self.getAnswered("/health", port: port) == 200)
        }
    }

    @Test func slowBodyGetsA408() async throws {
        let app = try Self.application(idleTimeout: .seconds(30), requestReadTimeout: .seconds(1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // Far longer than the idle timeout allows if every byte restarted it.
            async let trickled = Self.slowClients(
                20, port: port, head: "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n", trickle: "x",
                every: .milliseconds(200), limit: .seconds(20))

            #expect(try await client.execute(uri: "/search?q=udp&limit=1", method: .get).status == .ok)
            let slow = try await trickled
            let stillOpen = slow.filter { !$0.closedByServer }.count
            #expect(stillOpen == 0, "\(stillOpen) still open at 20 s")
            #expect(slow.contains { $0.bytesSent >= 3 })
        }
    }

    /// What the client of a slow body reads: a 408 in the API's error shape, then the end.
    @Test func slowBodyAnswerIsAJSONError() async throws {
        let app = try Self.application(idleTimeout: .seconds(30), requestReadTimeout: .milliseconds(500))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let connection = try await RawConnection.open(port: port)
            connection.send("GET /search?q=udp HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
            let (responses, closed) = await connection.responses(1, timeout: .seconds(20))
            #expect(responses.map(\.status) == [408])
            let body = try #require(responses.first?.body)
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(body))
            #expect(json["code"]?.string == "request_timeout")
            #expect(HostileRequestTests.errorSchemaProblems(json).isEmpty)
            #expect(responses.first?.header("connection") == "close")
            let closedLater = closed ? true : await connection.closedByServer(within: .seconds(20))
            #expect(closedLater)
        }
    }

    /// A body that arrives in time, even in pieces, is not cut off.
    @Test func aBodyInPiecesWithinTheDeadlineIsFine() async throws {
        let app = try Self.application(idleTimeout: .seconds(30), requestReadTimeout: .seconds(10))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let connection = try await RawConnection.open(port: port)
            connection.send("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\nab")
            try await Task.sleep(for: .milliseconds(200))
            connection.send("cd")
            try await Task.sleep(for: .milliseconds(200))
            connection.send("ef")
            #expect(await connection.responses(1).responses.map(\.status) == [200])
            // And the connection is still good for the next request.
            connection.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(await connection.responses(1).responses.map(\.status) == [200])
        }
    }
}
