import Foundation
import VersusEngine

/// The server's counters, in memory, rendered for Prometheus by `GET /metrics`.
///
/// Requests are counted by route and status, and timed by route; route labels come from
/// ``APIRoute`` (plus `unmatched`), so no request can add a label value.
public final class ServerMetrics: @unchecked Sendable {
    private struct RequestKey: Hashable {
        var route: String
        var status: Int
    }

    private let lock = NSLock()
    private var requests: [RequestKey: Int] = [:]
    private var latency: [String: LatencyHistogram] = [:]
    private var inFlight = 0

    public init() {}

    func requestStarted() {
        lock.withLock { inFlight += 1 }
    }

    func requestFinished(route: String, status: Int, seconds: Double) {
        lock.withLock {
            inFlight -= 1
            requests[RequestKey(route: route, status: status), default: 0] += 1
            latency[route, default: LatencyHistogram()].observe(seconds)
        }
    }

    /// The exposition text; `stats` are the index's figures, nil when it is not available.
    func render(stats: IndexStats?) -> String {
        let (requests, latency, inFlight) = lock.withLock { (self.requests, self.latency, self.inFlight) }
        var out = PrometheusText()
        out.family("versus_http_requests_total", type: "counter", help: "HTTP requests answered, by route and status.")
        for key in requests.keys.sorted(by: { ($0.route, $0.status) < ($1.route, $1.status) }) {
            out.sample("versus_http_requests_total", labels: ["route": key.route, "status": String(key.status)], Double(requests[key]!))
        }
        out.family(
            "versus_http_request_duration_seconds", type: "histogram",
            help: "Time from receiving a request's head to having its response, by route.")
        for route in latency.keys.sorted() {
            let histogram = latency[route]!
            for bucket in histogram.cumulativeBuckets {
                out.sample("versus_http_request_duration_seconds_bucket", labels: ["route": route, "le": bucket.le], Double(bucket.count))
            }
            out.sample("versus_http_request_duration_seconds_sum", labels: ["route": route], histogram.sum)
            out.sample("versus_http_request_duration_seconds_count", labels: ["route": route], Double(histogram.count))
        }
        out.family("versus_http_requests_in_flight", type: "gauge", help: "Requests being answered.")
        out.sample("versus_http_requests_in_flight", Double(inFlight))
        out.family("versus_index_available", type: "gauge", help: "1 when the index can be read, else 0.")
        out.sample("versus_index_available", stats == nil ? 0 : 1)
        if let stats {
            out.family("versus_index_size_bytes", type: "gauge", help: "Size of the index file and its write-ahead log.")
            out.sample("versus_index_size_bytes", Double(stats.indexSizeBytes))
            out.family("versus_index_articles", type: "gauge", help: "Articles in the index.")
            out.sample("versus_index_articles", Double(stats.articles))
            out.family("versus_index_passages", type: "gauge", help: "Passages in the index.")
            out.sample("versus_index_passages", Double(stats.passages))
        }
        return out.text
    }
}
