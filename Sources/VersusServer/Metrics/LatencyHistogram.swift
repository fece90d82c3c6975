/// A Prometheus histogram of durations in seconds: cumulative counts per upper bound.
struct LatencyHistogram: Sendable {
    /// Upper bounds in seconds, from half a millisecond (a cached search) to 2.5 s.
    static let bounds: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    /// Observations at or below each bound (not yet cumulative), then above the last.
    private(set) var counts = [Int](repeating: 0, count: bounds.count + 1)
    private(set) var sum: Double = 0
    private(set) var count = 0

    mutating func observe(_ seconds: Double) {
        let slot = Self.bounds.firstIndex { seconds <= $0 } ?? Self.bounds.count
        counts[slot] += 1
        sum += seconds
        count += 1
    }

    /// `(le, cumulative count)` pairs as Prometheus expects, ending with `+Inf`.
    var cumulativeBuckets: [(le: String, count: Int)] {
        var running = 0
        var buckets: [(le: String, count: Int)] = []
        for (i, bound) in Self.bounds.enumerated() {
            running += counts[i]
            buckets.append((PrometheusText.number(bound), running))
        }
        buckets.append(("+Inf", count))
        return buckets
    }
}
