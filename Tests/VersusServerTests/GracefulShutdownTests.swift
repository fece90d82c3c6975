import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Testing
@testable import VersusServer

/// A graceful shutdown (what SIGTERM and SIGINT trigger) lets a request in flight finish and
/// refuses new connections.
struct GracefulShutdownTests {
    @Test func inFlightRequestFinishesAndNewConnectionsAreRefused() async throws {
        // A request that takes long enough to be in flight when the shutdown starts.
        let server = try SlowRouteServer()
        let (group, ports) = (server.group, server.ports)

        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())

            let client = TestClient(host: "127.0.0.1", port: port)
            client.connect()
            async let slow = client.get("/slow")
            try await Task.sleep(for: .milliseconds(150))
            let shutdownStarted = ContinuousClock.now
            await group.triggerGracefulShutdown()

            let response = try await slow
            #expect(response.status == .ok)
            #expect(response.body.map { String(buffer: $0) } == "done")
            try? await client.shutdown()
            try await tasks.next()
            #expect(ContinuousClock.now - shutdownStarted < .seconds(15))

            // Nothing listens any more.
            let late = TestClient(host: "127.0.0.1", port: port)
            late.connect()
            await #expect(throws: (any Error).self) { _ = try await late.get("/health") }
            try? await late.shutdown()
        }
    }
}
