import CoreMetrics
import Prometheus
import VersusEngine

/// The server's metrics: swift-metrics instruments in a Prometheus registry of this instance's
/// own, rendered by `GET /metrics`.
///
/// The instruments come from a `PrometheusMetricsFactory` over that registry rather than from
/// a bootstrapped global `MetricsSystem`, so that every application built in one process (the
/// tests build hundreds) counts apart. Requests are counted by route and status and timed by
/// route; route labels come from ``APIRoute`` (plus `unmatched`), so no request can add a label.
public final class ServerMetrics: Sendable {
    /// Prometheus's text exposition format.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Upper bounds of the latency histogram, from half a millisecond (a cached search) to 2.5 s.
    static let latencyBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .milliseconds(2500),
    ]

    private let factory: PrometheusMetricsFactory
    private let inFlight: Meter

    public init() {
        var factory = PrometheusMetricsFactory(registry: PrometheusCollectorRegistry())
        factory.durationHistogramBuckets = ["versus_http_request_duration_seconds": Self.latencyBuckets]
        self.factory = factory
        inFlight = Meter(label: "versus_http_requests_in_flight", factory: factory)
    }

    func requestStarted() {
        inFlight.increment()
    }

    func requestFinished(route: String, status: Int, duration: Duration) {
        inFlight.decrement()
        Counter(label: "versus_http_requests_total", dimensions: [("route", route), ("status", String(status))], factory: factory)
            .increment()
        Timer(label: "versus_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(duration.nanoseconds)
    }

    /// The exposition text; `stats` are the index's figures, nil when it is not available (then
    /// only `versus_index_available 0`: the other index gauges are left out, not reported as 0).
    func exposition(stats: IndexStats?) -> String {
        Gauge(label: "versus_index_available", factory: factory).record(stats == nil ? 0 : 1)
        let figures = [
            ("versus_index_size_bytes", stats?.indexSizeBytes), ("versus_index_articles", stats?.articles),
            ("versus_index_passages", stats?.passages),
        ]
        for (label, value) in figures {
            let gauge = Gauge(label: label, factory: factory)
            if let value { gauge.record(value) } else { gauge.destroy() }
        }
        return factory.registry.emitToString()
    }
}
