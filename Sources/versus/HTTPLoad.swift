import AsyncHTTPClient
import Foundation
import VersusEngine
import VersusTooling

/// A bounded load on a server's `/search`: `concurrency` workers, each on its own keep-alive
/// connection, sending the next query of a list until `duration` is up or the list runs out.
///
/// Only `baseURL` is ever contacted. A request in flight when the time is up is let finish and
/// counted. Latency is measured from sending the request to the last byte of the body.
struct HTTPLoad {
    struct Result {
        /// Latencies of the 2xx answers; every other answer, and every transport error, is an error.
        var recorder: LatencyRecorder
        /// From the first request to the last answer.
        var elapsed: Duration
        /// Answers by status code, and `transport` for requests that got none.
        var statuses: [String: Int]
        /// Whether the queries ran out before the duration was up.
        var exhausted: Bool
    }

    var baseURL: String
    var concurrency: Int
    var duration: Duration
    var queries: [String]
    /// Start the list over when it runs out, instead of stopping.
    var cycle: Bool

    /// How long one request may take before it counts as a transport error.
    static let requestTimeout: Int64 = 30
    /// The largest body read; a search answer is a few kilobytes.
    static let maximumBody = 16 << 20

    func run() async throws -> Result {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: concurrency)
        configuration.redirectConfiguration = .disallow
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let cursor = QueryCursor(count: queries.count, cycle: cycle)
        let started = ContinuousClock.now
        let deadline = started + duration

        let (recorder, statuses) = await withTaskGroup(of: (LatencyRecorder, [String: Int]).self) { group in
            for _ in 0..<concurrency {
                group.addTask { [queries] in
                    var recorder = LatencyRecorder()
                    var statuses: [String: Int] = [:]
                    while ContinuousClock.now < deadline, let next = cursor.next() {
                        let request = HTTPClientRequest(url: base + "/search?q=" + Self.encode(queries[next]))
                        let sent = ContinuousClock.now
                        do {
                            let response = try await client.execute(request, timeout: .seconds(Self.requestTimeout))
                            _ = try await response.body.collect(upTo: Self.maximumBody)
                            let latency = ContinuousClock.now - sent
                            statuses[String(response.status.code), default: 0] += 1
                            if (200..<300).contains(response.status.code) {
                                recorder.record(latency)
                            } else {
                                recorder.recordError()
                            }
                        } catch {
                            statuses["transport", default: 0] += 1
                            recorder.recordError()
                        }
                    }
                    return (recorder, statuses)
                }
            }
            var total = LatencyRecorder()
            var statuses: [String: Int] = [:]
            for await (recorder, counts) in group {
                total.merge(recorder)
                statuses.merge(counts, uniquingKeysWith: +)
            }
            return (total, statuses)
        }
        let elapsed = ContinuousClock.now - started
        try await client.shutdown()
        return Result(recorder: recorder, elapsed: elapsed, statuses: statuses, exhausted: cursor.exhausted)
    }

    /// A query string value: everything but unreserved characters percent-encoded (RFC 3986).
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}

/// Hands out query positions to the workers: each position once, or round and round with `cycle`.
final class QueryCursor: @unchecked Sendable {
    private let lock = NSLock()
    private var position = 0
    private var ranOut = false
    let count: Int
    let cycle: Bool

    init(count: Int, cycle: Bool) {
        self.count = count
        self.cycle = cycle
    }

    func next() -> Int? {
        lock.withLock {
            guard count > 0 else { return nil }
            if position >= count {
                guard cycle else {
                    ranOut = true
                    return nil
                }
                position = 0
            }
            defer { position += 1 }
            return position
        }
    }

    /// Whether a worker asked for a query after the last one was handed out (without `cycle`).
    var exhausted: Bool { lock.withLock { ranOut } }
}
