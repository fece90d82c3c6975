import VersusEngine
import Histogram

/// Latencies of a benchmark run, in an HdrHistogram, and the errors beside them.
///
/// Values are kept in nanoseconds to three significant digits (HdrHistogram's usual precision:
/// a percentile is within 0.1 % of the true value), so memory stays a few kilobytes whatever the
/// number of samples. Each worker of a concurrent run keeps its own recorder; ``merge(_:)`` adds
/// them up at the end.
public struct LatencyRecorder: Sendable {
    private var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
    /// Queries that failed: thrown errors, non-2xx answers, transport errors. Not in the latencies.
    public private(set) var errors = 0

    public init() {}

    /// How many latencies were recorded.
    public var count: Int { Int(histogram.totalCount) }

    public mutating func record(_ latency: Duration) {
        _ = histogram.record(UInt64(Swift.max(0, latency.nanoseconds)))
    }

    public mutating func recordError() {
        errors += 1
    }

    public mutating func merge(_ other: LatencyRecorder) {
        histogram.add(other.histogram)
        errors += other.errors
    }

    /// The latency that `percentile` percent of the recorded ones are at or below; zero when none were.
    public func percentile(_ percentile: Double) -> Duration {
        .nanoseconds(Int64(histogram.valueAtPercentile(percentile)))
    }

    /// The largest recorded latency (to the histogram's precision).
    public var max: Duration { .nanoseconds(Int64(histogram.max)) }

    public var mean: Duration { .nanoseconds(Int64(histogram.mean.rounded())) }

    /// The summary of a run that took `elapsed` wall-clock time.
    public func summary(elapsed: Duration) -> LatencySummary {
        let seconds = Double(elapsed.nanoseconds) / 1e9
        return LatencySummary(
            queries: count, errors: errors, seconds: seconds, qps: seconds > 0 ? Double(count) / seconds : 0,
            p50Ms: percentile(50).milliseconds, p95Ms: percentile(95).milliseconds, p99Ms: percentile(99).milliseconds,
            maxMs: max.milliseconds, meanMs: mean.milliseconds)
    }
}

/// What `versus bench` reports for one engine: successful queries, errors, throughput and
/// latency percentiles in milliseconds.
public struct LatencySummary: Sendable, Codable, Equatable {
    /// Queries answered (latencies recorded).
    public var queries: Int
    public var errors: Int
    /// Wall-clock time of the run.
    public var seconds: Double
    /// Answered queries per second of wall-clock time.
    public var qps: Double
    public var p50Ms: Double
    public var p95Ms: Double
    public var p99Ms: Double
    public var maxMs: Double
    public var meanMs: Double

    /// This engine beside a reference: the reference's latency over this one's, and this one's
    /// throughput over the reference's. Below 1 this engine is slower; above 1, faster.
    public func ratio(to reference: LatencySummary) -> SpeedRatio {
        func divide(_ a: Double, _ b: Double) -> Double? { b > 0 ? a / b : nil }
        return SpeedRatio(
            qps: divide(qps, reference.qps), p50: divide(reference.p50Ms, p50Ms), p95: divide(reference.p95Ms, p95Ms),
            p99: divide(reference.p99Ms, p99Ms), max: divide(reference.maxMs, maxMs))
    }
}

/// How an engine compares with a reference; every value reads "times as fast" (below 1: slower).
/// `nil` where the division has no meaning (nothing was measured).
public struct SpeedRatio: Sendable, Codable, Equatable {
    @AlwaysEncoded public var qps: Double?
    @AlwaysEncoded public var p50: Double?
    @AlwaysEncoded public var p95: Double?
    @AlwaysEncoded public var p99: Double?
    @AlwaysEncoded public var max: Double?
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    var milliseconds: Double { Double(nanoseconds) / 1e6 }
}
