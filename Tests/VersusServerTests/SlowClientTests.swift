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

    /// Sends one byte of `trickle` to each connection every `interval` until the server closes
    /// it; returns how long each stayed open, nil for one still open at `limit`.
    static func trickle(
        _ connections: [RawConnection], bytes trickle: [UInt8], every interval: Duration, limit: Duration
    ) async -> [Duration?] {
        let started = ContinuousClock.now
        var open = Array(connections.indices)
        var closedAfter = [Duration?](repeating: nil, count: connections.count)
        var position = 0
        while !open.isEmpty, ContinuousClock.now - started < limit {
            let byte = trickle[position % trickle.count]
            position += 1
            open.removeAll { index in
                guard connections[index].send([byte]) else {
                    closedAfter[index] = ContinuousClock.now - started
                    return true
                }
                return false
            }
            try? await Task.sleep(for: interval)
        }
        // A send can succeed after the server closed its side; reading tells for sure.
        for index in open where await connections[index].closedByServer(within: .milliseconds(1)) {
            closedAfter[index] = ContinuousClock.now - started
        }
        return closedAfter
    }

    /// The status of `GET target` on a new connection (0 if none came).
    static func get(_ target: String, port: Int) async throws -> Int {
        let connection = try await RawConnection.open(port: port)
        defer { connection.close() }
        connection.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
        return await connection.responses(1).responses.first?.status ?? 0
    }

    @Test func slowHeadersAreClosedByTheIdleTimeoutAndOthersAreServed() async throws {
        let app = try Self.application(idleTimeout: .seconds(1), requestReadTimeout: .seconds(1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            var slow: [RawConnection] = []
            for _ in 0..<100 {
                let connection = try await RawConnection.open(port: port)
                connection.send("GET /search?q=udp HTTP/1.1\r\nHost: x\r\n")
                slow.append(connection)
            }
            let slowConnections = slow
            async let trickled = Self.trickle(
                slowConnections, bytes: Array("X-Slow: a\r\n".utf8), every: .milliseconds(200), limit: .seconds(20))

            // Meanwhile, a normal client is answered (on new connections: the test client's
            // own would be closed by the 1 s idle timeout meanwhile).
            for query in ["udp", "email", "affect", "inflation", "violin"] {
                #expect(try await Self.get("/search?q=\(query)&limit=1", port: port) == 200)
            }

            // Each slow connection was closed although it sent a byte every 200 ms: the trickle
            // did not restart the 1 s idle timer (else they would still be open at 20 s).
            let closedAfter = await trickled
            #expect(closedAfter.allSatisfy { $0 != nil }, "\(closedAfter.filter { $0 == nil }.count) still open at 20 s")
            #expect(closedAfter.compactMap { $0 }.allSatisfy { $0 >= .milliseconds(500) })
            for connection in slow { connection.close() }

            #expect(try await Self.get("/health", port: port) == 200)
        }
    }

    @Test func slowBodyGetsA408() async throws {
        let app = try Self.application(idleTimeout: .seconds(30), requestReadTimeout: .seconds(1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            var slow: [RawConnection] = []
            for _ in 0..<20 {
                let connection = try await RawConnection.open(port: port)
                connection.send("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
                slow.append(connection)
            }
            let slowConnections = slow
            // Far longer than the idle timeout allows if every byte restarted it.
            async let trickled = Self.trickle(slowConnections, bytes: Array("x".utf8), every: .milliseconds(200), limit: .seconds(20))

            #expect(try await client.execute(uri: "/search?q=udp&limit=1", method: .get).status == .ok)
            let closedAfter = await trickled
            #expect(closedAfter.allSatisfy { $0 != nil }, "\(closedAfter.filter { $0 == nil }.count) still open at 20 s")
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
