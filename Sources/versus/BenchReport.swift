import Foundation
import VersusEngine
import VersusTooling

/// What `versus bench` prints: the run's settings, then Versus's numbers, the plain FTS5
/// reference's and their ratio.
///
/// JSON keys are always present (`null` when they do not apply to the mode):
/// `{"mode","target","source","seed","queries","kinds","concurrency","durationSeconds",
///   "versus","versusSameQueries","reference","referenceTimeLimitSeconds","ratio","byKind",
///   "statuses","exhausted"}`, where `versus`, `versusSameQueries` and `reference` are `{"queries","errors","seconds","qps","p50Ms","p95Ms","p99Ms","maxMs","meanMs"}`.
struct BenchReport: Encodable {
    struct KindResult: Encodable {
        var versus: LatencySummary
        var reference: LatencySummary?

        enum CodingKeys: String, CodingKey { case versus, reference }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(versus, forKey: .versus)
            try container.encode(reference, forKey: .reference)
        }
    }

    /// `process` or `http`.
    var mode: String
    /// The index path, or the server's URL.
    var target: String
    var mix: QueryMix
    /// The queries file; `nil` when the queries were drawn from the index.
    var source: String?
    var seed: UInt64?
    var concurrency: Int
    var durationSeconds: Double?
    var versus: LatencySummary
    /// In process: Versus on the queries the reference ran (all of them, unless it ran out of time).
    var versusSameQueries: LatencySummary?
    var reference: LatencySummary?
    var referenceTimeLimitSeconds: Double?
    /// In process: each kind of query on its own, among the queries both engines ran (its `qps`
    /// is that of its own latencies added up: the kinds were interleaved).
    var byKind: [String: KindResult]?
    /// Against a server: answers by status code, and `transport` for requests that got none.
    var statuses: [String: Int]?
    /// Against a server: whether the queries ran out before the duration was up.
    var exhausted: Bool?

    /// Versus beside the reference, on the same queries.
    var ratio: SpeedRatio? {
        guard let reference, let versusSameQueries else { return nil }
        return versusSameQueries.ratio(to: reference)
    }

    enum CodingKeys: String, CodingKey {
        case mode, target, source, seed, queries, kinds, concurrency, durationSeconds, versus, versusSameQueries, reference,
            referenceTimeLimitSeconds, ratio, byKind, statuses, exhausted
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mode, forKey: .mode)
        try container.encode(target, forKey: .target)
        try container.encode(source, forKey: .source)
        try container.encode(seed, forKey: .seed)
        try container.encode(mix.queries.count, forKey: .queries)
        try container.encode(kinds, forKey: .kinds)
        try container.encode(concurrency, forKey: .concurrency)
        try container.encode(durationSeconds, forKey: .durationSeconds)
        try container.encode(versus, forKey: .versus)
        try container.encode(versusSameQueries, forKey: .versusSameQueries)
        try container.encode(reference, forKey: .reference)
        try container.encode(referenceTimeLimitSeconds, forKey: .referenceTimeLimitSeconds)
        try container.encode(ratio, forKey: .ratio)
        try container.encode(byKind, forKey: .byKind)
        try container.encode(statuses, forKey: .statuses)
        try container.encode(exhausted, forKey: .exhausted)
    }

    var kinds: [String: Int] {
        Dictionary(uniqueKeysWithValues: mix.countsByKind.map { ($0.key.rawValue, $0.value) })
    }

    // MARK: - Text

    var text: String {
        var lines: [String] = []
        let origin = source.map { "read from \($0)" } ?? "drawn from the index (seed \(seed ?? 1))"
        let kindList = BenchmarkQuery.Kind.allCases.compactMap { kind in
            mix.countsByKind[kind].map { "\(Self.grouped($0)) \(Self.plural(kind))" }
        }.joined(separator: ", ")
        lines.append("\(Self.grouped(mix.queries.count)) distinct queries \(origin): \(kindList)")
        if mode == "process" {
            lines.append("In process on \(target), one query at a time, each once.")
        } else {
            lines.append(
                "Against \(target)/search, \(concurrency) in flight, for \(Self.number(durationSeconds ?? 0)) s"
                    + ((exhausted ?? false) ? " (stopped early: the queries ran out)." : "."))
        }
        lines.append("")
        lines.append("| engine | queries | qps | p50 | p95 | p99 | max | errors |")
        lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        lines.append(Self.row(mode == "process" ? "versus" : "versus (HTTP)", versus))
        if let reference, let versusSameQueries {
            let ranAll = reference.queries + reference.errors == versus.queries + versus.errors
            if !ranAll {
                lines.append(Self.row("versus, the same queries as FTS5", versusSameQueries))
            }
            lines.append(Self.row("plain FTS5" + (ranAll ? "" : " (stopped at \(Self.number(referenceTimeLimitSeconds ?? 0)) s)"), reference))
        }
        if let ratio {
            let cells = [ratio.qps, ratio.p50, ratio.p95, ratio.p99, ratio.max].map { $0.map { String(format: "%.2f×", $0) } ?? "–" }
            lines.append("| ratio (below 1: Versus slower) | | " + cells.joined(separator: " | ") + " | |")
        }
        if let byKind, !byKind.isEmpty {
            lines.append("")
            lines.append("| kind | queries | versus p50 | versus p95 | versus p99 | FTS5 p50 | FTS5 p95 | FTS5 p99 |")
            lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            for kind in BenchmarkQuery.Kind.allCases {
                guard let result = byKind[kind.rawValue] else { continue }
                let versusCells = [result.versus.p50Ms, result.versus.p95Ms, result.versus.p99Ms].map(Self.milliseconds)
                let referenceCells = result.reference.map { [$0.p50Ms, $0.p95Ms, $0.p99Ms].map(Self.milliseconds) } ?? ["–", "–", "–"]
                lines.append(
                    "| \(kind.rawValue) | \(result.versus.queries + result.versus.errors) | "
                        + (versusCells + referenceCells).joined(separator: " | ") + " |")
            }
        }
        if let statuses, !statuses.isEmpty {
            lines.append("")
            lines.append("Answers: " + statuses.sorted { $0.key < $1.key }.map { "\($0.key): \(Self.grouped($0.value))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func plural(_ kind: BenchmarkQuery.Kind) -> String {
        switch kind {
        case .keywords: "keyword queries"
        case .question: "questions"
        case .comparison: "comparisons"
        case .misspelling: "misspellings"
        case .given: "from the file"
        }
    }

    static func row(_ name: String, _ summary: LatencySummary) -> String {
        let latencies = [summary.p50Ms, summary.p95Ms, summary.p99Ms, summary.maxMs].map(milliseconds)
        return "| \(name) | \(grouped(summary.queries)) | \(number(summary.qps)) | " + latencies.joined(separator: " | ")
            + " | \(summary.errors) |"
    }

    /// Milliseconds with three significant digits or so: `0.412 ms`, `3.81 ms`, `142.6 ms`.
    static func milliseconds(_ value: Double) -> String {
        let format = value < 1 ? "%.3f ms" : value < 10 ? "%.2f ms" : "%.1f ms"
        return String(format: format, value)
    }

    static func number(_ value: Double) -> String {
        value >= 100 ? grouped(Int(value.rounded())) : String(format: "%.1f", value)
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, character) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }
}
